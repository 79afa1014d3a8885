package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.report.table.SmallCellPolicy.Mark;

/**
 * Checks whether what a reader knows about the ranges of hidden numbers ("&lt;5" is 1..4, "x" is 0 or more), together
 * with the published totals, squeezes a hidden number to a single value. It narrows every range with every
 * equation until nothing changes (bounds propagation), which catches chains such as "this row can add up to at
 * most 16, so that total is 16, so the other total is 4".
 */
final class BoundsAudit {

    private final List<int[]> unknowns = new ArrayList<>();
    private final int[][] index;
    private final List<int[][]> equations;
    private final long[][] values;
    private final Mark[][] marks;

    BoundsAudit(long[][] values, Mark[][] marks, List<int[][]> equations) {
        this.values = values;
        this.marks = marks;
        this.equations = equations;
        index = new int[values.length][values.length == 0 ? 0 : values[0].length];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values[i].length; j++) {
                index[i][j] = -1;
                if (marks[i][j] != Mark.SHOWN) {
                    index[i][j] = unknowns.size();
                    unknowns.add(new int[] {i, j});
                }
            }
        }
    }

    /** A hidden cell whose range shrinks to one value, or null. */
    int[] firstPinned() {
        int n = unknowns.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int u = 0; u < n; u++) {
            int[] p = unknowns.get(u);
            boolean small = marks[p[0]][p[1]] == Mark.SMALL;
            lo[u] = small ? 1 : 0;
            hi[u] = small ? SmallCellPolicy.THRESHOLD - 1 : Double.POSITIVE_INFINITY;
        }
        boolean changed = true;
        for (int round = 0; changed && round < 200; round++) {
            changed = false;
            for (int[][] eq : equations) {
                changed |= narrow(eq, lo, hi);
            }
        }
        for (int u = 0; u < n; u++) {
            if (lo[u] >= hi[u]) {
                return unknowns.get(u);
            }
        }
        return null;
    }

    /** Narrows the ranges of the unknowns of one equation: sum of cells minus total is zero. */
    private boolean narrow(int[][] eq, double[] lo, double[] hi) {
        double c = 0; // sum of a_k * y_k over unknowns equals c
        double sumMin = 0;
        double sumMax = 0;
        int last = eq.length - 1;
        for (int k = 0; k < eq.length; k++) {
            int a = k == last ? -1 : 1;
            int u = index[eq[k][0]][eq[k][1]];
            if (u < 0) {
                c -= a * values[eq[k][0]][eq[k][1]];
            } else {
                sumMin += a > 0 ? lo[u] : -hi[u];
                sumMax += a > 0 ? hi[u] : -lo[u];
            }
        }
        boolean changed = false;
        for (int k = 0; k < eq.length; k++) {
            int u = index[eq[k][0]][eq[k][1]];
            if (u < 0) {
                continue;
            }
            int a = k == last ? -1 : 1;
            double ownMin = a > 0 ? lo[u] : -hi[u];
            double ownMax = a > 0 ? hi[u] : -lo[u];
            double restMin = Double.isInfinite(ownMin) ? sumMinWithout(eq, lo, hi, k) : sumMin - ownMin;
            double restMax = Double.isInfinite(ownMax) ? sumMaxWithout(eq, lo, hi, k) : sumMax - ownMax;
            double termLo = c - restMax;
            double termHi = c - restMin;
            double newLo = a > 0 ? termLo : -termHi;
            double newHi = a > 0 ? termHi : -termLo;
            if (Math.ceil(newLo) > lo[u]) {
                lo[u] = Math.ceil(newLo);
                changed = true;
            }
            if (Math.floor(newHi) < hi[u]) {
                hi[u] = Math.floor(newHi);
                changed = true;
            }
        }
        return changed;
    }

    private double sumMinWithout(int[][] eq, double[] lo, double[] hi, int skip) {
        double s = 0;
        for (int k = 0; k < eq.length; k++) {
            int u = index[eq[k][0]][eq[k][1]];
            if (k != skip && u >= 0) {
                s += k == eq.length - 1 ? -hi[u] : lo[u];
            }
        }
        return s;
    }

    private double sumMaxWithout(int[][] eq, double[] lo, double[] hi, int skip) {
        double s = 0;
        for (int k = 0; k < eq.length; k++) {
            int u = index[eq[k][0]][eq[k][1]];
            if (k != skip && u >= 0) {
                s += k == eq.length - 1 ? -lo[u] : hi[u];
            }
        }
        return s;
    }
}
