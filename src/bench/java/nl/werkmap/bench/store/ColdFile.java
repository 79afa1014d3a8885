package nl.werkmap.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import nl.werkmap.bench.caseload.Figures;
import nl.werkmap.bench.caseload.ListSqlShell;

/**
 * A caseload file met cold, as after a reboot: the page cache dropped (Linux, as root), and the floor for the list,
 * the caseload's own SQL in the sqlite3 shell on that cold file and then warm. A coach's laptop reads the file cold
 * at the first unlock of the day; a warm rerun in the same minute hides most of the reading.
 */
public final class ColdFile {

    private ColdFile() {
    }

    /**
     * Makes {@code db} cold: with {@code -Dbench.cold=file} only the caseload's own files leave the page cache
     * ({@code dd iflag=nocache count=0}, which asks the kernel to drop the file's clean pages), so other programs on
     * the machine keep theirs; else the whole page cache is dropped ({@link #drop()}). Says so and goes on if not
     * allowed.
     */
    static void chill(Path db) {
        if ("file".equals(System.getProperty("bench.cold"))) {
            evict(db);
        } else {
            drop();
        }
    }

    /** True when {@code -Dbench.cold} asks for a cold file, either way ({@code true} or {@code file}). */
    static boolean asked() {
        String how = System.getProperty("bench.cold");
        return "true".equals(how) || "file".equals(how);
    }

    /** Drops the page cache of the database and its WAL alone (Linux, GNU dd); other files stay cached. */
    public static void evict(Path db) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path file = Path.of(db + suffix);
            if (!Files.exists(file)) {
                continue;
            }
            try {
                int exit = new ProcessBuilder("dd", "if=" + file, "iflag=nocache", "count=0", "status=none")
                        .inheritIO().start().waitFor();
                if (exit != 0) {
                    System.out.println("(page cache of " + file + " NOT dropped: dd ended with " + exit + ")");
                }
            } catch (IOException e) {
                System.out.println("(page cache of " + file + " NOT dropped: " + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Writes dirty pages and drops the page cache; says so and goes on if not allowed (not root, not Linux). */
    static void drop() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
            Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3");
        } catch (IOException e) {
            System.out.println("(page cache NOT dropped: " + e.getMessage() + "; the file may be warm)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The list's statements in the sqlite3 shell, cold and then warm: real, user and system time of each. */
    static void floor(Path db) throws IOException, InterruptedException {
        Path script = ListSqlShell.script(LocalDate.now());
        try {
            for (String how : new String[] {"cold", "warm"}) {
                if (how.equals("cold")) {
                    chill(db);
                }
                double[] sum = ListSqlShell.run(db, script);
                System.out.printf(Locale.ROOT, "floor, the list's SQL in the sqlite3 shell, %s file: %.0f ms wall,"
                        + " %.0f ms cpu (user %.0f + sys %.0f); load average %.2f%n", how, sum[0], sum[1] + sum[2],
                        sum[1], sum[2], Figures.loadAverage());
            }
        } catch (IOException noShell) {
            System.out.println("(no sqlite3 shell: floor not measured)");
        } finally {
            Files.delete(script);
        }
    }
}
