package org.palpa.core.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which of a student's holds is compared with which of an instructor's. When both recordings
 * followed the same treatment plan, holds are paired within each plan step (and channel), the
 * n-th hold of step 3 with the n-th hold of step 3, so that an extra or missed repetition does not
 * shift every later pair. Otherwise holds are paired in order of occurrence on each channel, and
 * {@link #note()} says why.
 *
 * @param pairs               the paired holds, in the student's order
 * @param matching            how they were paired
 * @param note                one line on why holds were paired in order, or null
 * @param unmatchedStudent    the student's holds with no instructor hold to pair with
 * @param unmatchedReference  the instructor's holds with no student hold
 * @param stepsOnlyStudent    plan steps in which only the student held (step matching only)
 * @param stepsOnlyReference  plan steps in which only the instructor held (step matching only)
 */
public record HoldPairing(List<Paired> pairs, Matching matching, String note, int unmatchedStudent,
                          int unmatchedReference, List<Integer> stepsOnlyStudent, List<Integer> stepsOnlyReference) {

    public HoldPairing {
        pairs = List.copyOf(pairs);
        stepsOnlyStudent = List.copyOf(stepsOnlyStudent);
        stepsOnlyReference = List.copyOf(stepsOnlyReference);
    }

    /** How holds were paired. */
    public enum Matching {
        /** In order of occurrence on each channel. */
        ORDER("order"),
        /** Within each step of a plan both recordings followed. */
        PLAN_STEP("plan-step");

        private final String key;

        Matching(String key) {
            this.key = key;
        }

        /** The name in the JSON and the text: {@code order} or {@code plan-step}. */
        public String key() {
            return key;
        }
    }

    /**
     * A student's hold with the instructor's hold it is compared with.
     *
     * @param step the plan step both were done in, or 0 when paired in order
     */
    public record Paired(HoldTrace student, HoldTrace reference, int step) {
    }

    /** Pairs the holds in order of occurrence on each channel. */
    public static HoldPairing inOrder(List<HoldTrace> student, List<HoldTrace> reference, String note) {
        Acc acc = new Acc();
        Map<Integer, List<HoldTrace>> s = group(student, t -> t.hold().channel());
        Map<Integer, List<HoldTrace>> r = group(reference, t -> t.hold().channel());
        for (int key : union(s, r)) {
            acc.pairUp(s.getOrDefault(key, List.of()), r.getOrDefault(key, List.of()), 0, true);
        }
        return acc.done(Matching.ORDER, note, List.of(), List.of());
    }

    /**
     * Pairs by plan step when both recordings followed the same plan, else in order with a note
     * saying why.
     *
     * @param studentPlan   the student's plan track, or null without a plan
     * @param referencePlan the instructor's, or null
     */
    public static HoldPairing match(List<HoldTrace> student, PlanTrack studentPlan, List<HoldTrace> reference,
                                    PlanTrack referencePlan) {
        if (studentPlan == null && referencePlan == null) {
            return inOrder(student, reference, null);
        }
        if (studentPlan == null || referencePlan == null) {
            return inOrder(student, reference, "paired in order: only the " + (studentPlan == null ? "instructor's"
                    : "student's") + " recording followed a plan (" + (studentPlan == null ? referencePlan : studentPlan).id() + ")");
        }
        if (!studentPlan.plan().equals(referencePlan.plan())) {
            boolean sameId = studentPlan.id().equals(referencePlan.id());
            return inOrder(student, reference, "paired in order: the student followed plan " + studentPlan.id()
                    + " and the instructor " + (sameId ? "a different version of it" : "plan " + referencePlan.id()));
        }
        Acc acc = new Acc();
        Map<Long, List<HoldTrace>> s = group(student, t -> key(studentPlan, t));
        Map<Long, List<HoldTrace>> r = group(reference, t -> key(referencePlan, t));
        TreeSet<Integer> onlyStudent = new TreeSet<>();
        TreeSet<Integer> onlyReference = new TreeSet<>();
        TreeSet<Integer> stepsStudent = steps(s.keySet());
        TreeSet<Integer> stepsReference = steps(r.keySet());
        for (long key : union(s, r)) {
            int step = (int) (key >> 32);
            List<HoldTrace> a = s.getOrDefault(key, List.of());
            List<HoldTrace> b = r.getOrDefault(key, List.of());
            // holds outside every step of the plan (step 0) are never paired
            acc.pairUp(a, b, step, step > 0);
        }
        stepsStudent.stream().filter(n -> n > 0 && !stepsReference.contains(n)).forEach(onlyStudent::add);
        stepsReference.stream().filter(n -> n > 0 && !stepsStudent.contains(n)).forEach(onlyReference::add);
        return acc.done(Matching.PLAN_STEP, null, new ArrayList<>(onlyStudent), new ArrayList<>(onlyReference));
    }

    /** Step in the high half, channel in the low: holds outside every step fall under step 0 and are never paired. */
    private static long key(PlanTrack plan, HoldTrace t) {
        return ((long) plan.stepOf(t.hold().contactStartNanos()) << 32) | t.hold().channel();
    }

    private static TreeSet<Integer> steps(java.util.Set<Long> keys) {
        TreeSet<Integer> steps = new TreeSet<>();
        keys.forEach(k -> steps.add((int) (k >> 32)));
        return steps;
    }

    private static <K> Map<K, List<HoldTrace>> group(List<HoldTrace> traces, java.util.function.Function<HoldTrace, K> key) {
        Map<K, List<HoldTrace>> m = new TreeMap<>();
        for (HoldTrace t : traces) {
            m.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        }
        return m;
    }

    private static <K> TreeSet<K> union(Map<K, ?> a, Map<K, ?> b) {
        TreeSet<K> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    /** Collects pairs and the holds left over. */
    private static final class Acc {
        final List<Paired> pairs = new ArrayList<>();
        int extraStudent;
        int extraReference;

        void pairUp(List<HoldTrace> a, List<HoldTrace> b, int step, boolean pairable) {
            int n = pairable ? Math.min(a.size(), b.size()) : 0;
            for (int i = 0; i < n; i++) {
                pairs.add(new Paired(a.get(i), b.get(i), step));
            }
            extraStudent += a.size() - n;
            extraReference += b.size() - n;
        }

        HoldPairing done(Matching m, String note, List<Integer> onlyStudent, List<Integer> onlyReference) {
            pairs.sort(Comparator.comparingLong(p -> p.student().hold().holdStartNanos()));
            return new HoldPairing(pairs, m, note, extraStudent, extraReference, onlyStudent, onlyReference);
        }
    }
}
