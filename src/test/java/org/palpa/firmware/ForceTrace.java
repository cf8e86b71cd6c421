package org.palpa.firmware;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The force trace the emulator plays, read from the same CSV file (time_s then one force column
 * per channel, linear between rows), played in a loop as {@code --loop} does.
 */
record ForceTrace(double[] times, double[][] forces) {
    static ForceTrace read(Path csv) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            if (line.isBlank() || line.startsWith("#") || !Character.isDigit(line.strip().charAt(0))) {
                continue;
            }
            String[] f = line.split(",");
            double[] row = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                row[i] = Double.parseDouble(f[i].strip());
            }
            rows.add(row);
        }
        double[] t = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[][] v = rows.stream().map(r -> java.util.Arrays.copyOfRange(r, 1, r.length)).toArray(double[][]::new);
        return new ForceTrace(t, v);
    }

    double period() {
        return times[times.length - 1] - times[0];
    }

    /** The force on {@code channel} at {@code seconds} since the emulated device's reset. */
    double at(int channel, double seconds) {
        double s = times[0] + (seconds - times[0]) % period();
        int c = forces[0].length == 1 ? 0 : channel;
        for (int i = 1; i < times.length; i++) {
            if (s <= times[i]) {
                double a = forces[i - 1][c];
                return a + (forces[i][c] - a) * (s - times[i - 1]) / (times[i] - times[i - 1]);
            }
        }
        return forces[times.length - 1][c];
    }
}
