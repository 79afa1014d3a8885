package nl.werkmap.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the calling thread's wall time went, from Linux's {@code /proc/thread-self/schedstat}: on a core, waiting
 * for a core (other threads and programs had them), and the rest, blocked (reading the disk, waiting for the pool).
 * On a loaded machine the wall time of a cold read mostly says how busy the machine was; the blocked part does not,
 * so a change in how the file is read shows there (issue 13, unlockcold). Where there is no such file the figures
 * are absent and {@link #until} says so.
 */
final class ThreadWaits {

    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    private final long wall;
    private final long onCore;
    private final long waitingForCore;

    private ThreadWaits(long wall, long onCore, long waitingForCore) {
        this.wall = wall;
        this.onCore = onCore;
        this.waitingForCore = waitingForCore;
    }

    static ThreadWaits now() {
        long wall = System.nanoTime();
        try {
            String[] fields = Files.readString(SCHEDSTAT).trim().split(" ");
            return new ThreadWaits(wall, Long.parseLong(fields[0]), Long.parseLong(fields[1]));
        } catch (IOException | RuntimeException none) {
            return new ThreadWaits(wall, -1, -1);
        }
    }

    /** The calling thread's time from this moment to {@code end}, split in three (ms). */
    String until(ThreadWaits end) {
        if (onCore < 0 || end.onCore < 0) {
            return "(no schedstat here)";
        }
        double wallMs = (end.wall - wall) / 1e6;
        double coreMs = (end.onCore - onCore) / 1e6;
        double waitMs = (end.waitingForCore - waitingForCore) / 1e6;
        return String.format(Locale.ROOT, "on a core %.0f ms, waiting for a core %.0f ms, blocked (disk, pool) %.0f ms",
                coreMs, waitMs, wallMs - coreMs - waitMs);
    }
}
