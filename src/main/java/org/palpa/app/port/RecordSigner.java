package org.palpa.app.port;

/**
 * Signs a store's ledger entries with the installation's (or clinic's) Ed25519 private key, so
 * that someone who can write the database but does not hold the key cannot forge a record.
 */
public interface RecordSigner {

    /** Hex SHA-256 of the public key's X.509 encoding; stored with each signature. */
    String fingerprint();

    /** The Ed25519 signature of {@code message}. */
    byte[] sign(byte[] message);
}
