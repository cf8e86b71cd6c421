package org.palpa.adapter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.palpa.core.ppt.PptProtocol;
import org.palpa.core.ppt.PptResult;
import org.palpa.core.ppt.PressDelay;
import org.palpa.core.ppt.SemSource;
import org.palpa.core.ppt.TrialOutcome;
import org.palpa.core.sample.DeviceInfo;

/** Writes a site's pressure-pain-threshold result as a {@value #SCHEMA} document (see docs/ppt.md). */
public final class PptJson {
    /** The schema name and version written into every document. */
    public static final String SCHEMA = "palpa.ppt/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private PptJson() {
    }

    /**
     * The document for {@code result}.
     *
     * @param sessionId the stored session, or a negative number when not recorded
     * @param sem       the SEM behind the site's MDC95, with its source
     */
    public static ObjectNode document(DeviceInfo device, PptProtocol protocol, PptResult result, long sessionId,
                                      SemSource sem, String endReason) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("schema", SCHEMA);
        doc.put("site", result.site().site().key());
        if (result.site().side() != null) {
            doc.put("side", result.site().side().key());
        } else {
            doc.putNull("side");
        }
        doc.put("device", device.model());
        if (sessionId >= 0) {
            doc.put("session", sessionId);
        } else {
            doc.putNull("session");
        }
        ObjectNode p = doc.putObject("protocol");
        p.put("probeAreaCm2", protocol.probeArea().squareCentimetres());
        p.put("rateKpaPerSecond", protocol.rateKpaPerSecond());
        p.put("rateMinKpaPerSecond", protocol.rateBand().minPerSecond());
        p.put("rateMaxKpaPerSecond", protocol.rateBand().maxPerSecond());
        p.put("trials", protocol.trials());
        p.put("restSeconds", protocol.restMillis() / 1000.0);
        p.put("ceilingKpa", protocol.ceilingKpa());
        ArrayNode trials = doc.putArray("trials");
        for (TrialOutcome t : result.trials()) {
            trials.add(trial(t));
        }
        ObjectNode r = doc.putObject("result");
        r.put("validTrials", result.validCount());
        number(r, "meanKpa", result.meanKpa());
        number(r, "sdKpa", result.sdKpa());
        number(r, "cvPercent", result.cvPercent());
        r.put("text", result.text());
        ObjectNode c = doc.putObject("realChange");
        c.put("semKpa", round(sem.semKpa()));
        c.put("mdc95Kpa", round(sem.mdc95Kpa()));
        c.put("source", sem.clinic() ? "clinic" : "default");
        c.put("citation", sem.citation());
        doc.put("endReason", endReason);
        return doc;
    }

    private static ObjectNode trial(TrialOutcome t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("trial", t.trial());
        switch (t) {
            case TrialOutcome.Measured m -> {
                n.put("thresholdKpa", round(m.thresholdKpa()));
                n.put("valid", m.valid());
                if (m.valid()) {
                    n.putNull("reason");
                } else {
                    n.put("reason", m.invalidReason());
                }
                n.put("rateKpaPerSecond", round(m.rateKpaPerSecond()));
                n.put("residualKpa", round(m.residualKpa()));
                n.set("delay", delay(m.delay()));
            }
            case TrialOutcome.NoThreshold x -> {
                n.putNull("thresholdKpa");
                n.put("valid", false);
                n.put("reason", TrialOutcome.NO_THRESHOLD);
                number(n, "rateKpaPerSecond", x.rateKpaPerSecond());
            }
            case TrialOutcome.Voided v -> {
                n.putNull("thresholdKpa");
                n.put("valid", false);
                n.put("reason", v.reason());
                n.putNull("rateKpaPerSecond");
            }
        }
        return n;
    }

    private static ObjectNode delay(PressDelay d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("path", d.path().toString());
        n.put("pathDelayMillis", round(d.pathDelayMillis()));
        n.put("filterDelayMillis", round(d.filterDelayMillis()));
        n.put("residualMillis", round(d.residualMillis()));
        ArrayNode parts = n.putArray("components");
        for (PressDelay.Component c : d.components()) {
            parts.addObject().put("name", c.name()).put("millis", round(c.millis())).put("residualMillis",
                    round(c.residualMillis()));
        }
        return n;
    }

    private static void number(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, round(v));
        } else {
            n.putNull(field);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Writes {@code document} to {@code out} with a final newline; does not close {@code out}. */
    public static void write(ObjectNode document, OutputStream out) throws IOException {
        MAPPER.writeValue(out, document);
        out.write('\n');
        out.flush();
    }
}
