package org.palpa.core.calibration;

/**
 * Which calibration a channel used, for a session's record.
 *
 * @param profileId   the profile's id, or {@code native} when the device's own unit was used
 * @param contentHash the profile's content hash ({@code sha256:…}), empty for native
 * @param quality     the profile's quality in one line (held-out error first, POOR when it is), empty for native
 */
public record CalibrationRef(String profileId, String contentHash, String quality) {
    /** The device's own force unit, without a profile. */
    public static final CalibrationRef NATIVE = new CalibrationRef("native", "");

    public CalibrationRef {
        if (profileId == null || profileId.isBlank() || contentHash == null) {
            throw new IllegalArgumentException("calibration reference needs an id and a hash");
        }
        quality = quality == null ? "" : quality;
    }

    /** A reference whose quality is not known. */
    public CalibrationRef(String profileId, String contentHash) {
        this(profileId, contentHash, "");
    }

    @Override
    public String toString() {
        return contentHash.isEmpty() ? profileId : profileId + " (" + contentHash + ")";
    }
}
