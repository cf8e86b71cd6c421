package org.palpa.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * For tests that run several commands in a row and read everything they printed: standard output
 * and error are captured into {@link #out} and {@link #err} for each test, and restored after it.
 * (A single command is simpler with {@link CliRunner}.)
 */
public abstract class CapturesStandardStreams {
    protected final ByteArrayOutputStream out = new ByteArrayOutputStream();
    protected final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void captureStandardStreams() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardStreams() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }
}
