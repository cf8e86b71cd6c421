package org.palpa.adapter.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.palpa.core.display.SampleWindow;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.core.sim.TherapistTrace;

/**
 * Renders one 1280×720 frame of the live chart offscreen: 16 channels × 30 s × 1 kHz (480 000
 * values) decimated to the pixel width and drawn by JFreeChart with the band and hold markers.
 * Run: {@code mvn -Pbench -DskipTests package && java -Djava.awt.headless=true -jar target/benchmarks.jar ChartRender}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class ChartRenderBenchmark {
    private static final int CHANNELS = 16;
    private static final int SAMPLES = 30_000;

    private SampleWindow window;
    private ChartView view;
    private BufferedImage image;
    private Graphics2D g;
    private int[] channels;
    private String[] names;

    @Setup
    public void setUp() {
        SimulatedDeviceSpec spec = SimulatedDeviceSpec.denseGlove(CHANNELS, 1000);
        TherapistTrace trace = new TherapistTrace(spec, 5);
        window = new SampleWindow(CHANNELS, SAMPLES);
        double[] v = new double[CHANNELS];
        for (int i = 0; i < SAMPLES; i++) {
            trace.next(v);
            window.append(i * 1_000_000L, v);
        }
        view = new ChartView(CHANNELS);
        view.setSize(1280, 720);
        image = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        channels = new int[CHANNELS];
        names = new String[CHANNELS];
        for (int c = 0; c < CHANNELS; c++) {
            channels[c] = c;
            names[c] = spec.labels().get(c);
        }
    }

    /** Decimation of all 16 channels plus the JFreeChart paint of the whole frame. */
    @Benchmark
    public BufferedImage decimateAndPaint() {
        view.update(window, channels, names, 0, 30, 1.0, "N", 27, 33, 20_000_000_000L);
        view.paint(g);
        return image;
    }

    /** The decimation alone, to show how the frame time divides. */
    @Benchmark
    public ChartView decimateOnly() {
        view.update(window, channels, names, 0, 30, 1.0, "N", 27, 33, 20_000_000_000L);
        return view;
    }

    @TearDown
    public void tearDown() {
        g.dispose();
    }
}
