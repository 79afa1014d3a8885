package nl.werkmap.bench.caseload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.werkmap.store.caseload.CaseloadQuery;

/**
 * The caseload list's own SQL run in the sqlite3 shell with its timer on: the floor the list's read is measured
 * against (the same statements, no Java). Used by the screen bench and by the cold-file store bench.
 */
public final class ListSqlShell {

    private static final Pattern RUN_TIME = Pattern.compile("Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)");

    private ListSqlShell() {
    }

    /** A script with the list's statements for {@code day}, timed, their rows thrown away; the caller deletes it. */
    public static Path script(LocalDate day) throws IOException {
        Path script = Files.createTempFile("list-floor", ".sql");
        StringBuilder sql = new StringBuilder(".timer on\n.output /dev/null\n");
        for (String statement : CaseloadQuery.statements(day)) {
            sql.append(statement).append(";\n");
        }
        Files.writeString(script, sql, StandardCharsets.UTF_8);
        return script;
    }

    /**
     * Runs {@code script} on {@code db} read-only: real, user and system milliseconds summed over its statements.
     * An IOException when there is no sqlite3 shell.
     */
    public static double[] run(Path db, Path script) throws IOException, InterruptedException {
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
        return sum;
    }
}
