package org.palpa.cli.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpa.cli.CliRunner;
import org.palpa.cli.Main;

/** Item 4 of issue 10: records are signed with the installation's Ed25519 key, and exports can be checked without the database. */
class SignedRecordsTest {
    @TempDir
    Path dir;
    Path data;
    Path publicKey;
    String fingerprint;

    @BeforeEach
    void recordAndTakeThePublicKey() throws Exception {
        data = dir.resolve("data");
        assertThat(CliRunner.run("demo", "--speed", "max", "--duration", "8s", "--plain", "--client", "C-0042",
                "--data-dir", data.toString()).exitCode()).isZero();
        publicKey = dir.resolve("clinic.pub");
        CliRunner.Result key = CliRunner.run("sessions", "key", "-o", publicKey.toString(), "--data-dir", data.toString());
        assertThat(key.exitCode()).isZero();
        String pem = Files.readString(publicKey);
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        assertThat(key.out()).contains("Fingerprint (SHA-256 of the key): " + fingerprint);
    }

    @Test
    void thePrivateKeyIsOwnerOnlyAndVerifyNamesTheKeyThatSigned() throws Exception {
        Path priv = data.resolve("keys/palpa-signing.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv))).isEqualTo("rw-------");
        assertThat(Files.readString(priv)).startsWith("-----BEGIN PRIVATE KEY-----");
        CliRunner.Result r = CliRunner.run("sessions", "verify", "1", "--data-dir", data.toString());
        assertThat(r.exitCode()).isZero();
        String shortForm = fingerprint.substring(0, 4) + ":" + fingerprint.substring(4, 8) + ":"
                + fingerprint.substring(8, 12) + ":" + fingerprint.substring(12, 16);
        assertThat(r.out()).contains("session 1: intact (", "sealed and signed by key " + shortForm);
    }

    @Test
    void aChainRecomputedBySomeoneWithoutTheKeyIsDetected() throws Exception {
        try (StoreDamage d = new StoreDamage(data.resolve("palpa.db"))) {
            d.sql("UPDATE holds SET outcome = 'MET', mean = 40 WHERE session_id = 1");
            StoreDamageChains.recompute(d, data, 1, false);
        }
        CliRunner.Result r = CliRunner.run("sessions", "verify", "1", "--data-dir", data.toString());
        assertThat(r.exitCode()).isEqualTo(Main.FAILED);
        assertThat(r.out()).contains("session 1: TAMPERED: its chain was recomputed without the key");
    }

    @Test
    void aResignedSealIsSignedByAKeyVerifyDoesNotTrust() throws Exception {
        try (StoreDamage d = new StoreDamage(data.resolve("palpa.db"))) {
            d.sql("UPDATE holds SET outcome = 'MET' WHERE session_id = 1");
            StoreDamageChains.recompute(d, data, 1, false);
            StoreDamageChains.rewriteSeal(d, 1, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        }
        CliRunner.Result r = CliRunner.run("sessions", "verify", "--all", "--data-dir", data.toString());
        assertThat(r.exitCode()).isEqualTo(Main.FAILED);
        assertThat(r.out()).contains("session 1: TAMPERED: its seal (ledger entry 2) is signed by key",
                "which is not a trusted key");
    }

    @Test
    void aThirdPartyChecksAJsonExportWithThePublicKeyAlone() throws Exception {
        Path json = dir.resolve("s1.json");
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "json", "-o", json.toString(), "--data-dir",
                data.toString()).exitCode()).isZero();
        CliRunner.Result ok = CliRunner.run("sessions", "verify-export", json.toString(), "--key", publicKey.toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("VALID: ", "chain items recomputed from the exported samples");

        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree(json.toFile());
        ArrayNode raw = (ArrayNode) tree.get("samples").get(0).get("raw");
        raw.set(0, raw.get(0).asDouble() + 1);
        Path edited = dir.resolve("edited.json");
        mapper.writeValue(edited.toFile(), tree);
        CliRunner.Result bad = CliRunner.run("sessions", "verify-export", edited.toString(), "--key", publicKey.toString());
        assertThat(bad.exitCode()).isEqualTo(Main.FAILED);
        assertThat(bad.out()).contains("NOT VALID: sample 1");

        Path other = dir.resolve("other.pub");
        Files.writeString(other, "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        CliRunner.Result wrongKey = CliRunner.run("sessions", "verify-export", json.toString(), "--key", other.toString());
        assertThat(wrongKey.exitCode()).isEqualTo(Main.FAILED);
        assertThat(wrongKey.out()).contains("which is not a trusted key");
    }

    @Test
    void theCsvSidecarTheEdfAndThePdfCarryTheSignatureAndTheKeyFingerprint() throws Exception {
        Path csv = dir.resolve("s1.csv");
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "csv", "-o", csv.toString(), "--data-dir",
                data.toString()).exitCode()).isZero();
        JsonNode seal = new ObjectMapper().readTree(Path.of(csv + ".json").toFile()).get("integrity").get("seal");
        assertThat(seal.get("keyFingerprint").asText()).isEqualTo(fingerprint);
        assertThat(seal.get("signature").asText()).hasSize(128);
        CliRunner.Result sidecar = CliRunner.run("sessions", "verify-export", csv.toString(), "--key", publicKey.toString());
        assertThat(sidecar.exitCode()).isZero();
        assertThat(sidecar.out()).contains("the seal is valid", "its samples are not checked");

        Path edf = dir.resolve("s1.edf");
        assertThat(CliRunner.run("sessions", "export", "1", "--format", "edf", "-o", edf.toString(), "--data-dir",
                data.toString()).exitCode()).isZero();
        assertThat(new String(Files.readAllBytes(edf), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("palpa seal signature: " + seal.get("signature").asText(), "Ed25519 key " + fingerprint);

        Path pdf = dir.resolve("s1.pdf");
        assertThat(CliRunner.run("sessions", "report", "1", "-o", pdf.toString(), "--data-dir", data.toString())
                .exitCode()).isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Ed25519 signature", fingerprint, "signed seal matches");
        }
    }
}
