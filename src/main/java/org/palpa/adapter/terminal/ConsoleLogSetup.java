package org.palpa.adapter.terminal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Palpa's logging set-up, in code rather than in a {@code logback.xml}: reading an XML file made
 * logback load the JDK's XML parser and its own configuration language, about 0.2 s of CPU on every
 * command that opens the session store (issue 16, docs/performance.md). Warnings and errors go to
 * standard error through {@link HeldLog}, which holds them back while the live feedback is drawn;
 * PDFBox's font-substitution warnings and Pi4J's board-detection errors are silenced. Logback finds
 * this class through {@code META-INF/services}; a {@code -Dlogback.configurationFile} given by hand
 * still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class ConsoleLogSetup extends ContextAwareBase implements Configurator {
    /** The line format: time of day, level, the logger's short name and the message. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        HeldLog held = new HeldLog();
        held.setContext(context);
        held.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.addFilter(held);
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        context.getLogger("com.pi4j").setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
