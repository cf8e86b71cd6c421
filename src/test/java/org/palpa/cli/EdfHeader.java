package org.palpa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads what tests check in an EDF+ file's header, by the byte layout of the EDF specification. */
public final class EdfHeader {
    private EdfHeader() {
    }

    /** The physical dimension of every signal but the last (the EDF Annotations signal). */
    public static List<String> physicalDimensions(Path edf) throws IOException {
        // 256 bytes of header, then per signal a label (16) and a transducer (80), then 8-byte dimensions
        byte[] b = Files.readAllBytes(edf);
        int signals = Integer.parseInt(new String(b, 252, 4, StandardCharsets.US_ASCII).trim());
        int dims = 256 + signals * (16 + 80);
        List<String> out = new ArrayList<>();
        for (int s = 0; s < signals - 1; s++) {
            out.add(new String(b, dims + 8 * s, 8, StandardCharsets.US_ASCII).trim());
        }
        return out;
    }
}
