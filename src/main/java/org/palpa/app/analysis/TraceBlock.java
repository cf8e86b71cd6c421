package org.palpa.app.analysis;

/**
 * Consecutive rows of a trace, column by column: {@code rows} timestamps and, for each channel,
 * {@code rows} values. The arrays may be longer than {@code rows}.
 *
 * @param timestampNanos the time of each row, in nanoseconds
 * @param columns        one array of values per channel, in the device's channel order
 * @param rows           how many rows the block holds
 */
public record TraceBlock(long[] timestampNanos, double[][] columns, int rows) {
}
