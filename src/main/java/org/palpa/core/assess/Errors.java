package org.palpa.core.assess;

/**
 * One kind of error (constant, absolute or variable) for the three quantities a comparison
 * reports, each in the target's units: force (or pressure), hold duration in seconds and ramp
 * rate in units per second. A value is null where it is undefined, as the variable error of a
 * single pair of durations.
 */
public record Errors(Double force, Double duration, Double rampRate) {
}
