package org.palpa.cli.device;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.palpa.adapter.serial.PortDescription;
import org.palpa.adapter.serial.SerialTransport;
import picocli.CommandLine.Command;

/** {@code palpa ports}: the serial ports a device could be on. */
@Command(name = "ports", mixinStandardHelpOptions = true,
        description = {"Lists the serial ports with their descriptions and USB serial numbers.",
                "Open one with: palpa live --port PATH-OR-SERIAL --protocol NAME. Pseudo-terminals (/dev/pts/N) are not listed but open by path."})
public final class PortsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        print(new PrintStream(System.out, true), SerialTransport.listPorts());
        return 0;
    }

    static void print(PrintStream out, List<PortDescription> ports) {
        if (ports.isEmpty()) {
            out.println("No serial ports found. Plug the device in; on Linux check that you are in the dialout group"
                    + " (docs/devices.md).");
            return;
        }
        out.printf("%-22s %-34s %-18s %-9s %s%n", "PORT", "DESCRIPTION", "USB SERIAL", "VID:PID", "LOCATION");
        for (PortDescription p : ports) {
            String ids = p.vendorId() < 0 ? "" : String.format("%04x:%04x", p.vendorId(), p.productId());
            out.printf("%-22s %-34s %-18s %-9s %s%n", p.path(), cut(p.description(), 34),
                    p.usbSerial().isEmpty() ? "-" : p.usbSerial(), ids, p.location());
        }
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
