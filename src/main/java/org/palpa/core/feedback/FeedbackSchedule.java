package org.palpa.core.feedback;

import java.util.List;
import java.util.Locale;

/**
 * Decides, hold by hold, whether a student sees live feedback during practice. Motor-learning
 * work finds that feedback on every trial helps during practice but not at a later test without
 * it, and that a fading or self-chosen schedule learns better (Winstein &amp; Schmidt 1990,
 * J Exp Psychol Learn 16:677–691; for manual-therapy force, Sheaves, Snodgrass &amp; Rivett 2012,
 * JOSPT 42:1008–1015). Pure: the same hold number and request always give the same answer.
 */
public sealed interface FeedbackSchedule {

    /**
     * Whether feedback shows during hold {@code holdNumber} (1-based).
     *
     * @param requested whether the student asked for feedback for this hold (used by {@link OnRequest} only)
     */
    boolean shows(int holdNumber, boolean requested);

    /** The schedule as the {@code --feedback} option writes it. */
    String text();

    /** Feedback on every hold: the default. */
    record Constant() implements FeedbackSchedule {
        @Override
        public boolean shows(int holdNumber, boolean requested) {
            return true;
        }

        @Override
        public String text() {
            return "constant";
        }
    }

    /** Feedback on hold 1 and every {@code n}th hold after it (1, 1+n, 1+2n ...). */
    record EveryNth(int n) implements FeedbackSchedule {
        public EveryNth {
            if (n < 1) {
                throw new IllegalArgumentException("every:N needs N of 1 or more, was " + n);
            }
        }

        @Override
        public boolean shows(int holdNumber, boolean requested) {
            return (holdNumber - 1) % n == 0;
        }

        @Override
        public String text() {
            return "every:" + n;
        }
    }

    /**
     * Feedback faded step by step: each step lasts {@code holdsPerStep} holds and shows feedback
     * on one hold in {@code intervals[i]}, the first of each run; the last step goes on to the end.
     * The standard fade is 100 % for 5 holds, 50 % for the next 6, then 20 %.
     */
    record Faded(List<Integer> holdsPerStep, List<Integer> intervals) implements FeedbackSchedule {
        /** 100 % → 50 % → 20 %: holds 1–5 all shown, 6–11 every second, from 12 every fifth. */
        public static final Faded STANDARD = new Faded(List.of(5, 6, 1), List.of(1, 2, 5));

        public Faded {
            holdsPerStep = List.copyOf(holdsPerStep);
            intervals = List.copyOf(intervals);
            if (holdsPerStep.isEmpty() || holdsPerStep.size() != intervals.size()
                    || holdsPerStep.stream().anyMatch(h -> h < 1) || intervals.stream().anyMatch(i -> i < 1)) {
                throw new IllegalArgumentException("a faded schedule needs steps of one or more holds, each with an interval of 1 or more");
            }
        }

        @Override
        public boolean shows(int holdNumber, boolean requested) {
            int start = 1;
            for (int i = 0; i < holdsPerStep.size(); i++) {
                boolean last = i == holdsPerStep.size() - 1;
                if (last || holdNumber < start + holdsPerStep.get(i)) {
                    return (holdNumber - start) % intervals.get(i) == 0;
                }
                start += holdsPerStep.get(i);
            }
            throw new IllegalStateException("unreachable: the last step goes on to the end");
        }

        /** The share of holds shown in each step, in percent. */
        public List<Integer> percentages() {
            return intervals.stream().map(i -> (int) Math.round(100.0 / i)).toList();
        }

        @Override
        public String text() {
            return "faded";
        }
    }

    /** Feedback only for a hold the student asked for, with a key, before or during the hold before it. */
    record OnRequest() implements FeedbackSchedule {
        @Override
        public boolean shows(int holdNumber, boolean requested) {
            return requested;
        }

        @Override
        public String text() {
            return "on-request";
        }
    }

    /** No feedback at all: a retention test. */
    record None() implements FeedbackSchedule {
        @Override
        public boolean shows(int holdNumber, boolean requested) {
            return false;
        }

        @Override
        public String text() {
            return "none";
        }
    }

    /** Reads {@code constant}, {@code faded}, {@code every:N}, {@code on-request} or {@code none}. */
    static FeedbackSchedule parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("every:")) {
            try {
                return new EveryNth(Integer.parseInt(t.substring(6).strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("feedback schedule '" + text + "': every:N needs a whole number N");
            }
        }
        return switch (t) {
            case "constant" -> new Constant();
            case "faded" -> Faded.STANDARD;
            case "on-request" -> new OnRequest();
            case "none" -> new None();
            default -> throw new IllegalArgumentException("feedback schedule '" + text
                    + "' is not one of constant, faded, every:N, on-request, none");
        };
    }
}
