package org.palpa.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.calibration.RangeStatus;
import org.palpa.core.calibration.UncalibratedChannelException;
import org.palpa.core.hold.BandState;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.HoldTracker;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.signal.FilterChain;
import org.palpa.core.signal.FilterSpec;

/**
 * The per-frame work of a session, on one thread: calibrate each channel to newtons (or, in a raw
 * session whose plan is in counts, pass the counts through), convert to
 * the target's unit (a pressure through the probe area), smooth, and track holds of each tracked
 * channel against that channel's own target.
 *
 * <p>The tracker sees timestamps moved back by the filter chain's group delay, so the holds it
 * reports line up with the unfiltered signal. The working arrays are allocated once; the hot
 * path {@link #process(Frame)} allocates nothing.
 */
public final class FrameProcessor {
    private final int channels;
    private final ChannelCalibration[] calibrations;
    private final FilterChain[] filters;
    private final HoldTracker[] trackers;
    private final Function<Target, TrackerSettings> settingsOfTarget;
    private final double targetUnitsPerNewton;
    private final long filterDelayNanos;

    private final double[] raw;
    private final double[] force;
    private final double[] smoothed;
    private final double[] held;
    private final BandState[] states;
    private final RangeStatus[] rangeStatus;
    private long lastSequence = -1;
    private long lostFrames;
    private long frames;
    private long lastTimestampNanos;

    /**
     * A processor that judges every channel against one target.
     *
     * @param device       the device whose frames will come
     * @param calibrations one calibration per channel
     * @param filterSpec   the smoothing chain, built per channel at the device's nominal rate
     * @param target       the target every channel is judged against
     * @param settings     contact thresholds, in the target's unit
     * @param area         probe area for converting force to pressure
     * @param onHold       receives finished holds, on the processing thread
     */
    public FrameProcessor(DeviceInfo device, List<ChannelCalibration> calibrations, FilterSpec filterSpec,
                          Target target, TrackerSettings settings, ProbeArea area, Consumer<HoldResult> onHold) {
        this(device, calibrations, filterSpec, TargetPlan.uniform(target), t -> settings, area, onHold);
    }

    /**
     * A processor that judges each tracked channel against its own target and only smooths the
     * others. Values are converted to the plan's one unit.
     *
     * @param plan             the target of each channel, by label
     * @param settingsOfTarget the contact thresholds to use with a channel's target
     * @throws IllegalArgumentException if the plan names a channel the device lacks
     */
    public FrameProcessor(DeviceInfo device, List<ChannelCalibration> calibrations, FilterSpec filterSpec,
                          TargetPlan plan, Function<Target, TrackerSettings> settingsOfTarget, ProbeArea area,
                          Consumer<HoldResult> onHold) {
        this.channels = device.channelCount();
        this.settingsOfTarget = settingsOfTarget;
        ChannelChain[] chains = ChannelChain.of(device, calibrations, filterSpec, plan, settingsOfTarget, c -> onHold);
        this.calibrations = new ChannelCalibration[channels];
        this.filters = new FilterChain[channels];
        this.trackers = new HoldTracker[channels];
        for (int c = 0; c < channels; c++) {
            this.calibrations[c] = chains[c].calibration;
            filters[c] = chains[c].filter;
            trackers[c] = chains[c].tracker;
        }
        this.targetUnitsPerNewton = unitsPerNewton(device, calibrations, plan.unit(), area);
        this.filterDelayNanos = Math.round(filters[0].groupDelayMillis() * 1e6);
        this.raw = new double[channels];
        this.force = new double[channels];
        this.smoothed = new double[channels];
        this.held = new double[channels];
        this.states = new BandState[channels];
        java.util.Arrays.fill(states, BandState.NO_CONTACT);
        this.rangeStatus = new RangeStatus[channels];
        java.util.Arrays.fill(rangeStatus, RangeStatus.IN_RANGE);
    }

    /**
     * The factor from a channel's calibrated value to the plan's unit. A plan in counts (a raw
     * session) passes uncalibrated counts through; any other plan needs every channel that reports
     * counts to have a calibration, since counts are never shown or stored as newtons.
     *
     * @throws UncalibratedChannelException naming the first channel of counts without a profile
     * @throws IllegalArgumentException     when a plan in counts meets a calibrated channel
     */
    public static double unitsPerNewton(DeviceInfo device, List<ChannelCalibration> calibrations, Unit unit, ProbeArea area) {
        for (int c = 0; c < device.channelCount(); c++) {
            boolean rawCounts = device.channels().get(c).unit() == Unit.COUNTS
                    && calibrations.get(c).ref().equals(CalibrationRef.NATIVE);
            if (unit.kind() == Unit.Kind.RAW && !rawCounts) {
                throw new IllegalArgumentException("a target in counts is for uncalibrated raw counts, and channel "
                        + device.channels().get(c).label() + " of " + device.model() + " is in "
                        + (device.channels().get(c).unit() == Unit.COUNTS ? "newtons through its calibration profile"
                        : device.channels().get(c).unit().symbol()) + "; give the target as a force or pressure");
            }
            if (unit.kind() != Unit.Kind.RAW && rawCounts) {
                throw new UncalibratedChannelException(device.model(), device.serialNumber(),
                        device.channels().get(c).label());
            }
        }
        return unit.kind() == Unit.Kind.RAW ? 1.0 : area.convert(1.0, Unit.NEWTON, unit);
    }

    /** Identity calibrations for a device that reports newtons, or scaling for one that reports another force unit. */
    public static List<ChannelCalibration> nativeCalibrations(DeviceInfo device) {
        List<ChannelCalibration> list = new ArrayList<>();
        for (var ch : device.channels()) {
            list.add(ch.unit().kind() == Unit.Kind.FORCE
                    ? ChannelCalibration.scale(ch.unit().toBase(1.0)) : ChannelCalibration.IDENTITY);
        }
        return list;
    }

    /** Runs one frame through the chain; the results are readable until the next call. */
    public void process(Frame frame) {
        if (frame.channelCount() != channels) {
            throw new IllegalArgumentException("frame " + frame.sequence() + " has " + frame.channelCount()
                    + " values, device has " + channels + " channels");
        }
        if (lastSequence >= 0 && frame.sequence() > lastSequence + 1) {
            lostFrames += frame.sequence() - lastSequence - 1;
        }
        lastSequence = frame.sequence();
        lastTimestampNanos = frame.timestampNanos();
        frames++;
        long trackNanos = frame.timestampNanos() - filterDelayNanos;
        for (int c = 0; c < channels; c++) {
            double r = frame.value(c);
            raw[c] = r;
            force[c] = calibrations[c].toNewtons(r);
            rangeStatus[c] = calibrations[c].rangeStatus(r);
            smoothed[c] = filters[c].filter(force[c] * targetUnitsPerNewton);
            HoldTracker t = trackers[c];
            if (t != null) {
                states[c] = t.update(trackNanos, smoothed[c]);
                held[c] = t.heldMillis();
            }
        }
    }

    /**
     * Judges every tracked channel against {@code target}'s band and hold from now on, as a
     * treatment plan's next step asks: from the next contact on, a contact under way keeping the
     * target it began with ({@link HoldTracker#retarget}). Each channel keeps its own ramp-rate
     * band; untracked channels stay untracked.
     *
     * @throws IllegalArgumentException when the target is not in the unit the values are judged in
     */
    public void retarget(Target target) {
        for (HoldTracker t : trackers) {
            if (t != null) {
                Target kept = target.withRampRate(t.target().rampRate());
                t.retarget(kept, settingsOfTarget.apply(kept));
            }
        }
    }

    /** Closes any open holds, as at the end of a session. */
    public void finish() {
        for (HoldTracker t : trackers) {
            if (t != null) {
                t.finish();
            }
        }
    }

    /** An immutable copy of the state after the last frame, for another thread to show or store. */
    public ProcessedFrame snapshot() {
        return new ProcessedFrame(lastTimestampNanos, lastSequence, raw.clone(), force.clone(), smoothed.clone(),
                states.clone(), held.clone(), rangeStatus.clone());
    }

    public double smoothed(int channel) {
        return smoothed[channel];
    }

    public BandState state(int channel) {
        return states[channel];
    }

    public double heldMillis(int channel) {
        return held[channel];
    }

    /** Whether the last reading of {@code channel} was inside its calibrated range. */
    public RangeStatus rangeStatus(int channel) {
        return rangeStatus[channel];
    }

    /** Which calibration each channel uses, for the session's record. */
    public List<CalibrationRef> calibrationRefs() {
        List<CalibrationRef> refs = new ArrayList<>();
        for (ChannelCalibration c : calibrations) {
            refs.add(c.ref());
        }
        return List.copyOf(refs);
    }

    /** The target {@code channel} is judged against, or null if it is only displayed. */
    public Target target(int channel) {
        return trackers[channel] == null ? null : trackers[channel].target();
    }

    public int channelCount() {
        return channels;
    }

    /** Frames missing from the sequence numbers seen so far. */
    public long lostFrames() {
        return lostFrames;
    }

    public long frames() {
        return frames;
    }

    /** The delay the filter chain adds, in milliseconds. */
    public double filterDelayMillis() {
        return filterDelayNanos / 1e6;
    }
}
