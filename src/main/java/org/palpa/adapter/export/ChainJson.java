package org.palpa.adapter.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Base64;
import org.palpa.core.hold.HoldOutcome;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SampleChunk;
import org.palpa.core.sample.Unit;

/**
 * A session's chain entries in a JSON export, exactly as stored: each with its place, its hash and
 * the item's canonical content (a chunk's sample blob in base64, an event's and a hold's fields
 * with times in device nanoseconds). Numbers are written in the shortest form that reads back to
 * the same double, so the chain recomputes from the file alone.
 */
final class ChainJson {
    private ChainJson() {
    }

    static void write(JsonGenerator g, ChainEntry e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("seq", e.seq());
        g.writeStringField("hash", e.hash());
        switch (e.item()) {
            case ChainEntry.Chunk(SampleChunk k) -> {
                g.writeObjectFieldStart("chunk");
                g.writeNumberField("index", k.index());
                g.writeNumberField("firstTimestampNs", k.firstTimestampNanos());
                g.writeNumberField("frameCount", k.frameCount());
                g.writeNumberField("channelCount", k.channelCount());
                g.writeStringField("data", Base64.getEncoder().encodeToString(k.data()));
            }
            case ChainEntry.Event(RecordedEvent ev) -> {
                g.writeObjectFieldStart("event");
                g.writeNumberField("timestampNs", ev.timestampNanos());
                g.writeStringField("kind", ev.kind().name());
                if (ev.value() != null) {
                    g.writeNumberField("value", ev.value());
                }
                g.writeStringField("detail", ev.detail());
                if (ev.addedLater()) {
                    g.writeNumberField("addedAt", ev.addedAtEpochMillis());
                    g.writeStringField("addedBy", ev.addedBy());
                }
            }
            case ChainEntry.Hold(HoldResult h) -> {
                g.writeObjectFieldStart("hold");
                g.writeNumberField("channel", h.channel());
                g.writeNumberField("index", h.index());
                g.writeNumberField("contactStartNs", h.contactStartNanos());
                g.writeNumberField("holdStartNs", h.holdStartNanos());
                g.writeNumberField("holdEndNs", h.holdEndNanos());
                g.writeNumberField("contactEndNs", h.contactEndNanos());
                g.writeNumberField("timeInBandNs", h.timeInBandNanos());
                g.writeNumberField("timeOverNs", h.timeOverNanos());
                g.writeNumberField("mean", h.mean());
                g.writeNumberField("peak", h.peak());
                g.writeNumberField("cv", h.coefficientOfVariation());
                g.writeNumberField("rampRatePerSecond", h.rampRatePerSecond());
                g.writeBooleanField("rampRateInBand", h.rampRateInBand());
                g.writeStringField("outcome", h.outcome().name());
                g.writeStringField("unit", h.unit().recordName());
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Reads an entry back; throws IllegalArgumentException naming what is wrong. */
    static ChainEntry read(JsonNode n) {
        long seq = need(n, "seq").asLong();
        String hash = need(n, "hash").asText();
        ChainEntry.Item item;
        if (n.has("chunk")) {
            JsonNode k = n.get("chunk");
            item = new ChainEntry.Chunk(new SampleChunk(need(k, "index").asInt(), need(k, "firstTimestampNs").asLong(),
                    need(k, "frameCount").asInt(), need(k, "channelCount").asInt(),
                    Base64.getDecoder().decode(need(k, "data").asText())));
        } else if (n.has("event")) {
            JsonNode e = n.get("event");
            Double value = e.hasNonNull("value") ? e.get("value").asDouble() : null;
            item = new ChainEntry.Event(new RecordedEvent(need(e, "timestampNs").asLong(),
                    RecordedEvent.Kind.valueOf(need(e, "kind").asText()), value, need(e, "detail").asText(),
                    e.hasNonNull("addedAt") ? e.get("addedAt").asLong() : null,
                    e.hasNonNull("addedBy") ? e.get("addedBy").asText() : null));
        } else if (n.has("hold")) {
            JsonNode h = n.get("hold");
            item = new ChainEntry.Hold(new HoldResult(need(h, "channel").asInt(), need(h, "index").asInt(),
                    need(h, "contactStartNs").asLong(), need(h, "holdStartNs").asLong(), need(h, "holdEndNs").asLong(),
                    need(h, "contactEndNs").asLong(), need(h, "timeInBandNs").asLong(), need(h, "timeOverNs").asLong(),
                    need(h, "mean").asDouble(), need(h, "peak").asDouble(), need(h, "cv").asDouble(),
                    need(h, "rampRatePerSecond").asDouble(), need(h, "rampRateInBand").asBoolean(),
                    HoldOutcome.valueOf(need(h, "outcome").asText()), Unit.fromRecordName(need(h, "unit").asText())));
        } else {
            throw new IllegalArgumentException("chain entry " + seq + " is neither a chunk, an event nor a hold");
        }
        return new ChainEntry(seq, hash, item);
    }

    static JsonNode need(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return v;
    }
}
