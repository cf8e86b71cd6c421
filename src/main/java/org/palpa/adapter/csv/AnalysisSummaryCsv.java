package org.palpa.adapter.csv;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the one-row-per-file summary of a batch {@code analyze}: for each trace its status,
 * size and hold counts, so a folder of recordings can be compared in a spreadsheet or pandas.
 * A failed file has status {@code error}, empty numbers and the reason in {@code error}.
 */
public final class AnalysisSummaryCsv implements AutoCloseable {
    /** The columns, in order. */
    public static final String[] COLUMNS = {"file", "status", "frames", "seconds", "channels", "sample_rate_hz",
            "holds", "met", "too_short", "over", "under", "percent_met", "error"};

    private final CSVPrinter printer;

    public AnalysisSummaryCsv(Writer out) throws IOException {
        this.printer = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(out);
    }

    /**
     * One analysed trace.
     *
     * @param file        the trace as given
     * @param frames      rows read
     * @param seconds     time from the first to the last row
     * @param channels    channel count
     * @param rateHz      the sample rate found
     * @param holdCounts  holds in total, then MET, TOO_SHORT, OVER and UNDER
     */
    public void ok(String file, long frames, double seconds, int channels, double rateHz, int... holdCounts)
            throws IOException {
        int total = holdCounts[0];
        double percent = total == 0 ? 0 : Math.round(10000.0 * holdCounts[1] / total) / 100.0;
        printer.printRecord(file, "ok", frames, seconds, channels, rateHz, total, holdCounts[1], holdCounts[2],
                holdCounts[3], holdCounts[4], percent, "");
    }

    /** One trace that could not be analysed, and why. */
    public void failed(String file, String reason) throws IOException {
        printer.printRecord(file, "error", "", "", "", "", "", "", "", "", "", "", reason);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
