package org.palpa.core.record;

import java.util.regex.Pattern;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.sample.DeviceInfo;

/**
 * What is known about a session when its recording begins: who, where, which device and
 * calibration, and the target. Everything here except the client's display name is covered by
 * the session's integrity chain; the display name is left out so it can be erased later without
 * breaking the record (pseudonymisation).
 *
 * @param clientCode         the client's pseudonymous code, such as {@code C-0042}
 * @param clientDisplayName  the client's name, or null; never written to logs or exports unless asked for
 * @param therapist          who treated, as the clinic names its staff
 * @param site               the room or clinic, or an empty string
 * @param notes              free text, or an empty string
 * @param startedAtEpochMillis wall-clock start, UTC milliseconds since 1970
 * @param source             what produced the frames, such as {@code live sim-algometer}
 * @param device             the device as it identified itself
 * @param calibrationProfile the calibration profile's id, or null for the device's native units
 * @param calibrationHash    a hash of that profile's content, or null
 * @param calibrationQuality how good that calibration is, in words (fit, error, age), or null
 * @param target             the target holds were judged against
 * @param filter             the smoothing chain as text
 * @param probeAreaCm2       the contact area used for pressures
 * @param targets            each channel's target and which channels were tracked; null for
 *                           {@code target} on every channel. Its primary target is {@code target}.
 */
public record SessionMeta(String clientCode, String clientDisplayName, String therapist, String site, String notes,
                          long startedAtEpochMillis, String source, DeviceInfo device, String calibrationProfile,
                          String calibrationHash, String calibrationQuality, Target target, String filter, double probeAreaCm2,
                          TargetPlan targets) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public SessionMeta {
        requireClientCode(clientCode);
        if (therapist == null || therapist.isBlank()) {
            throw new IllegalArgumentException("a session needs a therapist");
        }
        if (device == null || target == null || filter == null || source == null) {
            throw new IllegalArgumentException("a session needs a source, a device, a target and a filter");
        }
        if (!(probeAreaCm2 > 0)) {
            throw new IllegalArgumentException("probe area must be positive, was " + probeAreaCm2);
        }
        targets = targets == null ? TargetPlan.uniform(target) : targets;
        if (!targets.primary().equals(target)) {
            throw new IllegalArgumentException("a session's target must be its target plan's primary target");
        }
        clientDisplayName = clientDisplayName == null || clientDisplayName.isBlank() ? null : clientDisplayName;
        site = site == null ? "" : site;
        notes = notes == null ? "" : notes;
    }

    /**
     * Checks a client code as a session would, so that a command can refuse it before a device starts.
     *
     * @throws IllegalArgumentException saying what a code must be
     */
    public static void requireClientCode(String clientCode) {
        if (clientCode == null || !CODE.matcher(clientCode).matches()) {
            throw new IllegalArgumentException("client code '" + clientCode
                    + "' must be 1 to 40 letters, digits, '.', '_' or '-' (a pseudonym, not a name)");
        }
    }

    /** A session whose channels were all judged against {@code target}. */
    public SessionMeta(String clientCode, String clientDisplayName, String therapist, String site, String notes,
                       long startedAtEpochMillis, String source, DeviceInfo device, String calibrationProfile,
                       String calibrationHash, String calibrationQuality, Target target, String filter,
                       double probeAreaCm2) {
        this(clientCode, clientDisplayName, therapist, site, notes, startedAtEpochMillis, source, device,
                calibrationProfile, calibrationHash, calibrationQuality, target, filter, probeAreaCm2, null);
    }
}
