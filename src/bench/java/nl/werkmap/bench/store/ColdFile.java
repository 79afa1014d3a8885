package nl.werkmap.bench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.werkmap.bench.caseload.Figures;
import nl.werkmap.store.caseload.CaseloadQuery;

/**
 * A caseload file met cold, as after a reboot: the page cache dropped (Linux, as root), and the floor for the list,
 * the caseload's own SQL in the sqlite3 shell on that cold file and then warm. A coach's laptop reads the file cold
 * at the first unlock of the day; a warm rerun in the same minute hides most of the reading.
 */
final class ColdFile {

    private static final Pattern RUN_TIME = Pattern.compile(
            "Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)");

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
        Path script = Files.createTempFile("list-floor", ".sql");
        StringBuilder sql = new StringBuilder(".timer on\n.output /dev/null\n");
        for (String statement : CaseloadQuery.statements(LocalDate.now())) {
            sql.append(statement).append(";\n");
        }
        Files.writeString(script, sql, StandardCharsets.UTF_8);
        try {
            for (String how : new String[] {"cold", "warm"}) {
                if (how.equals("cold")) {
                    drop();
                }
                Process p = new ProcessBuilder("sqlite3", "-readonly", db.toString())
                        .redirectInput(script.toFile()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                double[] sum = new double[3];
                Matcher m = RUN_TIME.matcher(out);
                while (m.find()) {
                    for (int i = 0; i < 3; i++) {
                        sum[i] += Double.parseDouble(m.group(i + 1)) * 1000;
                    }
                }
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
