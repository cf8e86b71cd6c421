package org.palpa.cli.classroom;

import org.palpa.adapter.terminal.ClassroomTable;
import org.palpa.app.classroom.Classroom;
import org.palpa.cli.Terminals;

/**
 * Shows the classroom as a table rewritten in place four times a second until {@code closeAfterMillis}
 * passes (or forever, until Ctrl+C). Output that is not a terminal gets the table every 5 s instead.
 */
final class ClassroomTerminal {
    private static final long REFRESH_MILLIS = 250;
    private static final long PLAIN_REFRESH_MILLIS = 5000;

    private ClassroomTerminal() {
    }

    /** Runs the table; {@code notes} are what happens to stations, printed above the table as they come. */
    static void run(Classroom classroom, long closeAfterMillis, java.util.Queue<String> notes) throws InterruptedException {
        boolean inPlace = Terminals.interactive();
        long end = closeAfterMillis > 0 ? System.nanoTime() + closeAfterMillis * 1_000_000L : Long.MAX_VALUE;
        int lines = ClassroomTable.lines(classroom.stations());
        boolean first = true;
        long every = inPlace ? REFRESH_MILLIS : PLAIN_REFRESH_MILLIS;
        while (System.nanoTime() < end) {
            String table = ClassroomTable.render(classroom.stations());
            if (inPlace) {
                // move up over the previous table and clear to the end of the screen, then notes, then the table
                System.out.print((first ? "" : "\033[" + lines + "F") + "\033[J");
                printNotes(notes);
                System.out.print(table);
            } else {
                printNotes(notes);
                System.out.print(table);
            }
            System.out.flush();
            first = false;
            long left = (end - System.nanoTime()) / 1_000_000L;
            Thread.sleep(Math.max(1, Math.min(every, left)));
        }
        if (!inPlace) {
            System.out.print(ClassroomTable.render(classroom.stations()));
        }
        printNotes(notes);
    }

    private static void printNotes(java.util.Queue<String> notes) {
        for (String n = notes.poll(); n != null; n = notes.poll()) {
            System.out.println("palpa classroom: " + n);
        }
    }
}
