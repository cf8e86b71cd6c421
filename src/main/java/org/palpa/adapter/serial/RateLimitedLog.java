package org.palpa.adapter.serial;

import org.slf4j.Logger;

/**
 * Warns at most once per interval and says how many warnings it held back, so a stream of
 * garbage cannot flood the log or slow the decoder.
 */
final class RateLimitedLog {
    private final Logger log;
    private final long intervalNanos;
    private long lastNanos = Long.MIN_VALUE;
    private long suppressed;

    RateLimitedLog(Logger log, long intervalMillis) {
        this.log = log;
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    void warn(String message) {
        long now = System.nanoTime();
        if (lastNanos != Long.MIN_VALUE && now - lastNanos < intervalNanos) {
            suppressed++;
            return;
        }
        if (suppressed > 0) {
            log.warn("{} (and {} similar warnings in the last {} ms)", message, suppressed, intervalNanos / 1_000_000);
        } else {
            log.warn(message);
        }
        suppressed = 0;
        lastNanos = now;
    }
}
