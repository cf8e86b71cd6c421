package org.palpa.core.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the shared test vectors in firmware-interface/vectors (format: vectors/README.md). */
record VectorFile(Protocol protocol, List<Vector> vectors) {

    static final Path DIR = Path.of("firmware-interface", "vectors");

    /** One named byte sequence and the lines its decoding must render to. */
    record Vector(String name, byte[] bytes, List<String> expected) { }

    static List<VectorFile> all() throws IOException {
        List<VectorFile> files = new ArrayList<>();
        try (var list = Files.list(DIR)) {
            for (Path p : list.filter(f -> f.toString().endsWith(".vec")).sorted().toList()) {
                files.add(read(p));
            }
        }
        return files;
    }

    static VectorFile read(Path file) throws IOException {
        Protocol protocol = null;
        List<Vector> vectors = new ArrayList<>();
        String name = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> expected = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String word = line.split(" ", 2)[0];
            String rest = line.length() > word.length() ? line.substring(word.length() + 1) : "";
            switch (word) {
                case "protocol" -> protocol = Protocol.fromId(rest);
                case "vector" -> {
                    name = rest;
                    bytes.reset();
                    expected = new ArrayList<>();
                }
                case "hex" -> {
                    for (String h : rest.trim().split("\\s+")) {
                        bytes.write(Integer.parseInt(h, 16));
                    }
                }
                case "text" -> bytes.writeBytes(unescape(rest).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                case "expect" -> expected.add(rest);
                case "end" -> vectors.add(new Vector(name, bytes.toByteArray(), List.copyOf(expected)));
                default -> throw new IllegalStateException(file + ":" + lineNo + ": unknown directive " + word);
            }
        }
        return new VectorFile(protocol, vectors);
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }

    /** The canonical one-line form of a decoded value, as written in the vector files. */
    static String render(Decoded d, boolean integerValues) {
        return switch (d) {
            case Decoded.Sample s -> "DATA seq=" + s.sequence() + " t=" + s.deviceMicros() + " values="
                    + String.join(",", java.util.Arrays.stream(s.values()).mapToObj(v -> integerValues
                    ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6f", v)).toList());
            case Decoded.Hello h -> "HELLO version=" + h.protocolVersion() + " adc=" + h.adcBits() + " rate="
                    + (long) h.device().nominalRateHz() + " model=" + h.device().model() + " serial="
                    + h.device().serialNumber() + " firmware=" + h.device().firmwareVersion() + " channels="
                    + String.join(",", h.device().channelNames());
            case Decoded.Event e -> "EVENT seq=" + e.sequence() + " t=" + e.deviceMicros() + " kind=" + e.kind()
                    + " channel=" + e.channel();
            case Decoded.Fault f -> "FAULT code=" + f.code() + " message=" + f.message();
            case Decoded.Ack a -> "ACK command=" + a.command() + " seq=" + a.commandSequence() + " status=" + a.status();
            case Decoded.Corrupt c -> "CORRUPT " + c.problem() + " at=" + c.byteOffset();
        };
    }

    static String render(DecoderStats.Snapshot s) {
        return "STATS frames=" + s.frames() + " checksum=" + s.checksumErrors() + " length=" + s.lengthErrors()
                + " content=" + s.contentErrors() + " lost=" + s.lostFrames();
    }
}
