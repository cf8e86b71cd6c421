package org.palpa.app.ppt;

import org.palpa.core.ppt.PressDelay;

/**
 * The delay corrections for the ways a press can arrive from one device.
 *
 * @param button the device button's correction, or null when the device has no button
 * @param key    the host key's correction
 */
public record PressPaths(PressDelay button, PressDelay key) {
    public PressPaths {
        if (key == null) {
            throw new IllegalArgumentException("the key path is always available and needs a correction");
        }
    }
}
