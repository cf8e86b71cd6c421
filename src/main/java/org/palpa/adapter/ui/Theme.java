package org.palpa.adapter.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.LoggerFactory;
import javax.swing.SwingUtilities;

/**
 * The window's look: FlatLaf's light and dark themes, and a high-contrast theme (white and yellow
 * on black, thick focus rings) for low vision and bright rooms. The choice made in the window is
 * remembered in the user's config folder ({@link #settingsFile()}) for the next time it opens.
 */
enum Theme {
    LIGHT("light"), DARK("dark"), HIGH_CONTRAST("high contrast");

    private static final String KEY = "theme";
    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** The theme named {@code id} (light, dark, high-contrast), if there is one. */
    static Optional<Theme> byId(String id) {
        for (Theme t : values()) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The id used on the command line and in the preferences, such as {@code high-contrast}. */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The theme installed now, judged from the look and feel. */
    static Theme current() {
        javax.swing.LookAndFeel laf = javax.swing.UIManager.getLookAndFeel();
        return laf instanceof HighContrastLaf ? HIGH_CONTRAST : FlatLaf.isLafDark() ? DARK : LIGHT;
    }

    /** The theme chosen last time in the window, or light. */
    static Theme remembered() {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(settingsFile())) {
            p.load(in);
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return LIGHT; // never chosen, or unreadable: the default
        }
        return byId(p.getProperty(KEY, LIGHT.id()).strip()).orElse(LIGHT);
    }

    /** Remembers this theme for the next window; a settings file that cannot be written is passed over. */
    void remember() {
        Path file = settingsFile();
        Properties p = new Properties();
        p.setProperty(KEY, id());
        try {
            Files.createDirectories(file.getParent());
            try (var out = Files.newBufferedWriter(file)) {
                p.store(out, "Palpa window settings");
            }
        } catch (IOException | SecurityException e) {
            LoggerFactory.getLogger(Theme.class).warn("the theme could not be remembered in {}: {}", file, e.getMessage());
        }
    }

    /**
     * The window's settings file, after the XDG Base Directory specification:
     * {@code $XDG_CONFIG_HOME/palpa/window.properties}, else {@code ~/.config/palpa/window.properties}.
     */
    static Path settingsFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("palpa").resolve("window.properties");
    }

    /** Installs this theme as the look and feel; call before the window is made. */
    void install() {
        switch (this) {
            case LIGHT -> FlatLightLaf.setup();
            case DARK -> FlatDarkLaf.setup();
            case HIGH_CONTRAST -> FlatLaf.setup(new HighContrastLaf());
        }
    }

    /** Switches an open window to this theme. Runs on the event thread. */
    void apply() {
        install();
        FlatLaf.updateUI();
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            SwingUtilities.updateComponentTreeUI(w);
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
