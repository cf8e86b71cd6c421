package org.palpa.adapter.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeldLogTest {
    private final HeldLog filter = new HeldLog();

    @AfterEach
    void release() {
        HeldLog.release(new PrintStream(PrintStream.nullOutputStream()));
    }

    @Test
    void outsideALiveSessionMessagesPassThrough() {
        assertThat(filter.decide(warning("port vanished"))).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void whileLiveMessagesAreHeldCountedAndPrintedWhenTheSessionEnds() {
        HeldLog.hold();

        assertThat(filter.decide(warning("port /dev/ttyUSB0 vanished"))).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(warning("reconnected"))).isEqualTo(FilterReply.DENY);
        assertThat(HeldLog.heldCount()).isEqualTo(2);
        assertThat(HeldLog.firstHeld()).isEqualTo("port /dev/ttyUSB0 vanished");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        HeldLog.release(new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                palpa: 2 warnings during the session:
                  WARN SerialTransport: port /dev/ttyUSB0 vanished
                  WARN SerialTransport: reconnected
                """);
        assertThat(filter.decide(warning("after"))).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void aFloodKeepsOnlyTheLastMessagesAndSaysSo() {
        HeldLog.hold();
        for (int i = 0; i < HeldLog.KEPT + 10; i++) {
            filter.decide(warning("gap " + i));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        HeldLog.release(new PrintStream(err, true, StandardCharsets.UTF_8));

        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("palpa: 60 warnings during the session (the last 50 follow):")
                .contains("gap 59").doesNotContain("gap 9\n");
    }

    private static LoggingEvent warning(String message) {
        LoggingEvent e = new LoggingEvent();
        e.setLevel(Level.WARN);
        e.setLoggerName("org.palpa.adapter.serial.SerialTransport");
        e.setMessage(message);
        return e;
    }
}
