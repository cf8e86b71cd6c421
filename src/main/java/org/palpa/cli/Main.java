package org.palpa.cli;

import org.palpa.cli.analysis.AnalyzeCommand;
import org.palpa.cli.calibration.CalibrateCommand;
import org.palpa.cli.classroom.ClassroomCommand;
import org.palpa.cli.calibration.CalibrationCommand;
import org.palpa.cli.live.DemoCommand;
import org.palpa.cli.live.GuiCommand;
import org.palpa.cli.live.LiveCommand;
import org.palpa.cli.device.PortsCommand;
import org.palpa.cli.sessions.SessionsCommand;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
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
        description = "Live feedback on the pressure a manual therapist applies.")
public final class Main {
    /**
     * The subcommands, in the order help lists them. Only the one a command line names is built, since
     * picocli reflects over every option of every command it is given, which costs most of a short
     * command's start-up (docs/performance.md).
     */
    private static final Class<?>[] SUBCOMMANDS = {LiveCommand.class, AnalyzeCommand.class, DemoCommand.class,
            GuiCommand.class, ClassroomCommand.class, PortsCommand.class, CalibrateCommand.class, CalibrationCommand.class,
            SessionsCommand.class, org.palpa.cli.assess.AssessCommand.class, org.palpa.cli.plan.PlanCommand.class,
            org.palpa.cli.ppt.PptCommand.class, CommandLine.HelpCommand.class};

    private static final java.util.Set<String> SUBCOMMAND_NAMES = Arrays.stream(SUBCOMMANDS)
            .map(c -> c.getAnnotation(Command.class).name()).collect(java.util.stream.Collectors.toSet());

    /** Exit status for bad input: a malformed file or a wrong option. */
    public static final int BAD_INPUT = 2;
    /** Exit status for a failure while running, such as a device that cannot be opened. */
    public static final int FAILED = 1;
    /** Exit status of a session that ran but was not recorded, or only in part, though recording was asked for. */
    public static final int NOT_RECORDED = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status, without exiting. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        boolean versionOnly = named == null && Arrays.asList(args).contains("--version")
                || named == null && Arrays.asList(args).contains("-V");
        for (Class<?> sub : SUBCOMMANDS) {
            String name = sub.getAnnotation(Command.class).name();
            // an unknown word or "help" needs them all, for suggestions and the list
            boolean all = named == null ? !versionOnly : !SUBCOMMAND_NAMES.contains(named) || named.equals("help");
            if (all || name.equals(named)) {
                cli.addSubcommand(name, CommandTree.of(sub, CommandTree.wordsAfter(args, name)));
            }
        }
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setParameterExceptionHandler(Main::badOption);
        return cli.execute(args);
    }

    /** Every command with all its members, as {@code palpa help} lists them. */
    static CommandLine wholeTree() {
        CommandLine cli = new CommandLine(new Main());
        for (Class<?> sub : SUBCOMMANDS) {
            cli.addSubcommand(sub.getAnnotation(Command.class).name(), CommandTree.of(sub, List.of()));
        }
        return cli;
    }

    /** A wrong option: one line and where to read more, never the whole usage. */
    private static int badOption(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (System.getenv("PALPA_DEBUG") != null) {
            e.printStackTrace(err);
        }
        String name = cmd.getCommandSpec().qualifiedName(" ");
        String message = String.valueOf(e.getMessage()).strip().replace(System.lineSeparator(), "; ").replace("\n", "; ");
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            message += "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
        }
        err.println(name + ": " + message + "; see '" + name + " --help'");
        return BAD_INPUT;
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (System.getenv("PALPA_DEBUG") != null) {
            e.printStackTrace(err);
        }
        if (e instanceof CommandLine.ParameterException p) {
            return badOption(p, new String[0]);
        }
        if (e instanceof java.io.UncheckedIOException u) {
            return handle(u.getCause(), cmd, parsed);
        }
        if (e instanceof org.palpa.core.calibration.UncalibratedChannelException u) {
            err.println("palpa " + cmd.getCommandName() + ": " + u.getMessage() + ". Calibrate it with 'palpa calibrate "
                    + "--device " + u.model() + " --channel " + u.channel() + " --masses 0.5,1,2,4', or pass --raw "
                    + "to see raw counts (labelled counts, never N)");
            return BAD_INPUT;
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
            FailureText text = FailureText.of(io);
            err.println("palpa " + cmd.getCommandName() + ": " + text.message());
            return text.badInput() ? BAD_INPUT : FAILED;
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
