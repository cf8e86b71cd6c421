package org.palpa.app.classroom;

/**
 * A station as the instructor wrote it, on the command line or in a class file, before its device
 * is opened: the text is checked when the class is set up.
 *
 * @param name     the station's name on its tile
 * @param device   a device name ({@code sim-glove}), {@code serial:PORT}, or a Pi device
 * @param student  the student's code, or null for the station's name
 * @param target   the station's own target centre, such as {@code 30N}, or null for the class's
 * @param protocol a serial device's protocol, or null for {@code auto}
 * @param baud     a serial device's baud rate, 0 for the protocol's usual one
 * @param config   a Raspberry Pi device's config file, or null
 * @param feedback the station's practice schedule ({@code faded}, {@code none}, ...), or null for the class's
 * @param plan     a treatment plan the station follows (a shipped plan's id or a file), or null for none
 */
public record StationEntry(String name, String device, String student, String target, String protocol, int baud,
                           String config, String feedback, String plan) {
    public StationEntry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a station needs a name, as in S1=sim-glove");
        }
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("station " + name + " needs a device, as in " + name + "=sim-glove");
        }
        if (baud < 0) {
            throw new IllegalArgumentException("station " + name + ": baud must be positive, was " + baud);
        }
        student = student == null || student.isBlank() ? name : student.strip();
        if (feedback != null) {
            try {
                org.palpa.core.feedback.FeedbackSchedule.parse(feedback);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("station " + name + ": " + e.getMessage());
            }
        }
        plan = plan == null || plan.isBlank() ? null : plan.strip();
    }

    /** A station with the class's feedback schedule and no plan of its own. */
    public StationEntry(String name, String device, String student, String target, String protocol, int baud,
                        String config) {
        this(name, device, student, target, protocol, baud, config, null, null);
    }

    /** This station following {@code planOrFile} instead. */
    public StationEntry withPlan(String planOrFile) {
        return new StationEntry(name, device, student, target, protocol, baud, config, feedback, planOrFile);
    }

    /**
     * Parses {@code NAME=DEVICE[,student=CODE][,target=VALUE][,feedback=SCHEDULE][,protocol=P][,baud=N][,config=FILE][,plan=FILE]}.
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static StationEntry parse(String text) {
        String[] parts = text.split(",");
        int eq = parts[0].indexOf('=');
        if (eq <= 0 || eq == parts[0].length() - 1) {
            throw new IllegalArgumentException("station '" + text + "' must start NAME=DEVICE, as in S1=sim-glove");
        }
        String name = parts[0].substring(0, eq).strip();
        String device = parts[0].substring(eq + 1).strip();
        String student = null;
        String target = null;
        String protocol = null;
        String config = null;
        String feedback = null;
        String plan = null;
        int baud = 0;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            int e = p.indexOf('=');
            String key = e < 0 ? p : p.substring(0, e).strip();
            String value = e < 0 ? "" : p.substring(e + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("station " + name + ": '" + p + "' needs KEY=VALUE");
            }
            switch (key) {
                case "student" -> student = value;
                case "target" -> target = value;
                case "protocol" -> protocol = value;
                case "config" -> config = value;
                case "feedback" -> feedback = value;
                case "plan" -> plan = value;
                case "baud" -> baud = baud(name, value);
                default -> throw new IllegalArgumentException("station " + name + ": unknown setting '" + key
                        + "' (known: student, target, feedback, protocol, baud, config, plan)");
            }
        }
        return new StationEntry(name, device, student, target, protocol, baud, config, feedback, plan);
    }

    private static int baud(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("station " + name + ": baud '" + value + "' is not a whole number");
        }
    }
}
