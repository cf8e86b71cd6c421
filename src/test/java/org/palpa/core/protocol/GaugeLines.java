package org.palpa.core.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Builds wire text for tests. */
final class GaugeLines {
    private GaugeLines() {
    }

    /** A Palpa ASCII line with its NMEA checksum and CR LF. */
    static byte[] nmea(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return String.format(Locale.ROOT, "$%s*%02X\r\n", body, sum).getBytes(StandardCharsets.US_ASCII);
    }
}
