package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.werkmap.report.table.SmallCellPolicy.Mark;

/**
 * Someone who reads a protected table and knows the rule: a "&lt;5" cell holds 1..4, an "x" cell anything from 0 up, and
 * every row and column adds up to its total. It enumerates every filling of the hidden cells that agrees with
 * what is published and reports which hidden cells have only one possible value.
 *
 * <p>To keep the search small it only tries values near the true ones (an "x" cell from true-4 to true+4). That
 * can only find fewer fillings than a real reader, so a cell it finds ambiguous is ambiguous for them too.
 */
final class Attacker {

    private final long[][] values;
    private final Mark[][] marks;
    private final List<int[]> hidden = new ArrayList<>();
    private final List<int[][]> equations = new ArrayList<>();
    private final long[][] guess;
    private final List<Set<Long>> seen = new ArrayList<>();

    Attacker(Protection p, boolean rowTotals, boolean columnTotals) {
        int rows = p.rows() + (columnTotals ? 1 : 0);
        int cols = p.columns() + (rowTotals ? 1 : 0);
        values = new long[rows][cols];
        marks = new Mark[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                values[i][j] = p.value(i, j);
                marks[i][j] = p.mark(i, j);
                if (marks[i][j] != Mark.SHOWN) {
                    hidden.add(new int[] {i, j});
                    seen.add(new HashSet<>());
                }
            }
        }
        if (rowTotals) {
            for (int i = 0; i < rows; i++) {
                int[][] eq = new int[cols][];
                for (int j = 0; j < cols; j++) {
                    eq[j] = new int[] {i, j};
                }
                equations.add(eq);
            }
        }
        if (columnTotals) {
            for (int j = 0; j < cols; j++) {
                int[][] eq = new int[rows][];
                for (int i = 0; i < rows; i++) {
                    eq[i] = new int[] {i, j};
                }
                equations.add(eq);
            }
        }
        guess = new long[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                guess[i][j] = marks[i][j] == Mark.SHOWN ? values[i][j] : -1;
            }
        }
    }

    /** Hidden cells whose value the published table fixes; empty when the table is safe. */
    List<int[]> recoverable() {
        List<int[]> pinned = new ArrayList<>();
        for (int k = 0; k < hidden.size(); k++) {
            int[] p = hidden.get(k);
            if (!seen.get(k).isEmpty()) {
                continue; // already seen two values while looking for another cell's alternative
            }
            if (!alternativeFor(k)) {
                pinned.add(p);
            }
        }
        return pinned;
    }

    /** Looks for a filling that agrees with everything published but gives hidden cell k another value. */
    private boolean alternativeFor(int k) {
        int[] p = hidden.get(k);
        long truth = values[p[0]][p[1]];
        for (long x : domain(k)) {
            if (x == truth) {
                continue;
            }
            guess[p[0]][p[1]] = x;
            if (consistent() && search(0, k)) {
                guess[p[0]][p[1]] = -1;
                return true;
            }
        }
        guess[p[0]][p[1]] = -1;
        return false;
    }

    private long[] domain(int k) {
        int[] p = hidden.get(k);
        long truth = values[p[0]][p[1]];
        long lo = marks[p[0]][p[1]] == Mark.SMALL ? 1 : Math.max(0, truth - 4);
        long hi = marks[p[0]][p[1]] == Mark.SMALL ? SmallCellPolicy.THRESHOLD - 1 : truth + 4;
        long[] d = new long[(int) (hi - lo + 1)];
        for (int i = 0; i < d.length; i++) {
            d[i] = lo + i;
        }
        return d;
    }

    private boolean search(int k, int fixed) {
        if (k == hidden.size()) {
            for (int h = 0; h < hidden.size(); h++) {
                int[] q = hidden.get(h);
                if (guess[q[0]][q[1]] != values[q[0]][q[1]]) {
                    seen.get(h).add(guess[q[0]][q[1]]);
                }
            }
            return true;
        }
        if (k == fixed) {
            return search(k + 1, fixed);
        }
        int[] p = hidden.get(k);
        for (long x : domain(k)) {
            guess[p[0]][p[1]] = x;
            if (consistent() && search(k + 1, fixed)) {
                guess[p[0]][p[1]] = -1;
                return true;
            }
        }
        guess[p[0]][p[1]] = -1;
        return false;
    }

    /** Every equation whose cells are all known (published or guessed) adds up. */
    private boolean consistent() {
        for (int[][] eq : equations) {
            long sum = 0;
            boolean complete = true;
            for (int k = 0; k < eq.length - 1; k++) {
                long g = guess[eq[k][0]][eq[k][1]];
                if (g < 0) {
                    complete = false;
                    break;
                }
                sum += g;
            }
            int[] t = eq[eq.length - 1];
            long total = guess[t[0]][t[1]];
            if (complete && total >= 0 && sum != total) {
                return false;
            }
        }
        return true;
    }
}
