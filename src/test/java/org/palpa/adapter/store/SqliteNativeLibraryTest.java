package org.palpa.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {

    @Test
    void givenAFolderThatDoesNotExistYet_thenTheDriversOwnLibraryIsCopiedThereUnderItsOwnName(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("native");
        Path copy = SqliteNativeLibrary.copyTo(dir).orElseThrow();

        assertThat(copy).isEqualTo(dir.resolve(LibraryLoaderUtil.getNativeLibName()));
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
            assertThat(Files.readAllBytes(copy)).isEqualTo(in.readAllBytes());
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void givenACopyAlreadyThere_thenItIsReplaced(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve(LibraryLoaderUtil.getNativeLibName()), "stale");
        Path copy = SqliteNativeLibrary.copyTo(tmp).orElseThrow();
        assertThat(Files.size(copy)).isGreaterThan(100_000);
    }
}
