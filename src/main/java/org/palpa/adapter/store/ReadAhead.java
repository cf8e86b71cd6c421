package org.palpa.adapter.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a database file once from start to end and throws the bytes away, so that the operating
 * system holds its pages in memory. A whole-store check visits every page, but SQLite visits them in
 * b-tree order, scattered over the file; on a cold cache that costs one disk seek per page, while one
 * sequential read runs at the disk's full speed (docs/performance.md, "Clinic scale"). Only a hint:
 * a file that would not fit in half the memory is left alone, and a read that fails is given up
 * quietly, since the check itself then reads the file and reports what it finds.
 */
final class ReadAhead {
    private static final int BUFFER_BYTES = 1 << 20;

    private ReadAhead() {
    }

    /** Reads the database file and its write-ahead log, if it has one. */
    static void file(Path db) {
        readOnce(db);
        Path wal = Path.of(db + "-wal");
        if (Files.isRegularFile(wal)) {
            readOnce(wal);
        }
    }

    private static void readOnce(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (!fitsInMemory(ch.size())) {
                return;
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_BYTES);
            while (ch.read(buffer.clear()) > 0) {
                // the bytes are not needed, only the pages they leave in the cache
            }
        } catch (IOException | RuntimeException e) {
            // a hint only: the check reads the file itself and reports what it cannot read
        }
    }

    private static boolean fitsInMemory(long bytes) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return bytes <= os.getTotalMemorySize() / 2;
        }
        return false;
    }
}
