package org.palpa.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects the tests that skipped themselves (a missing tool, no display, no database) and appends
 * them, one "reason TAB test" line each, to the file named by the system property
 * {@code palpa.skipReport}; {@code ./mvnw} sums them up in one line after the build. Registered in
 * {@code META-INF/services} so every test JVM of the build loads it.
 */
public final class SkipReport implements TestExecutionListener {
    private final List<String> lines = new ArrayList<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        lines.add(line(reason, test));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
            lines.add(line(reason, test));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        String file = System.getProperty("palpa.skipReport");
        if (file == null || lines.isEmpty()) {
            return;
        }
        try {
            Files.write(Path.of(file), lines, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not write the skip report " + file + ": " + e.getMessage());
        }
        lines.clear(); // Surefire runs a failed test again in a new plan of the same JVM; count each skip once
    }

    /** The reason in the test's own words, without JUnit's prefixes, then the test's name. */
    static String line(String reason, TestIdentifier test) {
        String why = reason == null ? "skipped" : reason
                .replaceFirst("^Assumption failed: (assumption is not true: )?", "")
                .replaceFirst("^.*==> ", ""); // a condition's own words, after JUnit's "[X] does not exist ==> "
        return why.replace('\t', ' ').replace('\n', ' ') + "\t" + test.getDisplayName();
    }
}
