package org.palpa.adapter.serial;

/**
 * A serial port as the operating system lists it.
 *
 * @param path        the system path to open, such as {@code /dev/ttyUSB0} or {@code COM3}
 * @param description what the driver or the USB descriptor calls it
 * @param usbSerial   the USB serial number, or an empty string for a port that has none
 * @param vendorId    USB vendor id, or -1
 * @param productId   USB product id, or -1
 * @param location    physical location (USB bus and port), or an empty string
 */
public record PortDescription(String path, String description, String usbSerial, int vendorId, int productId,
                              String location) {
    public PortDescription {
        description = description == null ? "" : description;
        usbSerial = usbSerial == null ? "" : usbSerial;
        location = location == null ? "" : location;
    }
}
