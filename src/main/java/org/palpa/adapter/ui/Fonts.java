package org.palpa.adapter.ui;

import java.awt.Font;
import javax.swing.UIManager;

/** Fonts derived from the look and feel's label font, for components that paint their own text. */
final class Fonts {
    private Fonts() {
    }

    static Font of(int style, float size) {
        Font base = UIManager.getFont("Label.font");
        if (base == null) {
            base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
        return base.deriveFont(style, size);
    }
}
