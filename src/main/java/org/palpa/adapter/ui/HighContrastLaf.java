package org.palpa.adapter.ui;

import com.formdev.flatlaf.FlatDarkLaf;

/**
 * FlatLaf's dark theme with the high-contrast colours of {@code HighContrastLaf.properties} (next
 * to this class): white text on black, yellow selection and focus, white borders. FlatLaf reads
 * that file by itself because it is named after this class.
 */
public final class HighContrastLaf extends FlatDarkLaf {
    /** The name shown in look-and-feel lists. */
    public static final String NAME = "Palpa High Contrast";

    @Override
    public String getName() {
        return NAME;
    }
}
