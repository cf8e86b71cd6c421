package org.palpa.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.palpa.adapter.store.JdbcSessionStore;
import org.palpa.adapter.store.SqliteNativeLibrary;

/**
 * The training runs for the JVM's start-up caches (AOT caches on JDK 25, CDS archives on 21). A JVM
 * loads every class of its cache as it starts, so each family of commands has a cache of its own with
 * only the classes it needs (docs/performance.md, "Start-up"):
 * <ul>
 *   <li>{@code short}: {@code --version}, {@code --help}, {@code sessions list} on an empty store and on
 *       one with a session, and {@code demo}, which records that session;</li>
 *   <li>{@code analyze}: {@code analyze} of a one-channel and of a five-channel trace;</li>
 *   <li>{@code report}: {@code sessions report} of a recorded session (the PDF, chart and font classes
 *       are most of a report's start).</li>
 * </ul>
 * The launcher {@code ./palpa} runs a family's training once after each build, the first time a
 * command of that family runs, and the Linux package runs all three when it is installed; nothing
 * is printed.
 */
public final class StartupTraining {
    /** The families of commands that have a start-up cache of their own. */
    enum Family { SHORT, ANALYZE, REPORT }

    private StartupTraining() {
    }

    /**
     * Runs one family's training: {@code [NATIVE-DIR [FAMILY]]}. With a folder, first copies the SQLite
     * driver's native library there; the family is short (the default), analyze or report.
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            SqliteNativeLibrary.copyTo(Path.of(args[0]));
        }
        Family family = args.length > 1 ? Family.valueOf(args[1].toUpperCase(Locale.ROOT)) : Family.SHORT;
        train(Files.createTempDirectory("palpa-training"), family);
    }

    /** Runs a family's commands with {@code dir} as their scratch folder, and removes it afterwards. */
    static void train(Path dir, Family family) throws IOException {
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            switch (family) {
                case SHORT -> shortCommands(dir);
                case ANALYZE -> analyze(dir);
                case REPORT -> report(dir);
            }
        } finally {
            System.setOut(out);
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void shortCommands(Path dir) {
        Main.run("--version");
        Main.run("--help");
        // a store that exists, so that the SQLite driver and the logging it starts are archived too
        JdbcSessionStore.openSqlite(dir.resolve("store")).close();
        Main.run("sessions", "list", "--data-dir", dir.resolve("store").toString());
        String recorded = record(dir);
        Main.run("sessions", "list", "--data-dir", recorded);
    }

    private static void analyze(Path dir) throws IOException {
        Path trace = dir.resolve("trace.csv");
        Files.writeString(trace, trace(2000));
        // a five-channel trace, so the classes of a glove's analysis are in the cache too (the cache
        // keeps no method profiles: the launcher makes it with -XX:-AOTRecordTraining)
        Path glove = dir.resolve("glove.csv");
        Files.writeString(glove, gloveTrace(6_000));
        Main.run("analyze", "--input", trace.toString(), "--output", dir.resolve("holds.json").toString());
        Main.run("analyze", "--input", glove.toString(), "--output", dir.resolve("glove.json").toString());
    }

    private static void report(Path dir) {
        String recorded = record(dir);
        Main.run("sessions", "report", "1", "-o", dir.resolve("report.pdf").toString(), "--data-dir", recorded);
    }

    private static String record(Path dir) {
        // --terminal: with a display, demo would open the window and wait for it to be closed
        String recorded = dir.resolve("recorded").toString();
        Main.run("demo", "--terminal", "--speed", "max", "--duration", "20s", "--plain", "--client", "C-0001", "--data-dir", recorded);
        return recorded;
    }

    /** A 200 Hz five-channel trace with presses every 40 s and a small ripple, as a glove records. */
    private static String gloveTrace(int rows) {
        StringBuilder csv = new StringBuilder("time,thumb,index,middle,ring,little\n");
        for (int i = 0; i < rows; i++) {
            double t = i / 200.0;
            csv.append(String.format(Locale.ROOT, "%.3f", t));
            for (int c = 0; c < 5; c++) {
                double phase = (t + 3 * c) % 40;
                double v = phase < 30 ? 40 * Math.min(1, phase / 2) : 0;
                csv.append(String.format(Locale.ROOT, ",%.3f", v + 0.3 * Math.sin(60 * t + c)));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** A 100 Hz one-channel trace with a press every 8 s. */
    private static String trace(int rows) {
        StringBuilder csv = new StringBuilder("time,probe\n");
        for (int i = 0; i < rows; i++) {
            double t = i / 100.0;
            double v = (t % 8) < 6 ? 40 * Math.min(1, (t % 8) / 1.5) : 0;
            csv.append(String.format(Locale.ROOT, "%.2f,%.3f%n", t, v));
        }
        return csv.toString();
    }
}
