package org.palpa.adapter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.Target;
import org.palpa.core.hold.TargetPlan;
import org.palpa.core.sample.DeviceInfo;

/**
 * Writes holds in the stable {@code palpa.holds/1} JSON schema documented in
 * {@code docs/holds-json.md}. Times are in seconds on the input's own time axis.
 */
public final class HoldsJson {
    /** The schema name and version written into every document. */
    public static final String SCHEMA = "palpa.holds/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private HoldsJson() {
    }

    /** Builds the document for a session that judged every channel against {@code target}. */
    public static ObjectNode document(String source, DeviceInfo device, Target target, String filter,
                                      double filterDelayMillis, List<HoldResult> holds) {
        return document(source, device, TargetPlan.uniform(target), filter, filterDelayMillis, holds);
    }

    /**
     * Builds the document. {@code target} holds the plan's primary target, as in every
     * {@code palpa.holds/1} document; {@code targets} gives each channel's own band, or null for a
     * channel that was only displayed.
     */
    public static ObjectNode document(String source, DeviceInfo device, TargetPlan plan, String filter,
                                      double filterDelayMillis, List<HoldResult> holds) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("source", source);
        band(root.putObject("target"), plan.primary());
        root.put("filter", filter);
        root.put("filterDelayMs", round(filterDelayMillis, 3));
        root.put("sampleRateHz", round(device.nominalRateHz(), 6));
        ArrayNode channels = root.putArray("channels");
        device.channels().forEach(c -> channels.addObject().put("id", c.id()).put("label", c.label()));
        ArrayNode targets = root.putArray("targets");
        device.channels().forEach(c -> {
            ObjectNode o = targets.addObject().put("channel", c.id()).put("label", c.label());
            plan.targetFor(c.label()).ifPresentOrElse(t -> band(o.put("tracked", true), t),
                    () -> o.put("tracked", false).putNull("min").putNull("max"));
        });
        ArrayNode list = root.putArray("holds");
        for (HoldResult h : holds) {
            ObjectNode o = list.addObject();
            o.put("channel", h.channel());
            o.put("label", device.channels().get(h.channel()).label());
            o.put("index", h.index());
            o.put("contactStart", seconds(h.contactStartNanos()));
            o.put("start", seconds(h.holdStartNanos()));
            o.put("end", seconds(h.holdEndNanos()));
            o.put("contactEnd", seconds(h.contactEndNanos()));
            o.put("duration", round(h.durationSeconds(), 6));
            o.put("timeInBand", round(h.timeInBandSeconds(), 6));
            o.put("timeOver", round(h.timeOverSeconds(), 6));
            o.put("mean", round(h.mean(), 6));
            o.put("peak", round(h.peak(), 6));
            o.put("cv", round(h.coefficientOfVariation(), 6));
            o.put("rampRate", round(h.rampRatePerSecond(), 6));
            o.put("rampRateInBand", h.rampRateInBand());
            o.put("outcome", h.outcome().name());
        }
        ObjectNode summary = root.putObject("summary");
        org.palpa.core.hold.HoldTally tally = org.palpa.core.hold.HoldTally.of(holds);
        summary.put("holds", holds.size());
        summary.put("met", tally.met());
        summary.put("finished", tally.finished());
        summary.put("cutOff", tally.cutOff());
        summary.put("percentMet", round(tally.percentMet(), 2));
        return root;
    }

    private static void band(ObjectNode t, Target target) {
        t.put("min", target.min());
        t.put("max", target.max());
        t.put("unit", target.unit().symbol());
        t.put("holdSeconds", target.holdMillis() / 1000.0);
        if (!target.rampRate().isAny()) {
            ObjectNode r = t.putObject("rampRate");
            r.put("min", target.rampRate().minPerSecond());
            r.put("max", target.rampRate().maxPerSecond());
        } else {
            t.putNull("rampRate");
        }
    }

    /** Writes the document to {@code out}, followed by a newline; does not close the stream. */
    public static void write(ObjectNode document, OutputStream out) throws IOException {
        MAPPER.writeValue(out, document);
        out.write('\n');
        out.flush();
    }

    private static double seconds(long nanos) {
        return round(nanos / 1e9, 9);
    }

    private static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }
}
