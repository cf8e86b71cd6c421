package org.palpa.adapter.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The SQLite driver's native library for this machine, copied out of the jar once so that later runs
 * can load it from there. Left to itself the driver finds its library on every start by running
 * {@code uname}, then unpacks the 1 MB library into the temporary folder and checks it, about 0.1 s
 * of a short command (issue 16, docs/performance.md). The launcher points the driver at the copy
 * with {@code -Dorg.sqlite.lib.path} and {@code -Dorg.sqlite.lib.name}; if the copy is missing the
 * driver falls back to its own way.
 */
public final class SqliteNativeLibrary {
    private SqliteNativeLibrary() {
    }

    /**
     * Copies the library into {@code dir} (made if needed) and returns the copy, or empty when the
     * jar holds no library for this machine.
     */
    public static Optional<Path> copyTo(Path dir) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Files.createDirectories(dir);
            Path target = dir.resolve(LibraryLoaderUtil.getNativeLibName());
            Path partial = dir.resolve(target.getFileName() + ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(target);
        }
    }
}
