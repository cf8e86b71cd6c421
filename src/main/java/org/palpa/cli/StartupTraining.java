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
 * The training run for the JVM's start-up cache (an AOT cache on JDK 25, a CDS archive on 21):
 * runs the short commands people run most, {@code --version}, {@code sessions list} on an
 * empty store and on one with a session, {@code sessions report} of that session (the PDF, chart
 * and font classes are most of a report's start) and {@code analyze} of a small trace, so that the
 * classes they load are archived. The
 * launcher {@code ./palpa} runs this once after each build, and the Linux package once when it is
 * installed; nothing is printed.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    /** Runs the training; with a folder as argument, first copies the SQLite driver's native library there. */
    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            SqliteNativeLibrary.copyTo(Path.of(args[0]));
        }
        train(Files.createTempDirectory("palpa-training"));
    }

    /** Runs the commands with {@code dir} as their scratch folder, and removes it afterwards. */
    static void train(Path dir) throws IOException {
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            Path trace = dir.resolve("trace.csv");
            Files.writeString(trace, trace(2000));
            // a five-channel trace, so the classes of a glove's analysis are in the cache too (the cache
            // keeps no method profiles: the launcher makes it with -XX:-AOTRecordTraining)
            Path glove = dir.resolve("glove.csv");
            Files.writeString(glove, gloveTrace(6_000));
            Main.run("--version");
            Main.run("--help");
            // a store that exists, so that the SQLite driver and the logging it starts are archived too
            JdbcSessionStore.openSqlite(dir.resolve("store")).close();
            Main.run("sessions", "list", "--data-dir", dir.resolve("store").toString());
            String recorded = dir.resolve("recorded").toString();
            Main.run("demo", "--speed", "max", "--duration", "20s", "--plain", "--client", "C-0001", "--data-dir", recorded);
            Main.run("sessions", "list", "--data-dir", recorded);
            Main.run("sessions", "report", "1", "-o", dir.resolve("report.pdf").toString(), "--data-dir", recorded);
            Main.run("analyze", "--input", trace.toString(), "--output", dir.resolve("holds.json").toString());
            Main.run("analyze", "--input", glove.toString(), "--output", dir.resolve("glove.json").toString());
        } finally {
            System.setOut(out);
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
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
