package org.palpa.core.sample;

import java.util.Locale;

/**
 * A unit in which Palpa reads or shows a value: raw converter counts, a force, or a pressure.
 *
 * <p>Conversions follow the SI definitions: 1 kgf = 9.80665 N (standard gravity, CGPM 1901),
 * 1 lbf = 4.4482216152605 N (0.45359237 kg × 9.80665 m/s²), 1 N/cm² = 10 kPa.
 */
public enum Unit {
    /** Raw analogue-to-digital converter counts, before calibration. */
    COUNTS("counts", Kind.RAW, 1.0),
    /** Newton, the SI unit of force. */
    NEWTON("N", Kind.FORCE, 1.0),
    /** Kilogram-force: the weight of one kilogram under standard gravity. */
    KILOGRAM_FORCE("kgf", Kind.FORCE, 9.80665),
    /** Pound-force. */
    POUND_FORCE("lbf", Kind.FORCE, 4.4482216152605),
    /** Kilopascal, the SI pressure unit used for targets on a probe area. */
    KILOPASCAL("kPa", Kind.PRESSURE, 1.0),
    /** Kilogram-force per square centimetre, the unit printed on most pressure algometers. */
    KGF_PER_CM2("kgf/cm2", Kind.PRESSURE, 98.0665);

    /** What a unit measures; only units of the same kind convert into each other directly. */
    public enum Kind { RAW, FORCE, PRESSURE }

    private final String symbol;
    private final Kind kind;
    private final double toBase;

    Unit(String symbol, Kind kind, double toBase) {
        this.symbol = symbol;
        this.kind = kind;
        this.toBase = toBase;
    }

    /** The symbol users type and read, such as {@code N} or {@code kPa}. */
    public String symbol() {
        return symbol;
    }

    public Kind kind() {
        return kind;
    }

    /** Converts a value in this unit into the base unit of its kind: N for force, kPa for pressure. */
    public double toBase(double value) {
        return value * toBase;
    }

    /** Converts a value in the base unit of this unit's kind (N or kPa) into this unit. */
    public double fromBase(double baseValue) {
        return baseValue / toBase;
    }

    /** Converts {@code value} from this unit into {@code other}, which must be of the same kind. */
    public double convert(double value, Unit other) {
        if (other.kind != kind) {
            throw new IllegalArgumentException("cannot convert " + symbol + " to " + other.symbol
                    + " without a probe area");
        }
        return other.fromBase(toBase(value));
    }

    /**
     * Finds a unit by its symbol, ignoring case and accepting common spellings
     * ({@code lbF}, {@code kg/cm²}, {@code kgf/cm^2}).
     *
     * @throws IllegalArgumentException naming the symbol when it is not known
     */
    public static Unit fromSymbol(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT).replace("²", "2").replace("^2", "2");
        return switch (s) {
            case "counts", "count", "raw" -> COUNTS;
            case "n", "newton", "newtons" -> NEWTON;
            case "kgf", "kg", "kp" -> KILOGRAM_FORCE;
            case "lbf", "lb", "lbs" -> POUND_FORCE;
            case "kpa" -> KILOPASCAL;
            case "kgf/cm2", "kg/cm2" -> KGF_PER_CM2;
            default -> throw new IllegalArgumentException("unknown unit '" + text.trim()
                    + "' (use N, kgf, lbf, kPa or kgf/cm2)");
        };
    }

    /**
     * How a session's record spells this unit in its store columns and in an export's chain items:
     * raw counts as {@code counts}, the one spelling users read everywhere (docs/records.md); the
     * other units by their constant's name ({@code NEWTON}). The integrity chain's canonical text
     * keeps the constant's name for every unit, so that the hashes of earlier records still hold.
     */
    public String recordName() {
        return this == COUNTS ? symbol : name();
    }

    /**
     * The unit a record names, in the spelling of {@link #recordName} or a constant's name, so that
     * stores and exports written before counts were spelled {@code counts} ({@code COUNTS}) still read.
     *
     * @throws IllegalArgumentException naming the text when it is no unit
     */
    public static Unit fromRecordName(String text) {
        if (COUNTS.symbol.equals(text)) {
            return COUNTS;
        }
        for (Unit u : values()) {
            if (u.name().equals(text)) {
                return u;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a unit Palpa records");
    }

    @Override
    public String toString() {
        return symbol;
    }
}
