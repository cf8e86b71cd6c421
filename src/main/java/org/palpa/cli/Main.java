package org.palpa.cli;

import org.palpa.cli.analysis.AnalyzeCommand;
import org.palpa.cli.calibration.CalibrateCommand;
import org.palpa.cli.calibration.CalibrationCommand;
import org.palpa.cli.live.DemoCommand;
import org.palpa.cli.live.GuiCommand;
import org.palpa.cli.live.LiveCommand;
import org.palpa.cli.device.PortsCommand;
import org.palpa.cli.sessions.SessionsCommand;
import java.io.PrintWriter;
import org.palpa.core.PalpaException;
import org.palpa.core.sample.InputFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code palpa} command. Errors reach the user as one line naming what went wrong and where,
 * with exit status 2 for bad input or usage and 1 for a failure at run time; stack traces are
 * shown only when the environment variable {@code PALPA_DEBUG} is set.
 */
@Command(name = "palpa", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Live feedback on the pressure a manual therapist applies.",
        subcommands = {LiveCommand.class, AnalyzeCommand.class, DemoCommand.class, GuiCommand.class, PortsCommand.class,
                CalibrateCommand.class, CalibrationCommand.class, SessionsCommand.class, org.palpa.cli.ppt.PptCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** Exit status for bad input: a malformed file or a wrong option. */
    public static final int BAD_INPUT = 2;
    /** Exit status for a failure while running, such as a device that cannot be opened. */
    public static final int FAILED = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status, without exiting. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (System.getenv("PALPA_DEBUG") != null) {
            e.printStackTrace(err);
        }
        if (e instanceof InputFormatException) {
            err.println("palpa: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("palpa " + cmd.getCommandName() + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof PalpaException) {
            err.println("palpa: " + e.getMessage());
            return FAILED;
        }
        if (e instanceof java.io.IOException io) {
            err.println("palpa: " + io.getClass().getSimpleName() + ": " + io.getMessage());
            return FAILED;
        }
        err.println("palpa: internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); set PALPA_DEBUG=1 for details");
        return FAILED;
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"palpa " + (v == null ? "development build" : v)};
        }
    }
}
