package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.werkmap.report.table.SmallCellPolicy.Mark;

/**
 * Looks for a cycle through one hidden number of a {@link TableNetwork}. With hidden numbers only, it is the audit:
 * no such cycle means the reader can work the number out. With published numbers allowed at a price, it finds the
 * cheapest set of complements that gives the number a cycle, and so a second possible value.
 *
 * <p>What a reader knows, and so what bounds a move: "&lt;5" is 1..4, "x" is 0 or more, a shown number is exact. A
 * published number is only ever offered as a complement when it is above zero (see {@link SmallCellPolicy}).
 */
final class CycleSearch {

    /** Hiding a total costs more than hiding any set of counts in a report table: readers rely on totals. */
    static final long TOTAL_COST = 1L << 32;
    /** Turning a "&lt;5" into "x" tells the reader less than they are entitled to: only when nothing else works. */
    static final long WIDEN_COST = 1L << 48;

    private final TableNetwork net;
    private final long[][] values;
    private final Mark[][] marks;

    CycleSearch(TableNetwork net, long[][] values, Mark[][] marks) {
        this.net = net;
        this.values = values;
        this.marks = marks;
    }

    /** The first hidden number the published table pins to one value, or null when there is none. */
    int[] firstPinned() {
        for (int i = 0; i < net.rows(); i++) {
            for (int j = 0; j < net.cols(); j++) {
                if (marks[i][j] != Mark.SHOWN && pinned(i, j)) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    /** Whether the reader can work out the hidden number at (row, col): no cycle of hidden numbers runs through it. */
    boolean pinned(int row, int col) {
        return cheapestCycle(row, col, false) == null;
    }

    /**
     * The numbers to mark "x" so that the hidden number at (row, col) lies on a cycle: empty when it already
     * does, null when no cycle can be made (with {@code mayHide} false: the number is pinned).
     */
    List<int[]> cheapestCycle(int row, int col, boolean mayHide) {
        Path best = null;
        if (stepCost(row, col, 1, false) == 0) {
            best = cheapestPath(net.head(row, col), net.tail(row, col), row, col, mayHide);
        }
        if (stepCost(row, col, -1, false) == 0) {
            Path down = cheapestPath(net.tail(row, col), net.head(row, col), row, col, mayHide);
            if (best == null || down != null && down.cost < best.cost) {
                best = down;
            }
        }
        return best == null ? null : best.hide;
    }

    /** Dijkstra over the numbers other than the one at (skipRow, skipCol). */
    private Path cheapestPath(int from, int to, int skipRow, int skipCol, boolean mayHide) {
        int n = net.nodes();
        long[] dist = new long[n];
        int[][] via = new int[n][];
        int[] prev = new int[n];
        long[] cost = new long[n];
        boolean[] done = new boolean[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[from] = 0;
        search:
        while (true) {
            int u = -1;
            for (int k = 0; k < n; k++) {
                if (!done[k] && dist[k] != Long.MAX_VALUE && (u < 0 || dist[k] < dist[u])) {
                    u = k;
                }
            }
            if (u < 0) {
                return null;
            }
            if (u == to) {
                break;
            }
            done[u] = true;
            for (int i = 0; i < net.rows(); i++) {
                for (int j = 0; j < net.cols(); j++) {
                    if (i == skipRow && j == skipCol) {
                        continue;
                    }
                    int dir = net.tail(i, j) == u ? 1 : net.head(i, j) == u ? -1 : 0;
                    long step = dir == 0 ? -1 : stepCost(i, j, dir, mayHide);
                    int next = dir > 0 ? net.head(i, j) : net.tail(i, j);
                    if (step >= 0 && !done[next] && dist[u] + step < dist[next]) {
                        dist[next] = dist[u] + step;
                        via[next] = new int[] {i, j};
                        cost[next] = step;
                        prev[next] = u;
                        if (next == to && dist[next] == 0) {
                            // No path is cheaper than free. Stopping here matters on wide tables (a column of
                            // 1,770 coaches): the audit asks this once per hidden number and nearly always gets 0.
                            break search;
                        }
                    }
                }
            }
        }
        List<int[]> hide = new ArrayList<>();
        for (int node = to; node != from; node = prev[node]) {
            int[] cell = via[node];
            if (cost[node] > 0 || marks[cell[0]][cell[1]] == Mark.SHOWN) {
                hide.add(cell);
            }
        }
        return new Path(dist[to], hide);
    }

    /**
     * What it costs to move the number one step in signed direction {@code dir} (+1 up, -1 down, before the sign that
     * totals carry), or -1 when it cannot. A hidden number moves for free within what the reader knows of it. With
     * {@code mayHide}, a published number above zero moves once hidden (its value; a total far more), and as a last
     * resort a "&lt;5" at its bound moves once widened to "x".
     */
    private long stepCost(int i, int j, int dir, boolean mayHide) {
        boolean up = dir * net.sign(i, j) > 0;
        long v = values[i][j];
        switch (marks[i][j]) {
            case SMALL:
                if (up ? v < SmallCellPolicy.THRESHOLD - 1 : v > 1) {
                    return 0;
                }
                return mayHide ? WIDEN_COST : -1;
            case COMPLEMENT:
                return up || v > 0 ? 0 : -1;
            default:
                return mayHide && v > 0 ? v + (net.isTotal(i, j) ? TOTAL_COST : 0) : -1;
        }
    }

    private record Path(long cost, List<int[]> hide) {
    }
}
