package org.palpa.core.plan;

import org.palpa.core.sample.InputFormatException;

/** A plan that cannot be run, with the file, the step and the field that are wrong. */
public final class InvalidPlanException extends InputFormatException {
    /**
     * @param source  the plan's file or shipped name
     * @param step    the 1-based step, or 0 for the plan itself
     * @param field   the field, or null
     * @param problem what is wrong, in words
     */
    public InvalidPlanException(String source, int step, String field, String problem) {
        super(source, 0, where(step, field), problem);
    }

    private static String where(int step, String field) {
        String f = field == null ? null : "field '" + field + "'";
        if (step <= 0) {
            return f;
        }
        return "step " + step + (f == null ? "" : ", " + f);
    }
}
