package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for small numbers in everything a summary publishes (screen, XLSX, CSV, PDF).
 *
 * <p>Primary suppression: every count from 1 to 4 is shown as "&lt;5" (totals included). Zero is shown: it says
 * nothing about a person.
 *
 * <p>Complementary suppression, so totals cannot give a hidden count away. A table with its totals is a set of
 * equations (each row adds up to its row total, each column to its column total, the totals to the grand total).
 * A reader knows that a "&lt;5" cell holds 1..4 and that a cell hidden as complement ("x") holds 5 or more. An
 * equation whose total is published is safe when it hides nothing, or when its hidden sum lies strictly between
 * the least and the most those hidden cells could hold: then every hidden cell in it can take at least two values.
 * While an equation is unsafe, the smallest published cell of 5 or more in it is hidden as well; if there is none,
 * the equation's total is hidden (and the equation that total sits in is checked in turn). Finally the whole
 * system is checked with linear algebra: a hidden cell that every solution fixes (e.g. a cell bridging two blocks
 * of hidden cells) gets a further complement in its row. This repeats until nothing changes; it always ends,
 * because each step hides one more cell of a finite table.
 */
public final class SmallCellPolicy {

    /** Counts below this (and above zero) are hidden. */
    public static final int THRESHOLD = 5;
    public static final String SMALL_MARK = "<5";
    public static final String COMPLEMENT_MARK = "x";

    /** What a reader is told the marks mean; on every cover sheet and under every table with hidden cells. */
    public static final String EXPLANATION = "\"<5\" betekent 1, 2, 3 of 4: zo kleine aantallen tonen we niet, zodat "
            + "niemand te herleiden is. \"x\" is een getal dat ook verborgen is (het kan elk getal zijn), omdat anders "
            + "een verborgen aantal uit de totalen terug te rekenen zou zijn. Een getoonde 0 is echt 0.";

    /** How one published number appears. */
    public enum Mark { SHOWN, SMALL, COMPLEMENT }

    public static boolean isSmall(long n) {
        return n >= 1 && n < THRESHOLD;
    }

    /** A lone count, with no totals around it. */
    public static Mark single(long n) {
        return isSmall(n) ? Mark.SMALL : Mark.SHOWN;
    }

    /**
     * Protects a table of counts. {@code withRowTotals} adds a total per row (a last column), {@code
     * withColumnTotals} a total per column (a last row); with both there is a grand total too.
     */
    public Protection protect(long[][] cells, boolean withRowTotals, boolean withColumnTotals) {
        int r = cells.length;
        int c = r == 0 ? 0 : cells[0].length;
        int rows = r + (withColumnTotals ? 1 : 0);
        int cols = c + (withRowTotals ? 1 : 0);
        long[][] v = new long[rows][cols];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                v[i][j] = cells[i][j];
                if (withRowTotals) {
                    v[i][c] += cells[i][j];
                }
                if (withColumnTotals) {
                    v[r][j] += cells[i][j];
                }
            }
        }
        if (withRowTotals && withColumnTotals) {
            for (int i = 0; i < r; i++) {
                v[r][c] += v[i][c];
            }
        }
        List<int[][]> equations = new ArrayList<>(); // positions; the last one is the total
        if (withRowTotals) {
            for (int i = 0; i < rows; i++) {
                int[][] eq = new int[cols][];
                for (int j = 0; j < cols; j++) {
                    eq[j] = new int[] {i, j};
                }
                equations.add(eq);
            }
        }
        if (withColumnTotals) {
            for (int j = 0; j < cols; j++) {
                int[][] eq = new int[rows][];
                for (int i = 0; i < rows; i++) {
                    eq[i] = new int[] {i, j};
                }
                equations.add(eq);
            }
        }
        Mark[][] marks = new Mark[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                marks[i][j] = single(v[i][j]);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] eq : equations) {
                if (!safe(eq, v, marks)) {
                    hideComplement(eq, v, marks);
                    changed = true;
                }
            }
            if (!changed) {
                int[] fixed = new LinearAudit(v, marks, equations).firstDetermined();
                if (fixed == null) {
                    fixed = new BoundsAudit(v, marks, equations).firstPinned();
                }
                // A cell pinned while nothing is left to hide can only be pinned at what the reader sees anyway.
                changed = fixed != null && hideInRow(fixed, v, marks, withRowTotals);
            }
        }
        return new Protection(v, marks, r, c, withRowTotals, withColumnTotals);
    }

    private static boolean hidden(Mark m) {
        return m != Mark.SHOWN;
    }

    /**
     * An equation reads: hidden cells + published cells = total. Moving everything known to one side leaves
     * {@code sum of unknowns = target}, where a hidden total counts with a minus sign. Each unknown has a range
     * (1..4 for "&lt;5", 0 and up for "x"). The equation pins nothing when it has at least two unknowns and the
     * target lies strictly between the least and the most they can add up to.
     */
    static boolean safe(int[][] eq, long[][] v, Mark[][] marks) {
        long target = 0;
        long min = 0;
        long max = 0;
        boolean minUnbounded = false;
        boolean maxUnbounded = false;
        int unknowns = 0;
        for (int k = 0; k < eq.length; k++) {
            boolean isTotal = k == eq.length - 1;
            Mark m = marks[eq[k][0]][eq[k][1]];
            long value = v[eq[k][0]][eq[k][1]];
            if (m == Mark.SHOWN) {
                target += isTotal ? value : -value;
                continue;
            }
            unknowns++;
            long lo = m == Mark.SMALL ? 1 : 0;
            long hi = m == Mark.SMALL ? THRESHOLD - 1 : Long.MAX_VALUE;
            if (isTotal) {
                // the total moves to the other side: -total ranges over [-hi, -lo]
                max -= lo;
                if (m == Mark.SMALL) {
                    min -= hi;
                } else {
                    minUnbounded = true;
                }
            } else {
                min += lo;
                if (m == Mark.SMALL) {
                    max += hi;
                } else {
                    maxUnbounded = true;
                }
            }
        }
        if (unknowns == 0) {
            return true;
        }
        return unknowns >= 2 && (minUnbounded || target > min) && (maxUnbounded || target < max);
    }

    /**
     * Makes an unsafe equation safer by one step: hide the smallest published cell of 5 or more that makes it safe,
     * else the smallest published cell of 5 or more, else any published cell (a zero, too: "x" may be anything),
     * else its total; when all of it is hidden already, widen one "&lt;5" to "x".
     */
    private static void hideComplement(int[][] eq, long[][] v, Mark[][] marks) {
        int[] best = null;
        int[] big = null;
        int[] any = null;
        for (int k = 0; k < eq.length - 1; k++) {
            int[] p = eq[k];
            if (marks[p[0]][p[1]] != Mark.SHOWN) {
                continue;
            }
            long value = v[p[0]][p[1]];
            if (any == null) {
                any = p;
            }
            if (value < THRESHOLD) {
                continue;
            }
            if (big == null || value < v[big[0]][big[1]]) {
                big = p;
            }
            marks[p[0]][p[1]] = Mark.COMPLEMENT;
            boolean works = safe(eq, v, marks);
            marks[p[0]][p[1]] = Mark.SHOWN;
            if (works && (best == null || value < v[best[0]][best[1]])) {
                best = p;
            }
        }
        int[] total = eq[eq.length - 1];
        int[] pick = best != null ? best : big != null ? big : any;
        if (pick == null && marks[total[0]][total[1]] == Mark.SHOWN) {
            pick = total;
        }
        if (pick == null) {
            for (int[] p : eq) {
                if (marks[p[0]][p[1]] == Mark.SMALL) {
                    pick = p;
                    break;
                }
            }
        }
        if (pick == null) {
            throw new IllegalStateException("equation stays unsafe with every number hidden");
        }
        marks[pick[0]][pick[1]] = Mark.COMPLEMENT;
    }

    /** A determined hidden cell gets a partner in its row: the smallest published cell of 5 or more, else the row total. */
    private static boolean hideInRow(int[] cell, long[][] v, Mark[][] marks, boolean withRowTotals) {
        int row = cell[0];
        int cols = v[row].length;
        int last = withRowTotals ? cols - 1 : cols;
        int pick = -1;
        for (int j = 0; j < last; j++) {
            if (marks[row][j] == Mark.SHOWN && (pick < 0 || v[row][j] < v[row][pick])) {
                pick = j;
            }
        }
        if (pick < 0) {
            pick = withRowTotals && marks[row][cols - 1] == Mark.SHOWN ? cols - 1 : -1;
        }
        if (pick < 0) {
            // Nothing left in the row: hide the smallest published number anywhere in the table.
            int[] any = null;
            for (int i = 0; i < v.length; i++) {
                for (int j = 0; j < v[i].length; j++) {
                    if (marks[i][j] != Mark.COMPLEMENT && (any == null || v[i][j] < v[any[0]][any[1]])) {
                        any = new int[] {i, j};
                    }
                }
            }
            if (any == null) {
                return false;
            }
            marks[any[0]][any[1]] = Mark.COMPLEMENT;
            return true;
        }
        marks[row][pick] = Mark.COMPLEMENT;
        return true;
    }
}
