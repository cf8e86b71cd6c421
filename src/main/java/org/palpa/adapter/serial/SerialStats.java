package org.palpa.adapter.serial;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.palpa.core.protocol.DecoderStats;

/**
 * The counts of one serial session, safe to read from any thread: bytes, frames and every kind of
 * loss, so nothing is dropped without being shown.
 */
public final class SerialStats {
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong overrunBytes = new AtomicLong();
    final AtomicLong reconnects = new AtomicLong();
    final AtomicLong watchdogWarnings = new AtomicLong();
    final AtomicLong mismatchedFrames = new AtomicLong();
    private volatile DecoderStats.Snapshot decoder = new DecoderStats().snapshot();
    private volatile double driftPpm;

    void decoder(DecoderStats.Snapshot s, double drift) {
        decoder = s;
        driftPpm = drift;
    }

    /**
     * Counts at one moment.
     *
     * @param bytes            bytes read from the port
     * @param frames           valid frames or lines
     * @param checksumErrors   frames or lines with a wrong CRC or checksum
     * @param otherErrors      absurd lengths, overlong lines, unreadable content, wrong channel counts
     * @param resyncs          times the decoder hunted for the next frame
     * @param skippedBytes     bytes thrown away while hunting: noise, or a wrong baud rate
     * @param lostFrames       frames missing from the device's sequence numbers
     * @param overrunBytes     bytes dropped because the decoder fell behind the reader
     * @param reconnects       times the link came back after a disconnect
     * @param watchdogWarnings times no data came for the watchdog period
     * @param driftPpm         how much faster the device clock runs than the host's
     */
    public record Snapshot(long bytes, long frames, long checksumErrors, long otherErrors, long resyncs,
                           long skippedBytes, long lostFrames, long overrunBytes, long reconnects, long watchdogWarnings,
                           double driftPpm) {
        /** One line for the user. */
        public String describe() {
            return String.format(Locale.ROOT, "serial: %d bytes, %d frames, %d CRC errors, %d other errors, "
                            + "%d resyncs (%d bytes skipped), %d lost frames, %d overrun bytes, %d reconnects, "
                            + "%d watchdog warnings, clock drift %+.0f ppm", bytes, frames, checksumErrors, otherErrors,
                    resyncs, skippedBytes, lostFrames,
                    overrunBytes, reconnects, watchdogWarnings, driftPpm);
        }
    }

    /** The counts now. */
    public Snapshot snapshot() {
        DecoderStats.Snapshot d = decoder;
        return new Snapshot(bytes.get(), d.frames(), d.checksumErrors(),
                d.lengthErrors() + d.contentErrors() + mismatchedFrames.get(), d.resyncs(), d.skippedBytes(), d.lostFrames(),
                overrunBytes.get(), reconnects.get(), watchdogWarnings.get(), driftPpm);
    }
}
