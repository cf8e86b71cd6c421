package org.palpa.core.calibration;

/** A calibration profile that breaks a rule, naming the field that does. */
public final class InvalidProfileException extends IllegalArgumentException {
    private final String field;

    public InvalidProfileException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The offending field, as a JSON path such as {@code fit.coefficients}. */
    public String field() {
        return field;
    }

    /** The problem without the field name. */
    public String problem() {
        return getMessage().substring(field.length() + 2);
    }
}
