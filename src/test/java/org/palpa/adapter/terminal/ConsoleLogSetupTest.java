package org.palpa.adapter.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class ConsoleLogSetupTest {

    @Test
    void warningsGoToStandardErrorAndInfoDoesNot() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());   // as logback's own start-up does
        new ConsoleLogSetup().configure(context);
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            context.getLogger("org.palpa.adapter.serial.SerialTransport").warn("port {} went away", "ttyUSB0");
            context.getLogger("org.palpa.adapter.serial.SerialTransport").info("not shown");
        } finally {
            System.setErr(saved);
            context.stop();
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  o\\.p\\.a\\.s\\.SerialTransport - port ttyUSB0 went away\\R");
    }

    @Test
    void silencesPdfboxWarningsAndPi4jAndHoldsMessagesDuringLiveFeedback() {
        LoggerContext context = new LoggerContext();
        assertThat(new ConsoleLogSetup().configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger("org.apache.pdfbox.pdmodel.font").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("com.pi4j.boardinfo").getEffectiveLevel()).isEqualTo(Level.OFF);
        var appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        assertThat(appender).isInstanceOf(ConsoleAppender.class);
        assertThat(appender.getCopyOfAttachedFiltersList()).hasOnlyElementsOfType(HeldLog.class).hasSize(1);
        context.stop();
    }

    @Test
    void theApplicationsLoggingIsSetUpByThisClass() {
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("STDERR")).isNotNull();
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
    }
}
