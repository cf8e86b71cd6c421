package org.palpa.cli.ppt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.palpa.app.ppt.PptRun;
import org.palpa.cli.Terminals;

/** Reads Enter presses from the terminal as the patient's key, on a daemon thread. */
final class KeyReader {
    private KeyReader() {
    }

    /** Starts reading unless {@code skip} (the window takes the keys, or a simulated patient presses the button). */
    static void start(PptRun run, boolean skip) {
        if (skip || !Terminals.interactive()) {
            return;
        }
        Thread t = new Thread(() -> {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            try {
                while (in.readLine() != null) {
                    run.keyPressed();
                }
            } catch (IOException e) {
                // the terminal went away: the device's button still works
            }
        }, "palpa-ppt-keys");
        t.setDaemon(true);
        t.start();
    }
}
