package org.palpa.adapter.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.SessionLedger;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SampleChunk;

/**
 * Checks that the readable part of a JSON export (metadata, samples, holds, events) says exactly
 * what the signed chain items beside it say, so an edit to a readable value is caught even when
 * the chain section was left alone.
 */
final class ExportConsistency {
    private final JsonNode samples;
    private final JsonNode holds;
    private final JsonNode events;
    private int sample;
    private int hold;
    private int event;

    ExportConsistency(JsonNode root) {
        this.samples = root.path("samples");
        this.holds = root.path("holds");
        this.events = root.path("events");
    }

    /** Compares the readable metadata with the first fields of the signed metadata text. */
    static Optional<String> metadata(JsonNode root, String text) {
        List<String> f = fields(text);
        if (f.size() < 5) {
            return Optional.of("the metadata text cannot be read");
        }
        long started;
        try {
            started = Instant.parse(root.path("startedAt").asText()).toEpochMilli();
        } catch (RuntimeException e) {
            return Optional.of("startedAt is not a time");
        }
        String[] names = {"client code", "therapist", "site", "notes", "start time"};
        String[] shown = {root.path("client").path("code").asText(null), root.path("therapist").asText(null),
                root.path("site").asText(null), root.path("notes").asText(null), Long.toString(started)};
        for (int i = 0; i < names.length; i++) {
            if (!java.util.Objects.equals(f.get(i), shown[i])) {
                return Optional.of("the " + names[i] + " shown ('" + shown[i] + "') differs from the signed metadata");
            }
        }
        return Optional.empty();
    }

    /** Compares the readable status, end, end reason and counts with the seal's closing hash. */
    static Optional<String> closing(JsonNode root, LedgerEntry seal) {
        Long ended;
        try {
            ended = root.path("endedAt").isTextual() ? Instant.parse(root.get("endedAt").asText()).toEpochMilli() : null;
        } catch (RuntimeException e) {
            return Optional.of("endedAt is not a time");
        }
        String text = SessionLedger.closingText(root.path("status").asText(null), ended,
                root.path("endReason").isTextual() ? root.get("endReason").asText() : null, root.path("frames").asLong(),
                root.path("lostFrames").asLong());
        return IntegrityChain.sha256(text).equals(seal.closingHash()) ? Optional.empty()
                : Optional.of("the status, end time, end reason or frame counts shown differ from the signed seal");
    }

    /** Compares one chain item with the next readable sample rows, hold or event. */
    Optional<String> compare(ChainEntry e) {
        switch (e.item()) {
            case ChainEntry.Chunk(SampleChunk k) -> {
                for (int i = 0; i < k.frameCount(); i++, sample++) {
                    JsonNode s = samples.path(sample);
                    if (s.isMissingNode() || s.path("sequence").asLong() != k.sequence(i)) {
                        return Optional.of("sample " + (sample + 1) + " is missing or out of place (chunk " + k.index() + ")");
                    }
                    for (int c = 0; c < k.channelCount(); c++) {
                        if (s.path("raw").path(c).asDouble() != k.raw(i, c)
                                || (float) s.path("calibratedN").path(c).asDouble() != (float) k.calibratedNewtons(i, c)) {
                            return Optional.of("sample " + (sample + 1) + " (sequence " + k.sequence(i)
                                    + ") differs from the signed chunk " + k.index());
                        }
                    }
                }
            }
            case ChainEntry.Hold(HoldResult h) -> {
                JsonNode x = holds.path(hold++);
                if (x.path("channel").asInt(-1) != h.channel() || x.path("index").asInt(-1) != h.index()
                        || !h.outcome().name().equals(x.path("outcome").asText()) || x.path("mean").asDouble() != h.mean()
                        || x.path("peak").asDouble() != h.peak()) {
                    return Optional.of("hold " + hold + " in the holds list differs from the signed hold " + h.index()
                            + " on channel " + h.channel());
                }
            }
            case ChainEntry.Event(RecordedEvent ev) -> {
                JsonNode x = events.path(event++);
                boolean value = ev.value() == null ? !x.has("value") : x.path("value").asDouble() == ev.value();
                if (!ev.kind().name().equals(x.path("kind").asText()) || !ev.detail().equals(x.path("detail").asText())
                        || !value || ev.addedLater() != x.path("addedLater").asBoolean(false)) {
                    return Optional.of("event " + event + " in the events list differs from the signed "
                            + ev.kind() + " event");
                }
            }
        }
        return Optional.empty();
    }

    /** Readable rows the chain does not cover. */
    Optional<String> leftOver() {
        if (sample < samples.size() || hold < holds.size() || event < events.size()) {
            return Optional.of("the file lists " + (samples.size() - sample) + " sample(s), " + (holds.size() - hold)
                    + " hold(s) and " + (events.size() - event) + " event(s) that the signed chain does not hold");
        }
        return Optional.empty();
    }

    private static List<String> fields(String text) {
        List<String> out = new ArrayList<>();
        int i = text.indexOf('|');
        while (i >= 0 && i < text.length()) {
            if (text.startsWith("|-", i)) {
                out.add(null);
                i += 2;
                continue;
            }
            int colon = text.indexOf(':', i);
            if (colon < 0) {
                break;
            }
            int len = Integer.parseInt(text.substring(i + 1, colon));
            out.add(text.substring(colon + 1, colon + 1 + len));
            i = colon + 1 + len;
        }
        return out;
    }
}
