package org.palpa.core.stream;

/**
 * Decides whether a marker from outside (another lab instrument, over UDP or OSC) is kept: at
 * most {@link #MAX_CHARS} characters, no control characters, and at most {@code ratePerSecond}
 * markers a second with bursts of up to {@code burst} (a token bucket driven by the times it is
 * given, so it has no clock of its own). Every refusal is counted by reason; nothing is dropped
 * silently.
 */
public final class MarkerGate {
    /** The longest marker text kept, in characters: a label, not a document. */
    public static final int MAX_CHARS = 200;

    /** Why a marker was refused, or that it was kept. */
    public enum Verdict { KEPT, EMPTY, TOO_LONG, CONTROL_CHARACTERS, TOO_FAST, MALFORMED }

    private final double ratePerSecond;
    private final double burst;
    private double tokens;
    private long lastNanos = Long.MIN_VALUE;
    private final long[] counts = new long[Verdict.values().length];

    public MarkerGate(double ratePerSecond, int burst) {
        if (!(ratePerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("a marker rate limit needs a positive rate and a burst of at least 1");
        }
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.tokens = burst;
    }

    /** Judges {@code text} arriving at {@code nowNanos} (any monotonic clock). */
    public Verdict offer(String text, long nowNanos) {
        Verdict v = judge(text, nowNanos);
        counts[v.ordinal()]++;
        return v;
    }

    /** Counts a datagram that was not a marker at all. */
    public void malformed() {
        counts[Verdict.MALFORMED.ordinal()]++;
    }

    private Verdict judge(String text, long nowNanos) {
        if (text == null || text.isBlank()) {
            return Verdict.EMPTY;
        }
        if (text.length() > MAX_CHARS) {
            return Verdict.TOO_LONG;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return Verdict.CONTROL_CHARACTERS;
            }
        }
        if (lastNanos != Long.MIN_VALUE) {
            tokens = Math.min(burst, tokens + (nowNanos - lastNanos) / 1e9 * ratePerSecond);
        }
        lastNanos = nowNanos;
        if (tokens < 1) {
            return Verdict.TOO_FAST;
        }
        tokens -= 1;
        return Verdict.KEPT;
    }

    /** How many markers got {@code verdict} so far. */
    public long count(Verdict verdict) {
        return counts[verdict.ordinal()];
    }

    /** Markers refused so far, for any reason. */
    public long refused() {
        long n = 0;
        for (Verdict v : Verdict.values()) {
            n += v == Verdict.KEPT ? 0 : counts[v.ordinal()];
        }
        return n;
    }
}
