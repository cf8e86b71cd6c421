package org.palpa.core.sample;

/**
 * The contact area of a probe, thumb pad or sensor, which turns a force into a pressure.
 *
 * <p>A standard pressure algometer tip is 1 cm² (Fischer 1987, Pain 30:115–126), which makes
 * 1 kgf read as 1 kgf/cm² = 98.0665 kPa.
 *
 * @param squareCentimetres the area in cm², finite and positive
 */
public record ProbeArea(double squareCentimetres) {

    /** The 1 cm² tip of a standard pressure algometer. */
    public static final ProbeArea ALGOMETER_TIP = new ProbeArea(1.0);

    public ProbeArea {
        if (!(squareCentimetres > 0) || Double.isInfinite(squareCentimetres)) {
            throw new IllegalArgumentException("probe area must be a positive number of cm², was "
                    + squareCentimetres);
        }
    }

    /** Pressure in kPa of {@code newtons} spread over this area (1 N/cm² = 10 kPa). */
    public double kilopascals(double newtons) {
        return newtons / squareCentimetres * 10.0;
    }

    /** Force in N that gives {@code kilopascals} over this area. */
    public double newtons(double kilopascals) {
        return kilopascals * squareCentimetres / 10.0;
    }

    /** Converts {@code value} in {@code from} into {@code to}, crossing between force and pressure as needed. */
    public double convert(double value, Unit from, Unit to) {
        if (from.kind() == to.kind()) {
            return from.convert(value, to);
        }
        if (from.kind() == Unit.Kind.FORCE && to.kind() == Unit.Kind.PRESSURE) {
            return to.fromBase(kilopascals(from.toBase(value)));
        }
        if (from.kind() == Unit.Kind.PRESSURE && to.kind() == Unit.Kind.FORCE) {
            return to.fromBase(newtons(from.toBase(value)));
        }
        throw new IllegalArgumentException("cannot convert " + from + " to " + to);
    }
}
