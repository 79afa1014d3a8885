package nl.werkmap.ui.caseload;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.store.caseload.CaseloadRow;

/**
 * How an index that differs from the shown one only in a few candidates' rows (a save puts one row in again, see
 * {@code CaseloadIndex.replaced}) lines up with it: every other row is the same object at a position shifted by at
 * most the number of rows changed, so one pass over both by identity finds where each went. The table's order is
 * then the old order with the new rows put in by binary search, which is what one stable sort of the whole
 * caseload would give, at the cost of a pass instead of a sort.
 */
final class ChangedRows {

    /** {@code moved[p]}: the new position of the row at old position p; -1 for a changed candidate's old row. */
    final int[] moved;
    /** The new positions of the changed candidates' new rows, ascending. */
    final int[] fresh;

    private ChangedRows(int[] moved, int[] fresh) {
        this.moved = moved;
        this.fresh = fresh;
    }

    /**
     * Lines {@code after} up with {@code before}, both in name order; null when they differ in more than the rows
     * of the {@code changed} candidates (then only a whole new list is safe).
     */
    static ChangedRows between(List<CaseloadRow> before, List<CaseloadRow> after, Set<UUID> changed) {
        if (changed == null || changed.isEmpty()
                || Math.abs(before.size() - after.size()) > changed.size()) {
            return null;
        }
        int n = before.size();
        int m = after.size();
        int[] moved = new int[n];
        int[] fresh = new int[changed.size()];
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            CaseloadRow old = i < n ? before.get(i) : null;
            CaseloadRow now = j < m ? after.get(j) : null;
            if (old != null && old == now) {
                moved[i++] = j++;
            } else if (old != null && changed.contains(old.id())) {
                moved[i++] = -1;
            } else if (now != null && changed.contains(now.id()) && count < fresh.length) {
                fresh[count++] = j++;
            } else {
                return null;
            }
        }
        return new ChangedRows(moved, Arrays.copyOf(fresh, count));
    }

    /**
     * The new order ({@code order[rank]} is a position in {@code after}) from the old one under the same
     * comparator: the kept rows keep their relative order, the new rows go in where a stable sort would put them
     * (by the comparator, ties by position, as one sort of the positions in name order does).
     */
    int[] order(int[] before, List<CaseloadRow> after, Comparator<? super CaseloadRow> by) {
        int[] order = new int[after.size()];
        int size = 0;
        for (int p : before) {
            int q = moved[p];
            if (q >= 0) {
                order[size++] = q;
            }
        }
        for (int f : fresh) {
            CaseloadRow row = after.get(f);
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int c = by.compare(row, after.get(order[mid]));
                if (c == 0) {
                    c = Integer.compare(f, order[mid]);
                }
                if (c > 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            System.arraycopy(order, lo, order, lo + 1, size - lo);
            order[lo] = f;
            size++;
        }
        return order;
    }

    /** {@code rankOf[order[r]] == r}. */
    static int[] rankOf(int[] order) {
        int[] rankOf = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rankOf[order[r]] = r;
        }
        return rankOf;
    }
}
