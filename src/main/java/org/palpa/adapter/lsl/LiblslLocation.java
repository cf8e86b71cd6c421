package org.palpa.adapter.lsl;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where Palpa looks for liblsl, in order: the file named by {@code PALPA_LIBLSL}; the system's
 * library path (a liblsl package, or {@code jna.library.path}); and
 * {@code $XDG_DATA_HOME/palpa/lib/liblsl.so} (else {@code ~/.local/share/palpa/lib/liblsl.so}),
 * where {@code bin/fetch-liblsl.sh} puts it. Nothing is loaded until {@code --lsl} asks.
 */
final class LiblslLocation {
    /** The environment variable naming liblsl's file. */
    static final String VARIABLE = "PALPA_LIBLSL";

    private final Map<String, String> environment;
    private final String userHome;

    LiblslLocation(Map<String, String> environment, String userHome) {
        this.environment = environment;
        this.userHome = userHome;
    }

    /** The places of this process's environment. */
    static LiblslLocation ofThisProcess() {
        return new LiblslLocation(System.getenv(), System.getProperty("user.home"));
    }

    /** What to hand to JNA, in the order tried: file paths, or the bare name for the system's path. */
    List<String> candidates() {
        List<String> names = new ArrayList<>();
        String named = environment.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            names.add(named);
        }
        names.add("lsl");
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        names.add(base.resolve("palpa").resolve("lib").resolve("liblsl.so").toString());
        return names;
    }

    /** Loads the first candidate that loads, or nothing. */
    <T extends Library> Optional<T> load(Class<T> api) {
        for (String name : candidates()) {
            if (name.contains("/") && !Files.isRegularFile(Path.of(name))) {
                continue;
            }
            try {
                return Optional.of(Native.load(name, api));
            } catch (UnsatisfiedLinkError e) {
                // not this one; try the next place
            }
        }
        return Optional.empty();
    }
}
