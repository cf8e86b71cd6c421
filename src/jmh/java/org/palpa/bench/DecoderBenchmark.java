package org.palpa.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.palpa.core.protocol.PalpaFrames;
import org.palpa.core.protocol.Protocol;
import org.palpa.core.protocol.StreamDecoder;

/**
 * Decoder throughput on one thread: one operation decodes 1 MiB of wire bytes fed in 4 KiB chunks,
 * as the serial reader hands them over, so MB/s = operations per second (1 MiB = 1.048576 MB).
 * Run: mvn -Pbench -DskipTests package && java -jar target/benchmarks.jar DecoderBenchmark -f 1 -wi 2 -i 3 -w 1s -r 2s
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecoderBenchmark {
    private static final int SIZE = 1 << 20;
    private static final int CHUNK = 4096;

    @Param({"palpa-5ch", "palpa-16ch", "palpa-ascii-5ch", "mark10", "csv-5ch"})
    public String stream;

    private byte[] bytes;
    private Protocol protocol;

    @Setup
    public void makeStream() {
        bytes = new byte[SIZE];
        int at = 0;
        int seq = 0;
        while (true) {
            byte[] item = item(seq++);
            if (at + item.length > SIZE) {
                break;
            }
            System.arraycopy(item, 0, bytes, at, item.length);
            at += item.length;
        }
        protocol = switch (stream) {
            case "palpa-5ch", "palpa-16ch" -> Protocol.PALPA;
            case "palpa-ascii-5ch" -> Protocol.PALPA_ASCII;
            case "mark10" -> Protocol.MARK10;
            default -> Protocol.CSV;
        };
    }

    private byte[] item(int seq) {
        int v = (seq * 7919) & 0xFFFFF;
        return switch (stream) {
            case "palpa-5ch" -> PalpaFrames.data(seq & 0xFFFF, seq * 500L, v, v + 1, v + 2, v + 3, v + 4);
            case "palpa-16ch" -> PalpaFrames.data(seq & 0xFFFF, seq * 500L, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v);
            case "palpa-ascii-5ch" -> nmea("D," + (seq & 0xFFFF) + "," + seq * 500L + "," + v + "," + (v + 1) + ","
                    + (v + 2) + "," + (v + 3) + "," + (v + 4));
            case "mark10" -> ascii(String.format(java.util.Locale.ROOT, "%.3f lbF\r\n", v / 1000.0));
            default -> ascii(v + "," + (v + 1) + ".5," + (v + 2) + "," + (v + 3) + ".25," + (v + 4) + "\r\n");
        };
    }

    private static byte[] nmea(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return ascii(String.format(java.util.Locale.ROOT, "$%s*%02X\r\n", body, sum));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Benchmark
    public long decodeOneMebibyte(Blackhole hole) {
        StreamDecoder decoder = protocol.newDecoder();
        for (int at = 0; at < SIZE; at += CHUNK) {
            decoder.feed(bytes, at, Math.min(CHUNK, SIZE - at), hole::consume);
        }
        return decoder.stats().snapshot().frames();
    }
}
