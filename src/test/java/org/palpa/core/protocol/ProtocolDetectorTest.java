package org.palpa.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProtocolDetectorTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void binaryFramesStartingMidFrame_areDetectedAsPalpa() {
        byte[] a = PalpaFrames.data(1, 100, 5, 6);
        byte[] stream = new byte[3 * a.length - 7];
        byte[] b = PalpaFrames.data(2, 200, 5, 6);
        byte[] c = PalpaFrames.data(3, 300, 5, 6);
        System.arraycopy(a, 7, stream, 0, a.length - 7);
        System.arraycopy(b, 0, stream, a.length - 7, b.length);
        System.arraycopy(c, 0, stream, 2 * a.length - 7, c.length);
        assertThat(ProtocolDetector.detect(stream, stream.length)).contains(Protocol.PALPA);
    }

    @Test
    void eachLineProtocol_isRecognisedFromAFewLines() {
        assertThat(ProtocolDetector.detect(ascii("D,1,1*00\r\n$D,2,10,5*4B\r\n$D,3,20,6*4D\r\n"), 33))
                .isEmpty(); // too little readable, and it starts with damage: no guess
        byte[] palpaAscii = ascii("$D,2,10,5*6E\r\n$D,3,20,6*6F\r\n");
        assertThat(ProtocolDetector.detect(palpaAscii, palpaAscii.length)).contains(Protocol.PALPA_ASCII);
        byte[] imada = ascii("+012.34NTO\r\n+012.40NTO\r\n");
        assertThat(ProtocolDetector.detect(imada, imada.length)).contains(Protocol.IMADA);
        byte[] csv = ascii("1,2,3\r\n4,5,6\r\n");
        assertThat(ProtocolDetector.detect(csv, csv.length)).contains(Protocol.CSV);
        byte[] mark10 = ascii("4.285 N\r\n4.300 N\r\n");
        assertThat(ProtocolDetector.detect(mark10, mark10.length, Protocol.MARK10)).contains(Protocol.MARK10);
    }

    @Test
    void randomBytes_areNotMistakenForAnyProtocol() {
        SplittableRandom random = new SplittableRandom(5);
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) random.nextInt(256);
        }
        assertThat(ProtocolDetector.detect(noise, noise.length)).isEmpty();
    }
}
