package org.palpa.adapter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.palpa.app.assess.AssessedRecording;
import org.palpa.core.assess.Assessment;
import org.palpa.core.assess.ErrorSummary;
import org.palpa.core.assess.Errors;
import org.palpa.core.assess.HoldScore;
import org.palpa.core.assess.ReferenceComparison;
import org.palpa.core.assess.SubScore;

/** Writes a technique score in the {@code palpa.assessment/1} JSON schema documented in docs/assessment.md. */
public final class AssessmentJson {
    /** The schema name and version written into every document. */
    public static final String SCHEMA = "palpa.assessment/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private AssessmentJson() {
    }

    /** The document of {@code recording}, with the comparison with an instructor's when {@code reference} is not null. */
    public static ObjectNode document(AssessedRecording recording, ReferenceComparison reference, String referenceName) {
        Assessment a = recording.assessment();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("source", recording.name());
        if (recording.sessionId() >= 0) {
            root.put("session", recording.sessionId());
        }
        root.put("student", recording.trainee() == null ? null : recording.trainee().studentCode());
        root.put("class", recording.trainee() == null ? null : recording.trainee().className());
        root.put("unit", recording.captured().targetOf(0).unit().symbol());
        if (recording.captured().plan() != null) {
            root.put("plan", recording.captured().plan().id()); // each hold was scored against its step's band
        }
        root.put("total", round(a.total()));
        root.put("passMark", a.passMark());
        root.put("passed", a.passed());
        subscores(root.putObject("subscores"), a.subscores());
        ObjectNode feedback = root.putObject("feedback");
        for (boolean shown : new boolean[] {true, false}) {
            ObjectNode f = feedback.putObject(shown ? "shown" : "hidden");
            f.put("holds", a.holdsWithFeedback(shown));
            a.totalWithFeedback(shown).ifPresentOrElse(t -> f.put("total", round(t)), () -> f.putNull("total"));
        }
        ArrayNode holds = root.putArray("holds");
        for (HoldScore h : a.holds()) {
            ObjectNode o = holds.addObject();
            o.put("channel", h.hold().channel());
            o.put("label", recording.captured().device().channels().get(h.hold().channel()).label());
            o.put("index", h.hold().index());
            o.put("start", round(h.hold().holdStartNanos() / 1e9));
            o.put("end", round(h.hold().holdEndNanos() / 1e9));
            o.put("outcome", h.hold().outcome().name());
            if (h.feedbackShown() == null) {
                o.putNull("feedbackShown");
            } else {
                o.put("feedbackShown", h.feedbackShown());
            }
            o.put("total", round(h.total()));
            o.put("bandCredit", round(h.bandCredit()));
            subscores(o.putObject("subscores"), h.subscores());
        }
        if (reference != null) {
            reference(root.putObject("reference"), reference, referenceName);
        }
        return root;
    }

    private static void reference(ObjectNode r, ReferenceComparison c, String name) {
        r.put("source", name);
        r.put("pairs", c.pairs().size());
        r.put("unmatchedStudent", c.unmatchedStudent());
        r.put("unmatchedReference", c.unmatchedReference());
        r.put("matching", c.pairing().matching().key());
        if (c.pairing().note() != null) {
            r.put("matchingNote", c.pairing().note());
        }
        if (c.pairing().matching() == org.palpa.core.assess.HoldPairing.Matching.PLAN_STEP) {
            c.pairing().stepsOnlyStudent().forEach(r.putArray("stepsOnlyStudent")::add);
            c.pairing().stepsOnlyReference().forEach(r.putArray("stepsOnlyReference")::add);
        }
        errors(r, c.overall());
        put(r, "shapeDistance", c.meanShapeDistance());
        ArrayNode holds = r.putArray("holds");
        for (ReferenceComparison.Pair p : c.pairs()) {
            ObjectNode o = holds.addObject();
            o.put("channel", p.student().hold().channel());
            o.put("studentHold", p.student().hold().index());
            o.put("referenceHold", p.reference().hold().index());
            if (p.step() > 0) {
                o.put("step", p.step());
            }
            errors(o, p.errors());
            o.put("shapeDistance", round(p.shapeDistance()));
        }
    }

    private static void errors(ObjectNode o, ErrorSummary e) {
        triple(o.putObject("constantError"), e.constantError());
        triple(o.putObject("absoluteError"), e.absoluteError());
        triple(o.putObject("variableError"), e.variableError());
    }

    private static void triple(ObjectNode o, Errors e) {
        put(o, "force", e.force());
        put(o, "duration", e.duration());
        put(o, "rampRate", e.rampRate());
    }

    private static void put(ObjectNode o, String key, Double v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, round(v));
        }
    }

    private static void subscores(ObjectNode o, Map<SubScore, Double> s) {
        for (SubScore k : SubScore.values()) {
            if (s.containsKey(k)) {
                o.put(k.key(), round(s.get(k)));
            }
        }
    }

    /** Writes the document to {@code out}, followed by a newline; does not close the stream. */
    public static void write(ObjectNode document, OutputStream out) throws IOException {
        MAPPER.writeValue(out, document);
        out.write('\n');
        out.flush();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
