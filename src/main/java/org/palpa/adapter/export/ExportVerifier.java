package org.palpa.adapter.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.palpa.core.record.ChainEntry;
import org.palpa.core.record.IntegrityChain;
import org.palpa.core.record.LedgerEntry;
import org.palpa.core.record.SessionLedger;
import org.palpa.core.record.SigningKeys;

/**
 * Checks an exported session without the database, as a third party holding only the clinic's
 * public key would: the seal's Ed25519 signature, the genesis hash against the exported metadata
 * text, and, for a JSON export, the whole chain recomputed from the exported items and compared
 * item by item with the readable samples, events and holds beside it.
 */
public final class ExportVerifier {
    private ExportVerifier() {
    }

    /** The outcome: valid or not, and a sentence saying what was checked or what failed. */
    public record Outcome(boolean valid, String summary) {
    }

    /** Checks {@code file} (a JSON export, or a CSV export's {@code .csv.json} sidecar, or the CSV next to one). */
    public static Outcome check(Path file, SigningKeys keys) {
        Path json = file.toString().endsWith(".csv") ? Path.of(file + ".json") : file;
        JsonNode root = read(json);
        JsonNode integrity = root.path("integrity");
        if (!integrity.has("seal") || !integrity.has("metadataText")) {
            throw new IllegalArgumentException(json + ": it carries no seal (not a Palpa export, or one made before "
                    + "exports were signed)");
        }
        if (integrity.get("seal").isNull()) {
            return new Outcome(false, "the session was exported without a seal: it had none in its store's ledger");
        }
        LedgerEntry seal = seal(json, integrity.get("seal"));
        if (!SessionLedger.hashMatches(seal)) {
            return new Outcome(false, "the seal was changed: its hash does not match its fields");
        }
        if (!seal.signed()) {
            return new Outcome(false, "the seal is not signed");
        }
        Optional<String> bad = keys.check(seal.keyFingerprint(), SessionLedger.message(seal), seal.signature());
        if (bad.isPresent()) {
            return new Outcome(false, "the seal is " + bad.get());
        }
        if (!IntegrityChain.sha256(integrity.get("metadataText").asText()).equals(seal.genesisHash())) {
            return new Outcome(false, "the metadata text does not hash to the sealed genesis hash");
        }
        Optional<String> meta = ExportConsistency.metadata(root, integrity.get("metadataText").asText())
                .or(() -> ExportConsistency.closing(root, seal));
        if (meta.isPresent()) {
            return new Outcome(false, meta.get());
        }
        String signed = "session " + seal.sessionId() + ", sealed in ledger entry " + seal.seq() + " at "
                + integrity.get("seal").path("sealedAtUtc").asText() + ", signed by key "
                + SigningKeys.shortForm(seal.keyFingerprint());
        if (!root.has("chain")) {
            return new Outcome(true, "the seal is valid (" + signed + ", head " + seal.chainHead().substring(0, 16)
                    + "..., " + seal.chainLength() + " items); this file carries the seal but not the chain, so its "
                    + "samples are not checked: export the session as json to check them");
        }
        Optional<String> chain = chain(root, seal);
        if (chain.isPresent()) {
            return new Outcome(false, chain.get());
        }
        return new Outcome(true, seal.chainLength() + " chain items recomputed from the exported samples, events and "
                + "holds match the signed head " + seal.chainHead().substring(0, 16) + "... (" + signed + ")");
    }

    private static Optional<String> chain(JsonNode root, LedgerEntry seal) {
        String head = seal.genesisHash();
        long count = 0;
        ExportConsistency readable = new ExportConsistency(root);
        for (JsonNode n : root.get("chain")) {
            ChainEntry e;
            try {
                e = ChainJson.read(n);
            } catch (IllegalArgumentException ex) {
                return Optional.of("chain entry " + (count + 1) + " cannot be read: " + ex.getMessage());
            }
            if (e.seq() != count + 1) {
                return Optional.of("chain entries " + (count + 1) + " to " + (e.seq() - 1) + " are missing");
            }
            head = IntegrityChain.link(head, e.item());
            if (!head.equals(e.hash())) {
                return Optional.of(e.describe() + " (chain item " + e.seq() + ") was changed");
            }
            Optional<String> differs = readable.compare(e);
            if (differs.isPresent()) {
                return differs;
            }
            count++;
        }
        if (count != seal.chainLength() || !head.equals(seal.chainHead())) {
            return Optional.of("the exported chain (" + count + " items) does not end at the signed head ("
                    + seal.chainLength() + " items): items were removed or added");
        }
        return readable.leftOver();
    }

    private static LedgerEntry seal(Path file, JsonNode s) {
        try {
            return new LedgerEntry(ChainJson.need(s, "ledgerEntry").asLong(), ChainJson.need(s, "previousHash").asText(),
                    LedgerEntry.Kind.valueOf(ChainJson.need(s, "kind").asText()), ChainJson.need(s, "session").asLong(),
                    ChainJson.need(s, "genesis").asText(), ChainJson.need(s, "items").asLong(),
                    ChainJson.need(s, "head").asText(), ChainJson.need(s, "closingHash").asText(),
                    ChainJson.need(s, "sealedAt").asLong(),
                    s.path("keyFingerprint").isNull() ? null : s.path("keyFingerprint").asText(null),
                    ChainJson.need(s, "hash").asText(),
                    s.path("signature").isNull() ? null : s.path("signature").asText(null),
                    s.path("replacedHead").isNull() ? null : s.path("replacedHead").asText(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": integrity.seal: " + e.getMessage());
        }
    }

    private static JsonNode read(Path file) {
        try {
            return SessionMetadataJson.MAPPER.readTree(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("cannot read " + file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
