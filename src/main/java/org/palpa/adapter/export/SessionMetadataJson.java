package org.palpa.adapter.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.RecordedEvent;
import org.palpa.core.record.SessionMeta;
import org.palpa.core.record.StoredSession;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.sample.Channel;

/**
 * The metadata of a session as JSON (schema {@code palpa.session/1}, see docs/records.md): who,
 * when, device, calibration, target, holds, events and the integrity chain head. The client's
 * display name is included only when asked for.
 */
public final class SessionMetadataJson {
    /** The schema name written into every document. */
    public static final String SCHEMA = "palpa.session/1";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private SessionMetadataJson() {
    }

    /**
     * Builds the metadata document.
     *
     * @param originNanos the device timestamp of the first frame; times in the document are seconds from it
     */
    public static ObjectNode build(StoredSession s, List<HoldResult> holds, List<RecordedEvent> events, long originNanos,
                                   boolean includeName) {
        SessionMeta m = s.meta();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("session", s.id());
        root.put("status", s.status().code());
        ObjectNode client = root.putObject("client");
        client.put("code", m.clientCode());
        if (includeName && m.clientDisplayName() != null) {
            client.put("name", m.clientDisplayName());
        }
        root.put("therapist", m.therapist());
        root.put("site", m.site());
        root.put("notes", m.notes());
        root.put("startedAt", Instant.ofEpochMilli(m.startedAtEpochMillis()).toString());
        root.put("endedAt", s.endedAtEpochMillis() == null ? null : Instant.ofEpochMilli(s.endedAtEpochMillis()).toString());
        root.put("endReason", s.endReason());
        root.put("source", m.source());
        ObjectNode device = root.putObject("device");
        device.put("model", m.device().model());
        device.put("serial", m.device().serialNumber());
        device.put("firmware", m.device().firmwareVersion());
        device.put("rateHz", m.device().nominalRateHz());
        ArrayNode channels = device.putArray("channels");
        for (Channel c : m.device().channels()) {
            channels.addObject().put("id", c.id()).put("label", c.label()).put("rawUnit", c.unit().symbol());
        }
        ObjectNode cal = root.putObject("calibration");
        cal.put("profile", m.calibrationProfile());
        cal.put("sha256", m.calibrationHash());
        cal.put("quality", m.calibrationQuality());
        ObjectNode t = root.putObject("target");
        t.put("min", m.target().min()).put("max", m.target().max()).put("unit", m.target().unit().symbol())
                .put("holdSeconds", m.target().holdMillis() / 1000.0);
        ArrayNode targets = root.putArray("targets");
        for (Channel c : m.device().channels()) {
            ObjectNode o = targets.addObject().put("channel", c.id()).put("label", c.label());
            m.targets().targetFor(c.label()).ifPresentOrElse(
                    own -> o.put("tracked", true).put("min", own.min()).put("max", own.max())
                            .put("unit", own.unit().symbol()).put("holdSeconds", own.holdMillis() / 1000.0),
                    () -> o.put("tracked", false).putNull("min").putNull("max"));
        }
        root.put("filter", m.filter());
        root.put("probeAreaCm2", m.probeAreaCm2());
        root.put("frames", s.frameCount());
        root.put("lostFrames", s.lostFrames());
        ArrayNode h = root.putArray("holds");
        for (HoldResult x : holds) {
            h.addObject().put("channel", x.channel()).put("label", m.device().channels().get(x.channel()).label())
                    .put("index", x.index()).put("start", seconds(x.holdStartNanos(), originNanos))
                    .put("end", seconds(x.holdEndNanos(), originNanos)).put("timeInBand", x.timeInBandSeconds())
                    .put("timeOver", x.timeOverSeconds()).put("mean", x.mean()).put("peak", x.peak())
                    .put("cv", x.coefficientOfVariation()).put("rampRatePerSecond", x.rampRatePerSecond())
                    .put("rampRateInBand", x.rampRateInBand()).put("outcome", x.outcome().name()).put("unit", x.unit().symbol());
        }
        ArrayNode e = root.putArray("events");
        for (RecordedEvent x : events) {
            ObjectNode o = e.addObject().put("time", seconds(x.timestampNanos(), originNanos)).put("kind", x.kind().name());
            if (x.value() != null) {
                o.put("value", x.value());
            }
            o.put("detail", x.detail());
            if (x.addedLater()) {
                o.put("addedLater", true).put("addedAt", Instant.ofEpochMilli(x.addedAtEpochMillis()).toString())
                        .put("addedBy", x.addedBy());
            }
        }
        ObjectNode chain = root.putObject("integrity");
        chain.put("algorithm", "SHA-256 chain, see docs/records.md");
        chain.put("items", s.chainLength());
        chain.put("head", s.chainHead());
        return root;
    }

    /**
     * Adds what a third party needs to check the export without the database: the genesis hash and
     * the canonical metadata text it hashes, and the session's seal from the store's ledger with
     * its Ed25519 signature and the signing key's fingerprint (see {@code palpa sessions verify-export}).
     */
    public static ObjectNode withSeal(ObjectNode root, StoredSession s, java.util.Optional<LedgerEntry> seal) {
        ObjectNode chain = (ObjectNode) root.get("integrity");
        chain.put("genesis", s.genesisHash());
        chain.put("metadataText", IntegrityChain.metadataText(s.meta()));
        if (seal.isEmpty()) {
            chain.putNull("seal");
            return root;
        }
        LedgerEntry e = seal.get();
        ObjectNode o = chain.putObject("seal");
        o.put("ledgerEntry", e.seq()).put("previousHash", e.previousHash()).put("kind", e.kind().name())
                .put("session", e.sessionId()).put("genesis", e.genesisHash()).put("items", e.chainLength())
                .put("head", e.chainHead()).put("closingHash", e.closingHash()).put("sealedAt", e.atEpochMillis())
                .put("sealedAtUtc", Instant.ofEpochMilli(e.atEpochMillis()).toString())
                .put("keyFingerprint", e.keyFingerprint()).put("hash", e.hash()).put("signature", e.signature())
                .put("signatureAlgorithm", "Ed25519 over the canonical ledger text, see docs/records.md");
        if (e.replacedHead() != null) {
            o.put("replacedHead", e.replacedHead());
        }
        return root;
    }

    static double seconds(long nanos, long originNanos) {
        return (nanos - originNanos) / 1e9;
    }
}
