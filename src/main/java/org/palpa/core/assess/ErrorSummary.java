package org.palpa.core.assess;

/**
 * Constant, absolute and variable error, as motor-learning studies report them (Schmidt &amp; Lee,
 * Motor Control and Learning): the signed mean of the differences (student minus reference), the
 * mean of their magnitudes, and their standard deviation about the constant error.
 */
public record ErrorSummary(Errors constantError, Errors absoluteError, Errors variableError) {

    /** The three errors of each quantity's differences; a quantity with fewer than two differences has no variable error. */
    public static ErrorSummary of(double[] force, double[] duration, double[] rampRate) {
        return new ErrorSummary(new Errors(ce(force), ce(duration), ce(rampRate)),
                new Errors(ae(force), ae(duration), ae(rampRate)),
                new Errors(ve(force), ve(duration), ve(rampRate)));
    }

    static Double ce(double[] d) {
        if (d.length == 0) {
            return null;
        }
        double s = 0;
        for (double x : d) {
            s += x;
        }
        return s / d.length;
    }

    static Double ae(double[] d) {
        if (d.length == 0) {
            return null;
        }
        double s = 0;
        for (double x : d) {
            s += Math.abs(x);
        }
        return s / d.length;
    }

    /** The population standard deviation, as in the usual definition of variable error. */
    static Double ve(double[] d) {
        if (d.length < 2) {
            return null;
        }
        double m = ce(d);
        double s = 0;
        for (double x : d) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / d.length);
    }
}
