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
final class ColdFile {

    private ColdFile() {
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
                    drop();
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
