package org.palpa.bench.stream;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.palpa.adapter.osc.OscOutlet;
import org.palpa.adapter.sim.SimulatedTransport;
import org.palpa.app.live.LivePipeline;
import org.palpa.app.live.SessionSettings;
import org.palpa.app.live.SessionSummary;
import org.palpa.app.live.StampingTransport;
import org.palpa.app.stream.LabStream;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Unit;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.core.stream.OscMessage;

/**
 * Soak run of OSC out: a simulated 16-channel glove at 2 kHz in real time through the live
 * pipeline, streamed as OSC to a receiver on loopback in this process. It counts the frames the
 * pipeline dropped, the frames the stream could not keep up with and the bundles received, and
 * measures the latency from the moment the device handed a frame over to the moment its packet
 * arrived, by the frame's sequence number in the bundle, on this process's monotonic clock.
 *
 * <p>Run: {@code mvn -Pbench -DskipTests package && java -cp target/benchmarks.jar
 * org.palpa.bench.stream.OscSoak 60}
 */
public final class OscSoak {
    private OscSoak() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.denseGlove(16, 2000);
        long frames = Math.round(seconds * spec.rateHz());
        try (DatagramSocket receiver = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            receiver.setReceiveBufferSize(4 << 20);
            long[] latencyMicros = new long[(int) frames + 16];
            StampingTransport[] stampedRef = new StampingTransport[1];
            int[] received = {0};
            Thread rx = new Thread(() -> receive(receiver, latencyMicros, received, stampedRef), "osc-rx");
            rx.setDaemon(true);
            rx.start();
            Target target = new Target(27, 33, Unit.NEWTON, 10_000, RateBand.ANY);
            StampingTransport stamped = new StampingTransport(new SimulatedTransport(spec, 1, 1, frames));
            stampedRef[0] = stamped;
            LivePipeline pipeline = new LivePipeline(stamped, SessionSettings.of(target, 0));
            OscOutlet osc = new OscOutlet(new InetSocketAddress(InetAddress.getLoopbackAddress(), receiver.getLocalPort()),
                    "soak", 0);
            LabStream stream = LabStream.subscribe(pipeline, List.of(osc));
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            DeviceInfo info = pipeline.start();
            stream.start(info, "N");
            SessionSummary summary;
            do {
                summary = pipeline.await(10, TimeUnit.SECONDS);
                System.out.printf(Locale.ROOT, "%6.0f s: %d frames streamed, %d bundles received%n",
                        (System.nanoTime() - t0) / 1e9, stream.frames(), received[0]);
            } while (summary == null);
            stream.finish(5000).forEach(System.out::println);
            Thread.sleep(500);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            long[] lat = Arrays.copyOf(latencyMicros, received[0]);
            Arrays.sort(lat);
            System.out.printf(Locale.ROOT, "frames %d, dropped by the pipeline %d, not streamed %d, bundles received %d "
                            + "(%s)%n", summary.frames(), summary.droppedFrames(), stream.overflow(), received[0],
                    received[0] == osc.framesSent() ? "all" : (osc.framesSent() - received[0]) + " missing");
            System.out.printf(Locale.ROOT, "latency sample -> packet: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                    pct(lat, 0.50) / 1e3, pct(lat, 0.99) / 1e3, lat.length == 0 ? 0 : lat[lat.length - 1] / 1e3);
            System.out.printf(Locale.ROOT, "process CPU %.1f s over %.1f s wall (%.0f %% of one core)%n", cpu, wall,
                    100 * cpu / wall);
        }
    }

    private static void receive(DatagramSocket socket, long[] latencyMicros, int[] received, StampingTransport[] stamped) {
        byte[] buf = new byte[65536];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        while (true) {
            try {
                socket.receive(p);
            } catch (java.io.IOException e) {
                return;
            }
            long now = System.nanoTime();
            if (p.getLength() < 20 || buf[0] != '#') {
                continue;
            }
            int size = ByteBuffer.wrap(buf, 16, 4).getInt();
            OscMessage.Parsed first = OscMessage.parse(Arrays.copyOfRange(buf, 20, 20 + size), size);
            if (first instanceof OscMessage.Parsed.Message m && m.message().address().endsWith("/frame")) {
                int seq = (Integer) m.message().arguments().get(0);
                long emitted = stamped[0] == null ? 0 : stamped[0].emittedNanos(seq);
                if (received[0] < latencyMicros.length && emitted > 0) {
                    latencyMicros[received[0]] = (now - emitted) / 1000;
                }
                received[0]++;
            }
        }
    }

    private static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
