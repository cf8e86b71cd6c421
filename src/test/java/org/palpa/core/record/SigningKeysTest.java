package org.palpa.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The signature check gives the JDK's own Ed25519 answer, for good signatures and spoiled ones. */
class SigningKeysTest {

    @Test
    void agreesWithTheJdkOnGoodAndSpoiledSignatures() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] encoded = pair.getPublic().getEncoded();
        String fingerprint = SigningKeys.fingerprint(encoded);
        SigningKeys keys = SigningKeys.none().with(encoded).with(other.getPublic().getEncoded());
        Random random = new Random(5);
        int good = 0;
        for (int i = 0; i < 200; i++) {
            byte[] message = ("ledger entry " + i + " " + random.nextLong()).getBytes(StandardCharsets.UTF_8);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(i % 5 == 4 ? other.getPrivate() : pair.getPrivate()); // every fifth by the other key
            signer.update(message);
            byte[] signature = signer.sign();
            if (i % 3 == 1) {
                signature[random.nextInt(signature.length)] ^= (byte) (1 << random.nextInt(8));
            } else if (i % 3 == 2) {
                message[random.nextInt(message.length)] ^= 1;
            }
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initVerify(pair.getPublic());
            jdk.update(message);
            boolean valid;
            try {
                valid = jdk.verify(signature);
            } catch (java.security.SignatureException e) {
                valid = false;
            }
            good += valid ? 1 : 0;
            assertThat(keys.check(fingerprint, message, HexFormat.of().formatHex(signature)))
                    .as("entry %d", i).isEqualTo(valid ? java.util.Optional.empty()
                            : java.util.Optional.of("its signature does not match (key " + SigningKeys.shortForm(fingerprint) + ")"));
        }
        assertThat(good).isBetween(40, 80);
    }

    @Test
    void aSignatureThatIsNotHexOrOfTheWrongLengthCannotBeRead() {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
        byte[] encoded = pair.getPublic().getEncoded();
        String fingerprint = SigningKeys.fingerprint(encoded);
        SigningKeys keys = SigningKeys.none().with(encoded);
        assertThat(keys.check(fingerprint, new byte[] {1}, "zz")).get().asString().contains("cannot be read");
        assertThat(keys.check(fingerprint, new byte[] {1}, "abcd")).get().asString()
                .matches("its signature (cannot be read|does not match).*");
    }
}
