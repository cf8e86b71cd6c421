package org.palpa.adapter.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The window on the screens of common clinic laptops, each on an Xvfb screen of exactly that
 * size: nothing of it pokes out of the window, no label is cut short, the window is not larger
 * than the screen, and the key components (control bar, chart, badge, readout, hold bar, glove
 * bars, status bar) have room. At 200 % scaling the screenshot has the screen's own pixels.
 * Needs the Xvfb program (apt-get install xvfb), not a display of its own.
 */
@Tag("gui")
class WindowFitGuiTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}x{1} at {2}x scale, {3}, {4} theme")
    @CsvSource({
        "1280, 800, 1, sim-algometer, light",
        "1280, 800, 1, sim-glove, high-contrast",
        "1366, 768, 1, sim-glove, dark",
        "1366, 768, 1, sim-algometer, high-contrast",
        "2560, 1600, 2, sim-algometer, light",
    })
    void theWholeWindowFitsOnTheScreenWithNothingCutOff(int width, int height, int scale, String device, String theme)
            throws Exception {
        assumeTrue(onPath("Xvfb"), "Xvfb is not installed: apt-get install xvfb (.ci/run does)");
        Path png = dir.resolve("window.png");
        List<String> lines = probe(width, height, scale, png, "--device", device, "--theme", theme,
                "--no-record", "--close-after", "15s", "--screenshot", png.toString());

        assertThat(lines).as("probe output").contains("DONE", "EXIT 0", "THEME " + theme);
        assertThat(lines).filteredOn(l -> l.startsWith("OUTSIDE") || l.startsWith("CUT-SHORT") || l.startsWith("OFF-SCREEN"))
                .as("components cut off").isEmpty();
        String[] frame = lines.stream().filter(l -> l.startsWith("FRAME ")).findFirst().orElseThrow().split(" ");
        int frameWidth = Integer.parseInt(frame[3]);
        int frameHeight = Integer.parseInt(frame[4]);
        assertThat(frameWidth).isLessThanOrEqualTo(width / scale);
        assertThat(frameHeight).isLessThanOrEqualTo(height / scale);
        List<String> keys = lines.stream().filter(l -> l.startsWith("KEY ")).map(l -> l.split(" ")[1]).toList();
        assertThat(keys).contains("ControlBar", "StatusBar", "ChartView");
        assertThat(keys).contains(device.equals("sim-glove") ? "GloveBars" : "StateBadge");
        if (device.equals("sim-algometer")) {
            assertThat(keys).contains("Readout", "HoldTimerBar");
        }
        for (String key : lines.stream().filter(l -> l.startsWith("KEY ")).toList()) {
            String[] k = key.split(" ");
            assertThat(Integer.parseInt(k[4])).as("width of %s", k[1]).isGreaterThan(100);
            assertThat(Integer.parseInt(k[5])).as("height of %s", k[1]).isGreaterThan(20);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).as("screenshot width in screen pixels").isEqualTo(frameWidth * scale);
        assertThat(image.getHeight()).isEqualTo(frameHeight * scale);
    }

    /** Starts an Xvfb screen of {@code width}×{@code height} and runs the probe on it in a JVM of its own. */
    private List<String> probe(int width, int height, int scale, Path png, String... guiArgs) throws Exception {
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", width + "x" + height + "x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(display).as("Xvfb display number").matches("\\d+");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dsun.java2d.uiScale=" + scale, "-Dsun.java2d.uiScale.enabled=true",
                    WindowFitProbe.class.getName()));
            command.addAll(List.of(guiArgs));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("DISPLAY", ":" + display);
            pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
            Process java = pb.start();
            String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
            Files.writeString(dir.resolve("probe.txt"), output);
            return output.lines().toList();
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
