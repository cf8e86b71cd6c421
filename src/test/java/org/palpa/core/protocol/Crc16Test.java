package org.palpa.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc16Test {
    @Test
    void checkValueOf123456789_is29B1() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc16.of(check, 0, check.length)).isEqualTo(0x29B1).isEqualTo(Crc16.CHECK_VALUE);
    }

    @Test
    void crcComputedInTwoParts_equalsCrcInOne() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc16.update(Crc16.of(check, 0, 4), check, 4, 5)).isEqualTo(Crc16.of(check, 0, 9));
    }

    @Test
    void emptyInput_givesTheInitialValue() {
        assertThat(Crc16.of(new byte[0], 0, 0)).isEqualTo(0xFFFF);
    }
}
