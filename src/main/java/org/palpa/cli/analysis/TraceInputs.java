package org.palpa.cli.analysis;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the {@code --input} values of {@code analyze} into files: a file stays itself, a folder
 * gives its {@code *.csv} files, and a value with {@code *}, {@code ?} or {@code [} is a glob on
 * file names in its folder (for when the shell did not expand it). Files come sorted by name
 * within each value and each file once.
 */
final class TraceInputs {
    private TraceInputs() {
    }

    static List<Path> expand(List<Path> values) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path value : values) {
            String text = value.toString();
            if (Files.isDirectory(value)) {
                files.addAll(matching(value, "*.csv", text));
            } else if (text.contains("*") || text.contains("?") || text.contains("[")) {
                Path folder = value.getParent() == null ? Path.of(".") : value.getParent();
                files.addAll(matching(folder, value.getFileName().toString(), text));
            } else {
                files.add(value);
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> matching(Path folder, String glob, String given) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p) && matcher.matches(p.getFileName())) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + folder + " for --input " + given);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("--input " + given + (Files.isDirectory(Path.of(given))
                    ? " is a folder with no .csv file in it" : " matches no CSV file"));
        }
        found.sort(null);
        return found;
    }

    /** The file name a trace's JSON gets in an output folder: {@code trace.csv} gives {@code trace.holds.json}. */
    static String jsonName(Path trace) {
        String name = trace.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".holds.json";
    }

    /** Refuses two inputs whose JSON would land on the same file in the output folder. */
    static void requireDistinctNames(List<Path> files) {
        Set<String> seen = new LinkedHashSet<>();
        for (Path f : files) {
            if (!seen.add(jsonName(f))) {
                throw new IllegalArgumentException("two inputs would both write " + jsonName(f) + " in the output folder: rename one ("
                        + f + ")");
            }
        }
    }
}
