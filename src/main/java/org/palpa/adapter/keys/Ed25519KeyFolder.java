package org.palpa.adapter.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Optional;
import java.util.Set;
import org.palpa.app.port.RecordSigner;
import org.palpa.core.PalpaException;
import org.palpa.core.record.SigningKeys;

/**
 * An installation's Ed25519 signing key, kept as two PEM files in a folder: {@code palpa-signing.key}
 * (PKCS#8, owner-only: POSIX mode 600) and {@code palpa-signing.pub} (X.509 SubjectPublicKeyInfo,
 * the form {@code openssl pkey -pubin} reads). The folder is {@code keys/} in the data folder
 * unless the clinic names another one, such as a mounted token. The pair is made with the JDK's
 * own {@code KeyPairGenerator.getInstance("Ed25519")} the first time a session is recorded.
 */
public final class Ed25519KeyFolder implements RecordSigner {
    /** The private key's file name. */
    public static final String PRIVATE_FILE = "palpa-signing.key";
    /** The public key's file name. */
    public static final String PUBLIC_FILE = "palpa-signing.pub";

    private final PrivateKey privateKey;
    private final byte[] publicKey;
    private final String fingerprint;

    private Ed25519KeyFolder(PrivateKey privateKey, byte[] publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey.clone();
        this.fingerprint = SigningKeys.fingerprint(publicKey);
    }

    /** Loads the key pair in {@code dir}, making the folder (0700) and a new pair (private 0600) if there is none. */
    public static Ed25519KeyFolder loadOrCreate(Path dir) {
        Path priv = dir.resolve(PRIVATE_FILE);
        if (Files.exists(priv)) {
            return load(dir);
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            createFolder(dir);
            Path tmp = dir.resolve(PRIVATE_FILE + ".new");
            Files.deleteIfExists(tmp);
            if (posix()) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(tmp, Pem.encode("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve(PUBLIC_FILE), Pem.encode("PUBLIC KEY", pair.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
            Files.move(tmp, priv, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new Ed25519KeyFolder(pair.getPrivate(), pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new PalpaException("this Java runtime cannot make Ed25519 keys (Java 15 or newer can)");
        } catch (IOException e) {
            throw new PalpaException("cannot make the signing key in " + dir + ": " + reason(e));
        }
    }

    /** Loads the key pair in {@code dir}; refuses a private key other users could read. */
    public static Ed25519KeyFolder load(Path dir) {
        Path priv = dir.resolve(PRIVATE_FILE);
        try {
            if (posix()) {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(priv);
                if (mode.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                    throw new PalpaException("the signing key " + priv + " can be read by other users (mode "
                            + PosixFilePermissions.toString(mode) + "); make it owner-only: chmod 600 " + priv);
                }
            }
            byte[] der = Pem.decode(Files.readString(priv, StandardCharsets.US_ASCII), "PRIVATE KEY", priv);
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            byte[] pub = publicKey(dir).orElseThrow(() -> new PalpaException("the signing key in " + dir
                    + " has no public key next to it (" + PUBLIC_FILE + ")"));
            return new Ed25519KeyFolder(key, pub);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PalpaException("the signing key " + priv + " is not an Ed25519 private key (PKCS#8 PEM)");
        } catch (IOException e) {
            throw new PalpaException("cannot read the signing key " + priv + ": " + reason(e));
        }
    }

    /** The X.509 encoding of the public key in {@code dir}, if there is one; reads, never creates. */
    public static Optional<byte[]> publicKey(Path dir) {
        Path pub = dir.resolve(PUBLIC_FILE);
        if (!Files.isRegularFile(pub)) {
            return Optional.empty();
        }
        return Optional.of(readPublicKey(pub));
    }

    /** Reads a public key file ({@code -----BEGIN PUBLIC KEY-----} PEM) as given to {@code --key}. */
    public static byte[] readPublicKey(Path file) {
        try {
            byte[] der = Pem.decode(Files.readString(file, StandardCharsets.US_ASCII), "PUBLIC KEY", file);
            SigningKeys.decode(der);
            return der;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("cannot read the public key " + file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the public key " + file + ": " + reason(e));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the public key " + file + " is not an Ed25519 public key in PEM form");
        }
    }

    /** The public key as PEM text, to hand to a third party. */
    public String publicKeyPem() {
        return Pem.encode("PUBLIC KEY", publicKey);
    }

    /** The X.509 encoding of the public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new PalpaException("cannot sign with the Ed25519 key: " + e.getMessage());
        }
    }

    private static void createFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(dir.toAbsolutePath().getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
