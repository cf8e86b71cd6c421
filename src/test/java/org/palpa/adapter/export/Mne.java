package org.palpa.adapter.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** The Python interpreter that reads EDF+ back with MNE, and a skip with the reason where it cannot. */
final class Mne {
    /** {@code PALPA_TEST_PYTHON} overrides it, e.g. to check that the tests skip without MNE. */
    static final String PYTHON = System.getenv().getOrDefault("PALPA_TEST_PYTHON", "/usr/bin/python3");

    private Mne() {
    }

    /** Skips the calling test unless {@link #PYTHON} can import mne. */
    static void assumeInstalled() {
        assumeTrue(importsMne(), "MNE is not installed (" + PYTHON + " cannot import mne): apt-get install python3-mne (.ci/run does)");
    }

    private static boolean importsMne() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import mne").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
