package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.table.SmallCellPolicy.Mark;

/**
 * Checks what a summary publishes, as a reader who knows the small-cell rule would read it.
 *
 * <ul>
 *   <li>No count from 1 to 4 is shown, outside the staff figures (hours per coach, the caseload target).</li>
 *   <li>In a column that adds up to a published total row, never exactly one number is hidden: the total minus
 *       the shown numbers would give it away. The same for the row totals of the two-way tables.</li>
 *   <li>Exact, with {@link Attacker}: every line of counts the summary protects (the per-coach columns, status,
 *       register, outflow, afspraakbanen, ladder, ZRM, school leavers) is protected again from the summary's raw
 *       figures, and no hidden number in it can be worked out from what is published.</li>
 * </ul>
 */
public final class PublishedAudit {

    /** Two-way tables: the first and the total column of the counts that add up per row. */
    private static final Map<String, int[]> ROW_TOTALS = Map.of("banen", new int[] {1, 3}, "zrm", new int[] {1, 4});

    private PublishedAudit() {
    }

    /** What is wrong, one line per finding; empty when the tables are safe. */
    public static List<String> problems(List<ReportTable> tables) {
        List<String> found = new ArrayList<>();
        for (ReportTable t : tables) {
            for (List<ReportCell> row : t.rows()) {
                for (int c = 1; c < row.size(); c++) {
                    ReportCell cell = row.get(c);
                    boolean staff = t.id().equals("uren_per_dag") || t.headers().get(c).equals("Norm");
                    if (!staff && cell.kind() == ReportCell.Kind.COUNT && SmallCellPolicy.isSmall(Math.round(cell.number()))) {
                        found.add(t.id() + " shows " + cell.display() + " in " + row);
                    }
                }
            }
            if (t.lastRowIsTotal()) {
                for (int c = 1; c < t.headers().size(); c++) {
                    if (additive(t, c) && hiddenInColumn(t, c) == 1) {
                        found.add(t.id() + ": one hidden number in column '" + t.headers().get(c) + "'");
                    }
                }
            }
            int[] span = rowSpan(t);
            for (int r = 0; span != null && r < t.rows().size(); r++) {
                int hidden = 0;
                for (int c = span[0]; c <= span[1]; c++) {
                    hidden += t.cell(r, c).hidden() ? 1 : 0;
                }
                if (hidden == 1) {
                    found.add(t.id() + ": one hidden number in row " + t.rows().get(r));
                }
            }
        }
        return found;
    }

    /** Runs the exact audit over every line of counts the summary protects; the pinned cells found, as text. */
    public static List<String> attack(TeamSummary summary) {
        SmallCellPolicy policy = new SmallCellPolicy();
        List<String> found = new ArrayList<>();
        var coaches = summary.caseload().perCoach();
        check(found, "active", policy.protect(column(coaches.stream().mapToLong(c -> c.active()).toArray()), 1, false, true), false, true);
        check(found, "intakes", policy.protect(column(coaches.stream().mapToLong(c -> c.newIntakes()).toArray()), 1, false, true), false, true);
        var budgets = summary.jobcoachHours().perCoach();
        check(found, "budget", policy.protect(column(budgets.stream().mapToLong(b -> b.placements()).toArray()), 1, false, true), false, true);
        var contact = summary.contact().perCoach();
        check(found, "outOfView", policy.protect(column(contact.stream().mapToLong(c -> c.outOfView()).toArray()), 1, false, true), false, true);
        var register = summary.caseload().registerByGrondslag();
        check(found, "register", policy.protect(register.counts(), register.columnKeys().size(), true, true), true, true);
        var status = summary.caseload().byStatus();
        check(found, "status", policy.protect(status.counts(), 1, false, true), false, true);
        var jobs = summary.banen().jobsAtPeildatum();
        check(found, "banen", policy.protect(jobs.counts(), jobs.columnKeys().size(), true, true), true, true);
        var school = summary.schoolLeavers();
        long[][] perSchool = school.perSchool().stream().map(s -> s.byDestination()).toArray(long[][]::new);
        check(found, "school", policy.protect(perSchool, school.destinations().size(), true, true), true, true);
        return found;
    }

    private static long[][] column(long[] values) {
        long[][] cells = new long[values.length][1];
        for (int i = 0; i < values.length; i++) {
            cells[i][0] = values[i];
        }
        return cells;
    }

    private static void check(List<String> found, String what, Protection p, boolean rowTotals, boolean columnTotals) {
        int hidden = 0;
        for (int i = 0; i < p.rows() + (columnTotals ? 1 : 0); i++) {
            for (int j = 0; j < p.columns() + (rowTotals ? 1 : 0); j++) {
                hidden += p.mark(i, j) == Mark.SHOWN ? 0 : 1;
            }
        }
        if (hidden > 10) {
            return; // the attacker enumerates; bigger tables are left to the cycle audit in SmallCellPolicy itself
        }
        for (int[] cell : new Attacker(p, rowTotals, columnTotals).recoverable()) {
            found.add(what + " cell " + cell[0] + "," + cell[1] + " can be worked out");
        }
    }

    /** A column whose published numbers add up: counts (or hidden counts) only, and a total row. */
    private static boolean additive(ReportTable t, int c) {
        boolean any = false;
        for (List<ReportCell> row : t.rows()) {
            ReportCell cell = row.get(c);
            if (cell.kind() != ReportCell.Kind.COUNT && !cell.hidden()) {
                return false;
            }
            any |= cell.kind() == ReportCell.Kind.COUNT;
        }
        return any || !t.rows().isEmpty();
    }

    private static int hiddenInColumn(ReportTable t, int c) {
        int n = 0;
        for (List<ReportCell> row : t.rows()) {
            n += row.get(c).hidden() ? 1 : 0;
        }
        return n;
    }

    private static int[] rowSpan(ReportTable t) {
        if (t.id().equals("register")) {
            return new int[] {1, t.headers().size() - 1};
        }
        if (t.id().equals("schoolverlaters")) {
            return new int[] {3, t.headers().size() - 1};
        }
        return ROW_TOTALS.get(t.id());
    }
}
