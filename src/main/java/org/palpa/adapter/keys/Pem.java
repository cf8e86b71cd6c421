package org.palpa.adapter.keys;

import java.nio.file.Path;
import java.util.Base64;

/** PEM armour (RFC 7468): base64 lines of 64 characters between BEGIN and END labels. */
final class Pem {
    private Pem() {
    }

    static String encode(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    static byte[] decode(String text, String label, Path file) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException(file + " has no " + begin + " block");
        }
        return Base64.getMimeDecoder().decode(text.substring(b + begin.length(), e));
    }
}
