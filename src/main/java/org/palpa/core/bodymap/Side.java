package org.palpa.core.bodymap;

import java.util.Locale;

/** The side of the body a point is treated on. */
public enum Side {
    LEFT, RIGHT, MIDLINE;

    /** The side named {@code left}, {@code right} or {@code midline}, or empty for anything else. */
    public static java.util.Optional<Side> find(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        for (Side s : values()) {
            if (s.name().equalsIgnoreCase(name.strip())) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** The side in lower case, as plans write it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
