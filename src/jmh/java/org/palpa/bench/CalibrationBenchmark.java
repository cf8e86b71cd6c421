package org.palpa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.palpa.core.calibration.CalibrationRef;
import org.palpa.core.calibration.ChannelCalibration;
import org.palpa.core.calibration.CreepModel;
import org.palpa.core.calibration.Curve;
import org.palpa.core.calibration.DriftCompensation;
import org.palpa.core.calibration.FitType;
import org.palpa.core.calibration.ProfileCalibration;
import org.palpa.core.calibration.ValidRange;
import org.palpa.core.hold.RateBand;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TrackerSettings;
import org.palpa.core.pipeline.FrameProcessor;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sample.Unit;
import org.palpa.core.signal.FilterSpec;
import org.palpa.core.sim.SensorBank;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.core.sim.TherapistTrace;

/**
 * The cost of calibration on the hot path: one frame of the 16-channel 1 kHz glove through the
 * frame processor with native, power-law profile, cubic profile, and power-law plus drift
 * compensation calibrations. Run with {@code -prof gc} to see that nothing is allocated per sample
 * beyond the frame itself.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalibrationBenchmark {
    @Param({"native", "power", "polynomial-3", "power+drift"})
    public String calibration;

    private FrameProcessor processor;
    private Frame[] frames;
    private int next;

    @Setup
    public void setUp() {
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.denseGlove(16, 1000);
        SensorBank bank = SensorBank.forDevice(spec, 1);
        DeviceInfo device = bank.deviceInfo();
        List<ChannelCalibration> cals = new ArrayList<>();
        ValidRange range = new ValidRange(0, 3800, 0, 75, 4095);
        CalibrationRef ref = new CalibrationRef("bench", "sha256:0");
        for (int c = 0; c < device.channelCount(); c++) {
            ChannelCalibration cal = switch (calibration) {
                case "native" -> ChannelCalibration.IDENTITY;
                case "polynomial-3" -> new ProfileCalibration(new Curve(FitType.POLYNOMIAL_3,
                        new double[] {0, 0.01, 2e-6, 1e-10}), 2, range, ref);
                default -> new ProfileCalibration(new Curve(FitType.POWER, new double[] {8.9e-4, 1.38}), 2, range, ref);
            };
            if (calibration.equals("power+drift")) {
                cal = new DriftCompensation(cal, new CreepModel(0.05, 10), device.nominalRateHz());
            }
            cals.add(cal);
        }
        Target target = new Target(25, 35, Unit.NEWTON, 20_000, RateBand.ANY);
        processor = new FrameProcessor(device, cals, FilterSpec.parse(FilterSpec.DEFAULT), target,
                TrackerSettings.forTarget(target), new ProbeArea(1.27), h -> { });
        TherapistTrace trace = new TherapistTrace(spec, 3);
        frames = new Frame[4096];
        double[] f = new double[device.channelCount()];
        double[] counts = new double[device.channelCount()];
        for (int i = 0; i < frames.length; i++) {
            trace.next(f);
            bank.toCounts(f, counts);
            frames[i] = new Frame(i * 1_000_000L, i, counts);
        }
    }

    /** One 16-channel frame: calibrate, convert, filter, track. */
    @Benchmark
    public double processFrame() {
        Frame f = frames[next];
        next = (next + 1) & (frames.length - 1);
        // Sequence numbers restart every 4096 frames; the processor only counts the jump as lost frames.
        processor.process(f);
        return processor.smoothed(0);
    }
}
