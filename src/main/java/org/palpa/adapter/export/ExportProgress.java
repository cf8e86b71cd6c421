package org.palpa.adapter.export;

/** Told how far a long export or report has got, so the caller can draw a progress bar. */
@FunctionalInterface
public interface ExportProgress {
    /** No progress reporting. */
    ExportProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} frames have been written. */
    void frames(long done, long total);
}
