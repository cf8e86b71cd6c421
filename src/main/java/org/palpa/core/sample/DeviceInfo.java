package org.palpa.core.sample;

import java.util.List;

/**
 * What a device says about itself when it connects.
 *
 * @param model           the model name, such as {@code sim-algometer} or {@code Mark-10 M5-50}
 * @param serialNumber    the device's serial number, or {@code "unknown"}
 * @param firmwareVersion the firmware version, or {@code "unknown"}
 * @param channels        the channels, in the order of the values in each frame
 * @param nominalRateHz   the sample rate the device claims, in frames per second
 */
public record DeviceInfo(String model, String serialNumber, String firmwareVersion,
                         List<Channel> channels, double nominalRateHz) {
    public DeviceInfo {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("device model must not be blank");
        }
        serialNumber = serialNumber == null || serialNumber.isBlank() ? "unknown" : serialNumber;
        firmwareVersion = firmwareVersion == null || firmwareVersion.isBlank() ? "unknown" : firmwareVersion;
        channels = List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("device " + model + " has no channels");
        }
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).id() != i) {
                throw new IllegalArgumentException("device " + model + ": channel " + i + " has id "
                        + channels.get(i).id());
            }
        }
        if (!(nominalRateHz > 0) || Double.isInfinite(nominalRateHz)) {
            throw new IllegalArgumentException("device " + model + ": nominal rate must be positive, was "
                    + nominalRateHz);
        }
    }

    public int channelCount() {
        return channels.size();
    }

    /** The channel labels in frame order. */
    public List<String> channelNames() {
        return channels.stream().map(Channel::label).toList();
    }
}
