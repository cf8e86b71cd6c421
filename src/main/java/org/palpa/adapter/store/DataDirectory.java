package org.palpa.adapter.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.palpa.app.port.StoreException;

/**
 * Finds and prepares the folder that holds the session database. The default follows the XDG
 * Base Directory specification: {@code $XDG_DATA_HOME/palpa}, else {@code ~/.local/share/palpa};
 * on Windows {@code %LOCALAPPDATA%\Palpa}; on macOS {@code ~/Library/Application Support/Palpa}.
 * Health data must not be readable by other users, so the folder is made owner-only (0700).
 */
public final class DataDirectory {
    /** The database's file name inside the data directory. */
    public static final String DATABASE_FILE = "palpa.db";

    private DataDirectory() {
    }

    /** The platform's default data directory for Palpa. */
    public static Path platformDefault() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            return Path.of(System.getenv("LOCALAPPDATA"), "Palpa");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Palpa");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "palpa");
        }
        return Path.of(home, ".local", "share", "palpa");
    }

    /** Fails with one line, "no session store in DIR: ...", unless {@code dir} holds a session database. */
    public static void requireDatabase(Path dir) {
        ReadOnlyOpen.existingDatabase(dir);
    }

    /** Creates {@code dir} if needed with owner-only permissions and returns the database path in it. */
    public static Path prepare(Path dir) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.isDirectory(dir)) {
                if (posix) {
                    Files.createDirectories(dir.toAbsolutePath().getParent());
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dir + ": " + reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("the data directory " + dir + " is read-only");
        }
        return dir.resolve(DATABASE_FILE);
    }

    private static String reason(IOException e) {
        String type = e.getClass().getSimpleName();
        return switch (type) {
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException" -> "a file of that name is in the way (it is not a directory)";
            case "FileSystemException" -> e.getMessage() == null ? "file system error" : e.getMessage();
            default -> type + (e.getMessage() == null ? "" : ": " + e.getMessage());
        };
    }
}
