package org.palpa.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.RecordedEvent.Kind;
import org.palpa.core.sample.Unit;

class HoldPairingTest {
    private static final long S = 1_000_000_000L;

    /** A flat hold of {@code newtons} whose contact runs from {@code startSecond} for 10 s. */
    private static HoldTrace hold(int index, double startSecond, double newtons) {
        long c0 = Math.round(startSecond * S);
        HoldResult h = new HoldResult(0, index, c0, c0 + S, c0 + 9 * S, c0 + 10 * S, 8 * S, 0, newtons, newtons,
                0.01, 20, true, HoldOutcome.MET, Unit.NEWTON);
        long[] t = new long[11];
        double[] v = new double[11];
        for (int i = 0; i <= 10; i++) {
            t[i] = c0 + i * S;
            v[i] = i == 0 || i == 10 ? 0 : newtons;
        }
        return new HoldTrace(h, t, v, List.of(), null);
    }

    /** The events of a plan with one step per {@code [start, end]} pair of seconds. */
    private static List<RecordedEvent> plan(String sha, double... bounds) {
        List<RecordedEvent> e = new ArrayList<>();
        e.add(new RecordedEvent(0, Kind.PLAN_STARTED, null, "plan=neck sha256=" + sha + " steps=2 name=Neck"));
        for (int i = 0; i < bounds.length; i += 2) {
            e.add(new RecordedEvent(Math.round(bounds[i] * S), Kind.STEP_STARTED, null, "step=" + (i / 2 + 1) + " site=x"));
            e.add(new RecordedEvent(Math.round(bounds[i + 1] * S), Kind.STEP_ENDED, null, "step=" + (i / 2 + 1)));
        }
        return e;
    }

    // the instructor: two holds at 40 N in step 1 (0-30 s), two at 60 N in step 2 (30-60 s)
    private static final List<HoldTrace> INSTRUCTOR = List.of(hold(1, 1, 40), hold(2, 15, 40), hold(3, 31, 60), hold(4, 45, 60));
    // the student: 2 N over the instructor, with an extra third hold in step 1 that shifts everything after it in order
    private static final List<HoldTrace> STUDENT = List.of(hold(1, 1, 42), hold(2, 12, 42), hold(3, 24, 42),
            hold(4, 36, 62), hold(5, 48, 62));
    private static final PlanTrack INSTRUCTOR_PLAN = PlanTrack.of(plan("aa", 0, 30, 30, 60), t -> t);
    private static final PlanTrack STUDENT_PLAN = PlanTrack.of(plan("aa", 0, 35, 35, 70), t -> t);

    @Test
    void givenBothFollowedThePlan_whenTheStudentDidAnExtraHoldInStepOne_thenStepMatchingStillPairsStepTwoWithStepTwo() {
        HoldPairing p = HoldPairing.match(STUDENT, STUDENT_PLAN, INSTRUCTOR, INSTRUCTOR_PLAN);

        assertThat(p.matching()).isEqualTo(HoldPairing.Matching.PLAN_STEP);
        assertThat(p.note()).isNull();
        assertThat(p.pairs()).extracting(x -> x.student().hold().index() + ">" + x.reference().hold().index() + "@" + x.step())
                .containsExactly("1>1@1", "2>2@1", "4>3@2", "5>4@2");
        assertThat(p.unmatchedStudent()).isEqualTo(1);
        assertThat(p.unmatchedReference()).isZero();
        ReferenceComparison c = ReferenceComparison.of(p);
        assertThat(c.overall().constantError().force()).isCloseTo(2.0, within(1e-9));
        assertThat(c.overall().variableError().force()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void givenTheSameRecordingsPairedInOrder_thenTheExtraHoldShiftsThePairsAndTheForceErrorIsWrong() {
        ReferenceComparison c = ReferenceComparison.compare(STUDENT, INSTRUCTOR);

        assertThat(c.pairing().matching()).isEqualTo(HoldPairing.Matching.ORDER);
        // the student's third hold (42 N, step 1) meets the instructor's third (60 N, step 2)
        assertThat(c.pairs()).extracting(x -> x.student().hold().index() + ">" + x.reference().hold().index())
                .containsExactly("1>1", "2>2", "3>3", "4>4");
        assertThat(c.overall().constantError().force()).isCloseTo((2 + 2 - 18 + 2) / 4.0, within(1e-9));
        assertThat(c.unmatchedStudent()).isEqualTo(1);
    }

    @Test
    void givenAStepOnlyTheInstructorHeldIn_thenItIsReportedAsOnlyTheInstructors() {
        List<HoldTrace> studentSkippedStepTwo = STUDENT.subList(0, 3);

        HoldPairing p = HoldPairing.match(studentSkippedStepTwo, STUDENT_PLAN, INSTRUCTOR, INSTRUCTOR_PLAN);

        assertThat(p.stepsOnlyReference()).containsExactly(2);
        assertThat(p.stepsOnlyStudent()).isEmpty();
        assertThat(p.unmatchedReference()).isEqualTo(2);
        assertThat(p.pairs()).hasSize(2);
    }

    @Test
    void givenOnlyTheStudentFollowedAPlan_thenHoldsArePairedInOrderAndTheNoteSaysWhy() {
        HoldPairing p = HoldPairing.match(STUDENT, STUDENT_PLAN, INSTRUCTOR, null);

        assertThat(p.matching()).isEqualTo(HoldPairing.Matching.ORDER);
        assertThat(p.note()).isEqualTo("paired in order: only the student's recording followed a plan (neck)");
        assertThat(p.pairs()).hasSize(4);
    }

    @Test
    void givenDifferentVersionsOfOnePlan_thenHoldsArePairedInOrderAndTheNoteSaysSo() {
        PlanTrack other = PlanTrack.of(plan("bb", 0, 30, 30, 60), t -> t);

        HoldPairing p = HoldPairing.match(STUDENT, STUDENT_PLAN, INSTRUCTOR, other);

        assertThat(p.matching()).isEqualTo(HoldPairing.Matching.ORDER);
        assertThat(p.note()).contains("a different version");
    }

    @Test
    void givenAHoldBeforeTheFirstStep_thenItIsInNoStepAndStaysUnpaired() {
        PlanTrack late = PlanTrack.of(plan("aa", 5, 30, 30, 60), t -> t);

        assertThat(late.stepOf(Math.round(1 * 1e9))).isZero();
        HoldPairing p = HoldPairing.match(INSTRUCTOR, late, INSTRUCTOR, INSTRUCTOR_PLAN);
        assertThat(p.unmatchedStudent()).isEqualTo(1);
        assertThat(p.pairs()).extracting(x -> x.student().hold().index()).containsExactly(2, 3, 4);
    }
}
