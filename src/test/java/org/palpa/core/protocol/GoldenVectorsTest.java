package org.palpa.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every decoder decodes the shared vectors in firmware-interface/vectors exactly as they say. */
class GoldenVectorsTest {

    @Test
    void theVectorsCoverEveryProtocol() throws Exception {
        assertThat(VectorFile.all()).extracting(VectorFile::protocol).containsExactlyInAnyOrder(Protocol.values());
    }

    @TestFactory
    Stream<DynamicTest> wholeInput_decodesToTheExpectedLines() throws Exception {
        return tests(false);
    }

    @TestFactory
    Stream<DynamicTest> inputFedOneByteAtATime_decodesToTheSameLines() throws Exception {
        return tests(true);
    }

    private static Stream<DynamicTest> tests(boolean byteByByte) throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (VectorFile file : VectorFile.all()) {
            for (VectorFile.Vector v : file.vectors()) {
                tests.add(DynamicTest.dynamicTest(file.protocol().id() + "/" + v.name(),
                        () -> assertThat(decode(file.protocol(), v.bytes(), byteByByte)).containsExactlyElementsOf(v.expected())));
            }
        }
        return tests.stream();
    }

    static List<String> decode(Protocol protocol, byte[] bytes, boolean byteByByte) {
        StreamDecoder decoder = protocol.newDecoder();
        List<String> out = new ArrayList<>();
        if (byteByByte) {
            for (int i = 0; i < bytes.length; i++) {
                decoder.feed(bytes, i, 1, d -> out.add(VectorFile.render(d, protocol.isPalpa())));
            }
        } else {
            decoder.feed(bytes, 0, bytes.length, d -> out.add(VectorFile.render(d, protocol.isPalpa())));
        }
        out.add(VectorFile.render(decoder.stats().snapshot()));
        return out;
    }
}
