package org.palpa.core.protocol;

/**
 * The force units commercial gauges print, with their size in newtons. Gravity is the standard
 * 9.80665 m/s² (CGPM 1901); 1 lb = 0.45359237 kg and 1 oz = 1/16 lb (international yard and pound
 * agreement, 1959).
 */
enum ForceUnit {
    NEWTON(1.0, "N"),
    MILLINEWTON(0.001, "mN"),
    KILONEWTON(1000.0, "kN"),
    KILOGRAM_FORCE(9.80665, "kgf", "kg", "kgF", "kp"),
    GRAM_FORCE(0.00980665, "gf", "g", "gF"),
    POUND_FORCE(4.4482216152605, "lbf", "lb", "lbF", "lbs"),
    OUNCE_FORCE(0.27801385095378125, "ozf", "oz", "ozF");

    private final double newtons;
    private final String[] symbols;

    ForceUnit(double newtons, String... symbols) {
        this.newtons = newtons;
        this.symbols = symbols;
    }

    /** Newtons in one of this unit. */
    double newtons() {
        return newtons;
    }

    /** The unit whose symbol fills {@code b[from, to)}, ignoring case, or null. */
    static ForceUnit parse(byte[] b, int from, int to) {
        if (to - from == 2 && (b[from] == 'm' || b[from] == 'M') && (b[from + 1] == 'N' || b[from + 1] == 'n')) {
            // mN and MN differ only in case; a force gauge never prints meganewtons
            return MILLINEWTON;
        }
        for (ForceUnit u : values()) {
            for (String s : u.symbols) {
                if (u != MILLINEWTON && Ascii.equalsIgnoreCase(b, from, to, s)) {
                    return u;
                }
            }
        }
        return null;
    }
}
