package org.palpa.core.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.palpa.core.hold.HoldResult;
import org.palpa.core.hold.TargetPlanText;
import org.palpa.core.sample.Channel;

/**
 * The SHA-256 hash chain that makes a session's record tamper-evident. The chain starts with a
 * hash of the metadata; each chunk, event and hold then hashes the previous hash together with
 * its own content. Changing, removing or reordering any item changes every hash after it, so the
 * last hash, the chain head, fingerprints the whole session. The canonical content of each item
 * is built here and nowhere else, for writing and for checking alike.
 *
 * <p>Text fields are written with their length in front, so no choice of text can make two
 * different items read the same. Numbers use Java's shortest round-trip decimal form.
 */
public final class IntegrityChain {
    private IntegrityChain() {
    }

    /** The hash that starts a session's chain: SHA-256 of the metadata (without the display name). */
    public static String genesis(SessionMeta m) {
        return sha256(metadataText(m));
    }

    /**
     * The canonical text of the metadata whose SHA-256 is the genesis hash. Exports carry it, so a
     * third party can recompute the genesis hash without the database.
     */
    public static String metadataText(SessionMeta m) {
        StringBuilder sb = new StringBuilder("palpa.meta/1");
        field(sb, m.clientCode()).field(sb, m.therapist()).field(sb, m.site()).field(sb, m.notes());
        field(sb, m.startedAtEpochMillis()).field(sb, m.source());
        field(sb, m.device().model()).field(sb, m.device().serialNumber()).field(sb, m.device().firmwareVersion());
        field(sb, m.device().nominalRateHz());
        for (Channel c : m.device().channels()) {
            field(sb, c.id()).field(sb, c.label()).field(sb, c.unit().name());
        }
        field(sb, m.calibrationProfile()).field(sb, m.calibrationHash()).field(sb, m.calibrationQuality());
        field(sb, m.target().min()).field(sb, m.target().max()).field(sb, m.target().unit().name());
        field(sb, m.target().holdMillis()).field(sb, m.target().rampRate().minPerSecond());
        field(sb, m.target().rampRate().maxPerSecond()).field(sb, m.filter()).field(sb, m.probeAreaCm2());
        if (!m.targets().isUniform()) {
            // only per-channel plans add a field, so sessions recorded before them keep their hashes
            field(sb, "targets").field(sb, TargetPlanText.format(m.targets()));
        }
        return sb.toString();
    }

    /** Hex SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        return hex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The hash after {@code item}, given the hash before it. */
    public static String link(String previousHash, ChainEntry.Item item) {
        MessageDigest d = digest();
        d.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        switch (item) {
            case ChainEntry.Chunk c -> {
                SampleChunk k = c.chunk();
                StringBuilder sb = new StringBuilder("chunk");
                field(sb, k.index()).field(sb, k.firstTimestampNanos()).field(sb, k.frameCount()).field(sb, k.channelCount());
                d.update(sb.toString().getBytes(StandardCharsets.UTF_8));
                d.update(k.data());
            }
            case ChainEntry.Event e -> {
                RecordedEvent ev = e.event();
                StringBuilder sb = new StringBuilder("event");
                field(sb, ev.timestampNanos()).field(sb, ev.kind().name()).field(sb, ev.value() == null ? null : ev.value().toString())
                        .field(sb, ev.detail());
                if (ev.addedLater()) {
                    // only notes added later carry these fields, so events recorded before keep their hashes
                    field(sb, "added").field(sb, ev.addedAtEpochMillis()).field(sb, ev.addedBy());
                }
                d.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
            case ChainEntry.Hold h -> d.update(holdText(h.hold()).getBytes(StandardCharsets.UTF_8));
        }
        return hex(d.digest());
    }

    private static String holdText(HoldResult h) {
        StringBuilder sb = new StringBuilder("hold");
        field(sb, h.channel()).field(sb, h.index()).field(sb, h.contactStartNanos()).field(sb, h.holdStartNanos())
                .field(sb, h.holdEndNanos()).field(sb, h.contactEndNanos()).field(sb, h.timeInBandNanos())
                .field(sb, h.timeOverNanos()).field(sb, h.mean()).field(sb, h.peak())
                .field(sb, h.coefficientOfVariation()).field(sb, h.rampRatePerSecond())
                .field(sb, Boolean.toString(h.rampRateInBand())).field(sb, h.outcome().name()).field(sb, h.unit().name());
        return sb.toString();
    }

    private static final Fields FIELDS = new Fields();

    /** Appends length-prefixed fields; a tiny fluent helper so the canonical forms read as lists. */
    private static final class Fields {
        Fields field(StringBuilder sb, String s) {
            if (s == null) {
                sb.append("|-");
            } else {
                sb.append('|').append(s.length()).append(':').append(s);
            }
            return this;
        }

        Fields field(StringBuilder sb, long v) {
            return field(sb, Long.toString(v));
        }

        Fields field(StringBuilder sb, double v) {
            return field(sb, Double.toString(v));
        }
    }

    private static Fields field(StringBuilder sb, String s) {
        return FIELDS.field(sb, s);
    }

    private static Fields field(StringBuilder sb, long v) {
        return FIELDS.field(sb, v);
    }

    private static Fields field(StringBuilder sb, double v) {
        return FIELDS.field(sb, v);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
