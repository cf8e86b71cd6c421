package org.palpa.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns a file-system failure into one sentence for the user, naming what went wrong and where in
 * words, never with a Java class name, and says whether it is bad input (a path the user gave that
 * does not exist, is a folder, cannot be read or written, or is not text) or a failure at run time.
 *
 * @param message    what went wrong and where
 * @param badInput   whether the exit status is {@link Main#BAD_INPUT} rather than {@link Main#FAILED}
 */
record FailureText(String message, boolean badInput) {

    /** The words for {@code e}, unwrapping an {@link UncheckedIOException}. */
    static FailureText of(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return new FailureText(where(n) + ": no such file or folder", true);
        }
        if (e instanceof AccessDeniedException a) {
            return new FailureText(where(a) + ": permission denied (cannot read or write it)", true);
        }
        if (e instanceof NotDirectoryException n) {
            return new FailureText(where(n) + ": is a file, not a folder", true);
        }
        if (e instanceof FileAlreadyExistsException f) {
            return new FailureText(where(f) + ": already exists", true);
        }
        if (e instanceof CharacterCodingException) {
            return new FailureText("a file is not UTF-8 text (is it a spreadsheet or a binary file?)", true);
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() == null ? "cannot be used" : f.getReason();
            if (reason.contains("Is a directory")) {
                return new FailureText(where(f) + ": is a folder, not a file", true);
            }
            return new FailureText(where(f) + ": " + lower(reason), true);
        }
        if (e instanceof FileNotFoundException) {
            // its message is "PATH (reason)", from the operating system
            String m = String.valueOf(e.getMessage());
            return new FailureText(m.replace(" (Is a directory)", ": is a folder, not a file")
                    .replace(" (No such file or directory)", ": no such file or folder")
                    .replace(" (Permission denied)", ": permission denied (cannot read or write it)"), true);
        }
        String m = e.getMessage();
        if (m != null && m.contains("Is a directory")) {
            return new FailureText("a path that should be a file is a folder", true);
        }
        return new FailureText("reading or writing failed" + (m == null || m.isBlank() ? "" : ": " + m), false);
    }

    private static String where(FileSystemException e) {
        return e.getOtherFile() == null ? String.valueOf(e.getFile()) : e.getFile() + " -> " + e.getOtherFile();
    }

    private static String lower(String reason) {
        return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
}
