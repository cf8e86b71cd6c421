package org.palpa.adapter.terminal;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps log messages off the terminal while the live feedback is drawn there, because a log line
 * printed between two redraws breaks the lines rewritten in place. Installed as a filter on the
 * console appender by {@link ConsoleLogSetup}; while {@link #hold()} is in force it stops each message
 * and keeps the last {@value #KEPT} of them, and {@link #release} prints them when the session ends.
 */
public final class HeldLog extends Filter<ILoggingEvent> {
    /** How many held messages are kept to print afterwards; older ones are only counted. */
    static final int KEPT = 50;
    private static final Deque<String> HELD = new ArrayDeque<>();
    private static volatile boolean holding;
    private static long count;
    private static String first;

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (!holding) {
            return FilterReply.NEUTRAL;
        }
        String line = event.getLevel() + " " + shortName(event.getLoggerName()) + ": " + event.getFormattedMessage();
        synchronized (HELD) {
            count++;
            if (first == null) {
                first = event.getFormattedMessage();
            }
            if (HELD.size() == KEPT) {
                HELD.removeFirst();
            }
            HELD.addLast(line);
        }
        return FilterReply.DENY;
    }

    /** Starts holding messages back. */
    static void hold() {
        synchronized (HELD) {
            HELD.clear();
            count = 0;
            first = null;
        }
        holding = true;
    }

    /** How many messages were held back since {@link #hold()}. */
    static long heldCount() {
        synchronized (HELD) {
            return count;
        }
    }

    /** The first message held back, or null. */
    static String firstHeld() {
        synchronized (HELD) {
            return first;
        }
    }

    /** Stops holding and prints what was held to {@code err}, with a count of any that were not kept. */
    static void release(PrintStream err) {
        holding = false;
        synchronized (HELD) {
            if (count > 0) {
                err.println("palpa: " + count + " warning" + (count == 1 ? "" : "s") + " during the session"
                        + (count > HELD.size() ? " (the last " + HELD.size() + " follow)" : "") + ":");
                HELD.forEach(l -> err.println("  " + l));
            }
            HELD.clear();
            count = 0;
            first = null;
        }
    }

    private static String shortName(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }
}
