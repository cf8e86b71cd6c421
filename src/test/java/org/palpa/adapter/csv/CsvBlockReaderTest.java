package org.palpa.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.palpa.app.analysis.TraceBlock;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.InputFormatException;
import org.palpa.core.sample.Unit;

/** The block reader gives what the line-by-line reader gives, whatever the pieces and threads. */
class CsvBlockReaderTest {
    private ExecutorService pool;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private Path write(String csv) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Every row as time then values, as the line-by-line reader gives them. */
    private static List<String> byLines(String csv) throws Exception {
        List<String> rows = new ArrayList<>();
        try (CsvTraceReader r = new CsvTraceReader("t.csv", new StringReader(csv), Unit.NEWTON)) {
            r.forEach(f -> rows.add(text(f.timestampNanos(), f.values())));
        }
        return rows;
    }

    private List<String> byBlocks(Path file, int pieceBytes, boolean threads) throws Exception {
        List<String> rows = new ArrayList<>();
        try (CsvBlockReader r = CsvBlockReader.open(file, Unit.NEWTON, threads ? pool : Runnable::run, pieceBytes)) {
            for (TraceBlock b = r.next(); b != null; b = r.next()) {
                for (int i = 0; i < b.rows(); i++) {
                    double[] v = new double[b.columns().length];
                    for (int c = 0; c < v.length; c++) {
                        v[c] = b.columns()[c][i];
                    }
                    rows.add(text(b.timestampNanos()[i], v));
                }
            }
        }
        return rows;
    }

    private static String text(long nanos, double[] values) {
        return nanos + " " + java.util.Arrays.toString(values);
    }

    private static String messageOf(ThrowingRunnable r) {
        try {
            r.run();
        } catch (InputFormatException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error");
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static String trace(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("# made by a test\ntime, thumb ,\"index\"\r\n");
        for (int i = 0; i < rows; i++) {
            if (random.nextInt(97) == 0) {
                csv.append(random.nextBoolean() ? "\n" : "# a note\n");
            }
            String a = String.format(Locale.ROOT, "%.3f", 40 * random.nextDouble());
            String b = random.nextInt(50) == 0 ? "\"" + i + ".5\"" : String.format(Locale.ROOT, "%.2e", random.nextGaussian());
            csv.append(String.format(Locale.ROOT, "%.3f", i / 200.0)).append(',').append(random.nextInt(20) == 0 ? " " + a + " " : a)
                    .append(',').append(b).append(random.nextInt(30) == 0 ? "\r\n" : "\n");
        }
        return csv.toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 1000, 4096, 1 << 20})
    void givesTheRowsTheLineReaderGives(int pieceBytes) throws Exception {
        String csv = trace(3000, pieceBytes);
        Path file = write(csv);
        List<String> expected = byLines(csv);
        assertThat(expected).hasSize(3000);
        assertThat(byBlocks(file, pieceBytes, false)).isEqualTo(expected);
        assertThat(byBlocks(file, pieceBytes, true)).isEqualTo(expected);
    }

    @Test
    void aLastLineWithoutItsEndIsRead() throws Exception {
        String csv = "time,a\n0,1\n0.01,2\n0.02,3";
        assertThat(byBlocks(write(csv), 64, true)).isEqualTo(byLines(csv)).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 300, 1 << 20})
    void reportsTheFirstBadLineWithTheFilesLineNumber(int pieceBytes) throws Exception {
        StringBuilder good = new StringBuilder("time,probe\n");
        for (int i = 0; i < 400; i++) {
            good.append(String.format(Locale.ROOT, "%.2f,%d%n", i * 0.01, i % 7));
        }
        for (String bad : new String[] {"4.10,abc\n", "4.10,\n", "4.10,1,2\n", "4.10\n", "4.10,NaN\n", "1.5,1\n",
                "4.10,\"1\"x\n"}) {
            String csv = good + bad + "4.20,zzz\n";
            Path file = write(csv);
            String expected = messageOf(() -> byLines(csv));
            assertThat(expected).startsWith("t.csv:402:");
            assertThat(messageOf(() -> byBlocks(file, pieceBytes, true))).isEqualTo(expected);
            assertThat(messageOf(() -> byBlocks(file, pieceBytes, false))).isEqualTo(expected);
        }
    }

    @Test
    void timeThatGoesBackAcrossAPieceBoundaryIsReported() throws Exception {
        StringBuilder csv = new StringBuilder("time,a\n");
        for (int i = 0; i < 300; i++) {
            csv.append(i).append(",1\n");
        }
        csv.append("10,1\n");
        Path file = write(csv.toString());
        assertThat(messageOf(() -> byBlocks(file, csv.length() - 5, true)))
                .isEqualTo("t.csv:302: column 1 (time): time 10.0 s does not increase (previous row was at 299.0 s)")
                .isEqualTo(messageOf(() -> byLines(csv.toString())));
    }

    @Test
    void aFileThatIsNotTextSaysSo() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.write(file, new byte[] {'t', ',', 'a', '\n', '0', ',', (byte) 0xC3, '\n'});
        assertThat(messageOf(() -> byBlocks(file, 64, false))).isEqualTo("t.csv:2: not UTF-8 text (is it a spreadsheet or a binary file?)");
    }

    @Test
    void aLongFirstLineOfTextIsNotTakenForBinary() throws Exception {
        // 4 KiB of a first line ends inside a two-byte character; that cut is not bad UTF-8
        String csv = "#" + "\u00e9".repeat(3000) + "\ntime,a\n0,1\n0.01,2\n0.02,3\n";
        assertThat(byBlocks(write(csv), 64, true)).isEqualTo(byLines(csv)).hasSize(3);
    }

    @Test
    void palpasOwnExportIsReadAsAWideTrace() throws Exception {
        String export = "time_utc,t_s,sequence,channel,raw,calibrated_n\n"
                + "2026-01-01T00:00:00Z,0.000,0,thumb,1,1.5\n2026-01-01T00:00:00Z,0.000,0,index,2,2.5\n"
                + "2026-01-01T00:00:00.01Z,0.010,1,thumb,1,1.6\n2026-01-01T00:00:00.01Z,0.010,1,index,2,2.6\n";
        Path file = write(export);
        try (CsvBlockReader r = CsvBlockReader.open(file, Unit.NEWTON, pool)) {
            assertThat(r.device().channelNames()).containsExactly("thumb", "index");
            TraceBlock b = r.next();
            assertThat(b.rows()).isEqualTo(2);
            assertThat(b.columns()[1][1]).isEqualTo(2.6);
            assertThat(b.timestampNanos()[1]).isEqualTo(10_000_000L);
            assertThat(r.next()).isNull();
        }
    }
}
