package org.palpa.core.record;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Ed25519 public keys a check trusts, by fingerprint, and the signature check itself (the
 * JDK's own Ed25519, RFC 8032). A key's fingerprint is the hex SHA-256 of its X.509
 * SubjectPublicKeyInfo encoding, as {@code openssl pkey -pubin -outform DER | sha256sum} prints it.
 */
public final class SigningKeys {
    private final Map<String, PublicKey> byFingerprint = new LinkedHashMap<>();

    private SigningKeys() {
    }

    /** No trusted key: every signature is reported as by an unknown key. */
    public static SigningKeys none() {
        return new SigningKeys();
    }

    /** This set and the key with X.509 encoding {@code encoded}. */
    public SigningKeys with(byte[] encoded) {
        SigningKeys k = new SigningKeys();
        k.byFingerprint.putAll(byFingerprint);
        k.byFingerprint.put(fingerprint(encoded), decode(encoded));
        return k;
    }

    /** True when no key is trusted. */
    public boolean isEmpty() {
        return byFingerprint.isEmpty();
    }

    /** True when the key with this fingerprint is trusted. */
    public boolean trusts(String fingerprint) {
        return byFingerprint.containsKey(fingerprint);
    }

    /** The trusted keys' fingerprints, in the order they were added. */
    public java.util.List<String> fingerprints() {
        return java.util.List.copyOf(byFingerprint.keySet());
    }

    /**
     * Checks an Ed25519 signature (hex) of {@code message} by the trusted key {@code fingerprint}.
     *
     * @return empty when valid, else why not, in words
     */
    public Optional<String> check(String fingerprint, byte[] message, String signatureHex) {
        PublicKey key = byFingerprint.get(fingerprint);
        if (key == null) {
            return Optional.of("signed by key " + shortForm(fingerprint) + ", which is not a trusted key"
                    + (isEmpty() ? " (no key is trusted here)" : " (trusted: " + String.join(", ",
                    byFingerprint.keySet().stream().map(SigningKeys::shortForm).toList()) + ")"));
        }
        byte[] signature;
        try {
            signature = HexFormat.of().parseHex(signatureHex);
        } catch (IllegalArgumentException e) {
            return Optional.of("its signature cannot be read (key " + shortForm(fingerprint) + ")");
        }
        byte[] raw = rawEd25519(key);
        if (raw != null && signature.length == org.bouncycastle.math.ec.rfc8032.Ed25519.SIGNATURE_SIZE) {
            // Bouncy Castle's RFC 8032 verification: the same answer as the JDK's, in a tenth of the time
            return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, raw, 0, message, 0, message.length)
                    ? Optional.empty() : Optional.of("its signature does not match (key " + shortForm(fingerprint) + ")");
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(message);
            return s.verify(signature) ? Optional.empty()
                    : Optional.of("its signature does not match (key " + shortForm(fingerprint) + ")");
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.of("its signature cannot be read (key " + shortForm(fingerprint) + ")");
        }
    }

    /** The 32 bytes of an Ed25519 public key: the end of its X.509 encoding (RFC 8410); null for another kind of key. */
    private static byte[] rawEd25519(PublicKey key) {
        byte[] x509 = key.getEncoded();
        int size = org.bouncycastle.math.ec.rfc8032.Ed25519.PUBLIC_KEY_SIZE;
        if (x509 == null || x509.length != ED25519_X509_PREFIX.length + size
                || !java.util.Arrays.equals(x509, 0, ED25519_X509_PREFIX.length, ED25519_X509_PREFIX, 0, ED25519_X509_PREFIX.length)) {
            return null;
        }
        return java.util.Arrays.copyOfRange(x509, ED25519_X509_PREFIX.length, x509.length);
    }

    /** SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING of 33 bytes }: the fixed start of every Ed25519 X.509 key. */
    private static final byte[] ED25519_X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    /** Hex SHA-256 of a public key's X.509 encoding. */
    public static String fingerprint(byte[] encoded) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The first 16 hex digits of a fingerprint, grouped in fours, as people compare them. */
    public static String shortForm(String fingerprint) {
        if (fingerprint == null || fingerprint.length() < 16) {
            return String.valueOf(fingerprint);
        }
        return fingerprint.substring(0, 4) + ":" + fingerprint.substring(4, 8) + ":" + fingerprint.substring(8, 12)
                + ":" + fingerprint.substring(12, 16);
    }

    /** Decodes an X.509-encoded Ed25519 public key. */
    public static PublicKey decode(byte[] encoded) {
        try {
            PublicKey k = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            return k;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (X.509 SubjectPublicKeyInfo)", e);
        }
    }
}
