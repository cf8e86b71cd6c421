package org.palpa.adapter.ui;

import java.awt.Font;
import javax.swing.UIManager;

/**
 * Fonts and text colours taken from the look and feel, for components that paint their own text,
 * so that the light and the dark theme both read well.
 */
final class Fonts {
    private Fonts() {
    }

    /** The theme's text colour. */
    static java.awt.Color text() {
        java.awt.Color c = UIManager.getColor("Label.foreground");
        return c == null ? java.awt.Color.DARK_GRAY : c;
    }

    /** The theme's colour for secondary text. */
    static java.awt.Color dim() {
        java.awt.Color c = UIManager.getColor("Label.disabledForeground");
        return c == null ? java.awt.Color.GRAY : c;
    }

    /** A state colour made readable as text on the theme's background. */
    static java.awt.Color onBackground(java.awt.Color stateColour) {
        return com.formdev.flatlaf.FlatLaf.isLafDark() ? stateColour.brighter() : stateColour.darker();
    }

    static Font of(int style, float size) {
        Font base = UIManager.getFont("Label.font");
        if (base == null) {
            base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
        return base.deriveFont(style, size);
    }
}
