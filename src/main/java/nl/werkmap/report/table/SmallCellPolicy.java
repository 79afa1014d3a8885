package nl.werkmap.report.table;

import java.util.Arrays;
import java.util.List;

/**
 * The one rule for small numbers in everything a summary publishes (screen, XLSX, CSV, PDF).
 *
 * <p>Primary suppression: every count from 1 to 4 is shown as "&lt;5" (totals included). Zero is shown: it says
 * nothing about a person.
 *
 * <p>Complementary suppression, so totals cannot give a hidden count away. The reader we guard against sees every
 * published number and total, knows that each row and column adds up to its total, that a "&lt;5" holds 1..4, that an
 * "x" holds some whole number of 0 or more, and that a shown number is exact. The rule: <em>no hidden number may have
 * only one value that fits all of that</em>. {@link CycleSearch} checks it exactly, not by narrowing ranges: in the
 * {@link TableNetwork} a hidden number can take a second value if and only if a cycle of hidden numbers, each with
 * room to move that way, runs through it. While some hidden number has no such cycle, the cheapest cycle through it
 * is found with published numbers allowed (hiding a count costs its value, hiding a total far more, and widening a
 * "&lt;5" stuck at its bound to "x" most of all), and the numbers on it become "x". Each round marks at least one more
 * number of a finite table, and marking never breaks a cycle found before, so it ends with every hidden number free.
 *
 * <p>A zero is never hidden as a complement. A hidden zero can only move up, and in a line whose published total is 0
 * it is pinned at 0 however much else is hidden, so it protects nothing there; elsewhere a total or a count of 5 or
 * more always does the job better. Lines of zeros therefore drop out of the network altogether, and a shown 0 is
 * always a real 0, as the explanation under each table promises. A cycle needs no zero: a hidden count always has
 * one through its totals, which are at least that count.
 *
 * <p>What this does not cover: a reader who also combines different tables that share a total (the tables that
 * repeat a total hide it in both), or who reasons about which cells this rule would have picked.
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
        return protect(cells, cells.length == 0 ? 0 : cells[0].length, withRowTotals, withColumnTotals);
    }

    /**
     * As {@link #protect(long[][], boolean, boolean)}, with the number of columns given: a table without rows
     * (no coaches, no budgets, no schools) still has its columns, and so a total of 0 for each.
     */
    public Protection protect(long[][] cells, int columns, boolean withRowTotals, boolean withColumnTotals) {
        return protect(cells, columns, withRowTotals, withColumnTotals, (row, col) -> false);
    }

    /**
     * As {@link #protect(long[][], int, boolean, boolean)}, with some numbers hidden from the start (row and column
     * as in the extended table). For a total that another table publishes too and had to hide there: hiding it
     * here as well is not enough when everything it adds up is shown, so it gets its own cycle like any hidden
     * number.
     */
    public Protection protect(long[][] cells, int columns, boolean withRowTotals, boolean withColumnTotals,
                              java.util.function.BiPredicate<Integer, Integer> alsoHidden) {
        int r = cells.length;
        int c = columns;
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
        Mark[][] marks = new Mark[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                marks[i][j] = single(v[i][j]);
                if (marks[i][j] == Mark.SHOWN && v[i][j] > 0 && alsoHidden.test(i, j)) {
                    marks[i][j] = Mark.COMPLEMENT;
                }
            }
        }
        CycleSearch search = new CycleSearch(new TableNetwork(r, c, withRowTotals, withColumnTotals), v, marks);
        // One pass is enough: marking more numbers "x" only adds cycles, so a number found free stays free.
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (marks[i][j] != Mark.SHOWN && search.pinned(i, j)) {
                    List<int[]> hide = search.cheapestCycle(i, j, true);
                    if (hide == null || hide.isEmpty()) {
                        throw new IllegalStateException("hidden cell " + i + "," + j + " stays recoverable");
                    }
                    hide.forEach(p -> marks[p[0]][p[1]] = Mark.COMPLEMENT);
                }
            }
        }
        int[] left = search.firstPinned();
        if (left != null) {
            throw new IllegalStateException("hidden cell " + Arrays.toString(left) + " stays recoverable");
        }
        return new Protection(v, marks, r, c, withRowTotals, withColumnTotals);
    }
}
