package org.palpa.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A receiver set to the wrong baud rate, simulated bit by bit: the sender's UART frames each
 * byte as start bit, eight data bits (LSB first) and stop bit; the receiver waits for a falling
 * edge and samples in the middle of each of its own, differently long, bit times.
 */
class BaudMismatchTest {

    /** What a receiver running {@code ratio} times slower than the sender makes of {@code sent}. */
    static byte[] receiveAtWrongBaud(byte[] sent, double ratio) {
        final int samplesPerBit = 16;
        List<Boolean> line = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            line.add(true); // idle before the first byte
        }
        for (byte b : sent) {
            line.add(false);
            for (int bit = 0; bit < 8; bit++) {
                line.add(((b >> bit) & 1) == 1);
            }
            line.add(true);
        }
        for (int i = 0; i < 40; i++) {
            line.add(true);
        }
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        double rxBit = ratio * samplesPerBit; // receiver bit time, in sender sixteenths of a bit
        long t = 0;
        long end = (long) line.size() * samplesPerBit;
        while (t < end) {
            if (level(line, t, samplesPerBit)) {
                t++;
                continue;
            }
            int value = 0;
            for (int bit = 0; bit < 8; bit++) {
                long at = t + (long) (rxBit * (1.5 + bit));
                if (at < end && level(line, at, samplesPerBit)) {
                    value |= 1 << bit;
                }
            }
            got.write(value); // a framing error still delivers the byte, as most UARTs do
            t += (long) (rxBit * 9.5);
        }
        return got.toByteArray();
    }

    private static boolean level(List<Boolean> line, long sixteenth, int samplesPerBit) {
        int i = (int) (sixteenth / samplesPerBit);
        return i >= line.size() || line.get(i);
    }

    @ParameterizedTest(name = "{0} read at {1}x the bit time")
    @CsvSource({"PALPA, 2.0", "PALPA, 0.5", "PALPA, 1.2", "PALPA_ASCII, 2.0", "PALPA_ASCII, 0.5", "PALPA_ASCII, 1.2",
        "MARK10, 2.0", "MARK10, 0.5", "MARK10, 1.2"})
    void aReceiverAtTheWrongBaudRate_decodesNoWrongNumbersAndCountsErrors(Protocol protocol, double ratio) {
        Set<String> sentValues = new HashSet<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < 2000; i++) {
            int v = 1000 + i * 37 % 9000;
            byte[] item = switch (protocol) {
                case PALPA -> PalpaFrames.data(i, i * 1000L, v, v + 1, v + 2);
                case PALPA_ASCII -> GaugeLines.nmea("D," + i + "," + i * 1000 + "," + v + "," + (v + 1) + "," + (v + 2));
                default -> String.format(Locale.ROOT, "%.3f lbF\r\n", v / 1000.0).getBytes(StandardCharsets.US_ASCII);
            };
            stream.writeBytes(item);
            sentValues.add(protocol == Protocol.MARK10 ? String.format(Locale.ROOT, "%.6f", v / 1000.0 * 4.4482216152605)
                    : Arrays.toString(new double[] {v, v + 1, v + 2}));
        }
        byte[] received = receiveAtWrongBaud(stream.toByteArray(), ratio);
        StreamDecoder decoder = protocol.newDecoder();
        List<Decoded.Sample> samples = new ArrayList<>();
        decoder.feed(received, 0, received.length, d -> {
            if (d instanceof Decoded.Sample s) {
                samples.add(s);
            }
        });
        DecoderStats.Snapshot s = decoder.stats().snapshot();
        long wrong = samples.stream().filter(x -> !sentValues.contains(protocol == Protocol.MARK10
                ? String.format(Locale.ROOT, "%.6f", x.values()[0]) : Arrays.toString(x.values()))).count();
        System.out.printf(Locale.ROOT, "%s at %.1fx: %d bytes in, %d bytes received, %d samples, %d wrong, %d errors%n",
                protocol.id(), ratio, stream.size(), received.length, samples.size(), wrong, s.errors());
        assertThat(s.errors() + s.skippedBytes()).as("the damage shows in the counts").isPositive();
        assertThat(samples.size()).isLessThan(200);
        if (protocol != Protocol.MARK10) {
            // Mark-10 replies carry no checksum, so garbled text could in principle read as a number;
            // a CRC or an NMEA checksum makes that practically impossible for Palpa devices
            assertThat(wrong).as("samples that were never sent").isZero();
        }
    }
}
