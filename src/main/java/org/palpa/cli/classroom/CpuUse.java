package org.palpa.cli.classroom;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The processor time this program used (every thread, as the operating system counts it) against
 * the wall-clock time, so a soak run on a shared machine reports its own cost, not the machine's load.
 */
final class CpuUse {
    private final long cpuStartNanos;
    private final long wallStartNanos;

    private CpuUse(long cpuStartNanos, long wallStartNanos) {
        this.cpuStartNanos = cpuStartNanos;
        this.wallStartNanos = wallStartNanos;
    }

    static CpuUse start() {
        return new CpuUse(processCpuNanos(), System.nanoTime());
    }

    /** Such as {@code used 212.4 s of CPU in 600.3 s: 35% of one core (load average 7.9 at the end)}. */
    String sinceStart() {
        long cpu = processCpuNanos();
        double wallSeconds = (System.nanoTime() - wallStartNanos) / 1e9;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (cpu < 0) {
            return String.format(Locale.ROOT, "ran %.1f s (this JVM does not report its CPU time)", wallSeconds);
        }
        double cpuSeconds = (cpu - cpuStartNanos) / 1e9;
        return String.format(Locale.ROOT, "used %.1f s of CPU in %.1f s: %.0f%% of one core (load average %.1f at the end)",
                cpuSeconds, wallSeconds, 100 * cpuSeconds / wallSeconds, load);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
