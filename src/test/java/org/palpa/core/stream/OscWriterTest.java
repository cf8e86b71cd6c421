package org.palpa.core.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class OscWriterTest {
    private static String hex(OscWriter w) {
        return HexFormat.of().formatHex(Arrays.copyOf(w.bytes(), w.length()));
    }

    @Test
    void aMessagePadsItsAddressAndTagsToFourBytesAndWritesNumbersBigEndian() {
        OscWriter w = new OscWriter(64);
        w.beginMessage(OscWriter.address("/a"), 2).putInt(1).putFloat(1.0f);
        // "/a\0\0" ",if\0" 00000001 3f800000, as in the OSC 1.0 specification's examples
        assertThat(hex(w)).isEqualTo("2f610000" + "2c696600" + "00000001" + "3f800000");
    }

    @Test
    void aStringOfFourBytesGetsFourBytesOfPadding() {
        OscWriter w = new OscWriter(64);
        w.beginMessage(OscWriter.address("/abc"), 1).putString("text");
        assertThat(hex(w)).isEqualTo("2f616263" + "00000000" + "2c730000" + "74657874" + "00000000");
    }

    @Test
    void aBundleCarriesAnNtpTimeTagAndSizePrefixedElements() {
        OscWriter w = new OscWriter(128);
        w.beginBundle(1_500_000_000L); // 1.5 s after 1970
        w.beginMessage(OscWriter.address("/a"), 1).putInt(7);
        w.beginMessage(OscWriter.address("/b"), 0);
        // seconds 2208988801 = 0x83aa7e81, fraction 0.5 = 0x80000000; elements of 12 and 8 bytes
        assertThat(hex(w)).isEqualTo("2362756e646c6500" + "83aa7e81" + "80000000"
                + "0000000c" + "2f610000" + "2c690000" + "00000007"
                + "00000008" + "2f620000" + "2c000000");
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        OscWriter w = new OscWriter(128);
        w.beginMessage(OscWriter.address("/palpa/mark"), 3).putString("stimulus on").putInt(-3).putFloat(2.5f);
        OscMessage.Parsed p = OscMessage.parse(w.bytes(), w.length());
        assertThat(p).isEqualTo(new OscMessage.Parsed.Message(new OscMessage("/palpa/mark", java.util.List.of(
                "stimulus on", -3, 2.5f))));
    }

    @Test
    void theWriterRefusesMoreArgumentsThanAnnouncedAndFewerAtTheEnd() {
        OscWriter w = new OscWriter(64);
        w.beginMessage(OscWriter.address("/a"), 1).putInt(1);
        assertThatThrownBy(() -> w.putInt(2)).isInstanceOf(IllegalStateException.class);
        OscWriter v = new OscWriter(64);
        v.beginMessage(OscWriter.address("/a"), 2).putInt(1);
        assertThatThrownBy(v::length).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void malformedDatagramsAreValuesThatSayWhy() {
        byte[] noNul = "/palpa/mark".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(OscMessage.parse(noNul, noNul.length)).isInstanceOfSatisfying(OscMessage.Parsed.Malformed.class,
                m -> assertThat(m.reason()).contains("no terminating NUL"));
        OscWriter w = new OscWriter(64);
        w.beginMessage(OscWriter.address("/a"), 1).putInt(1);
        assertThat(OscMessage.parse(w.bytes(), w.length() - 2)).isInstanceOfSatisfying(OscMessage.Parsed.Malformed.class,
                m -> assertThat(m.reason()).contains("ends inside an argument"));
        byte[] blob = HexFormat.of().parseHex("2f610000" + "2c620000" + "00000000");
        assertThat(OscMessage.parse(blob, blob.length)).isInstanceOfSatisfying(OscMessage.Parsed.Malformed.class,
                m -> assertThat(m.reason()).contains("'b'"));
    }
}
