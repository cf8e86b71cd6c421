package org.palpa.app.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.palpa.app.analysis.TraceAnalysis;
import org.palpa.app.live.SessionSettings;
import org.palpa.core.assess.AssessmentRules;
import org.palpa.core.assess.ReferenceComparison;
import org.palpa.core.hold.Target;
import org.palpa.core.sample.DeviceInfo;
import org.palpa.core.sample.Frame;
import org.palpa.core.sample.Quantity;
import org.palpa.core.sample.ProbeArea;
import org.palpa.core.sim.SimulatedDeviceSpec;
import org.palpa.core.sim.TherapistTrace;

class ReferenceOffsetTest {
    private static final SimulatedDeviceSpec SPEC = SimulatedDeviceSpec.algometer();
    private static final int FRAMES = (int) (150 * SPEC.rateHz());

    /** The simulated therapist of seed 7, with {@code offsetNewtons} added while the probe is loaded. */
    private static TraceAnalysis.FrameSource therapist(double offsetNewtons) {
        return sink -> {
            TherapistTrace trace = new TherapistTrace(SPEC, 7);
            double[] v = new double[1];
            for (int i = 0; i < FRAMES; i++) {
                trace.next(v);
                double value = v[0] > 5 ? v[0] + offsetNewtons : v[0];
                sink.accept(new Frame(Math.round(i * 1e9 / SPEC.rateHz()), i, v.length == 1 ? new double[] {value} : v));
            }
        };
    }

    @Test
    void givenTwoSimulatedTherapistsThreeNewtonsApart_thenTheComparisonRecoversTheOffsetWithinHalfANewton() {
        DeviceInfo device = SPEC.deviceInfo(7);
        Target target = Target.around(Quantity.parse("40N"), "25%", 10_000, ProbeArea.ALGOMETER_TIP);
        SessionSettings settings = SessionSettings.of(target, 0);
        Assessor assessor = new Assessor(AssessmentRules.STANDARD);
        AssessedRecording instructor = assessor.trace("instructor", device, therapist(0), settings);
        AssessedRecording student = assessor.trace("student", device, therapist(3.0), settings);

        ReferenceComparison c = Assessor.compare(student, instructor);

        assertThat(c.pairs()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(c.overall().constantError().force()).isCloseTo(3.0, within(0.5));
        assertThat(c.overall().absoluteError().force()).isCloseTo(3.0, within(0.5));
        assertThat(c.overall().variableError().force()).isLessThan(0.5);
        // warping may slide the ramps and releases past each other, so the shape distance is at most the offset
        assertThat(c.meanShapeDistance()).isPositive().isLessThan(3.5);
    }
}
