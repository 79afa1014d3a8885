package nl.werkmap.ui.caseload;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

import javafx.collections.ObservableListBase;
import javafx.scene.control.TableView;

import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * The rows the caseload table shows: a search result of the {@link CaseloadIndex}, in the order of the table's sort.
 *
 * <p>Why not {@code setAll} on a plain list under a {@code SortedList}: {@code setAll} sends one "replaced" change,
 * and TableView answers that by emptying and refilling every visible row, restyling each; the SortedList also
 * re-sorts the whole result at every keystroke. Here every row has a rank in the table's order, a result is the
 * ascending ranks it holds, and a new result is told as a merge of old and new ranks: the rows that left and the
 * rows that came ({@link RowsChange}). A row that shows the same candidate at the same place is left alone. The
 * whole caseload is sorted once per sort the coach picks, so a keystroke on a sorted table is a pass, not a sort.
 *
 * <p>Read-only for the table; FX thread only.
 */
final class ShownRows extends ObservableListBase<CaseloadRow> implements RandomAccess {

    private CaseloadIndex index;
    private List<CaseloadRow> all = List.of();
    private Comparator<? super CaseloadRow> comparator;
    /** {@code order[rank]}: the position in {@link #all} of the row with that rank; null when unsorted (the same). */
    private int[] order;
    /** {@code rankOf[position]}; null when unsorted. */
    private int[] rankOf;
    /** The ranks of the rows shown, ascending. */
    private int[] shown = new int[0];
    private TableView<CaseloadRow> table;

    @Override
    public CaseloadRow get(int i) {
        Objects.checkIndex(i, shown.length);
        return rowAt(shown[i]);
    }

    @Override
    public int size() {
        return shown.length;
    }

    private CaseloadRow rowAt(int rank) {
        return all.get(order == null ? rank : order[rank]);
    }

    /**
     * Shows these rows in {@code view}: the table hands its comparator over (its default policy would sort the
     * items list itself), and the table's chosen row stays chosen when a new result still shows it and is let go
     * when it does not, as TableView does for a whole new list; focus goes with the choice.
     */
    void showIn(TableView<CaseloadRow> view) {
        view.setSortPolicy(t -> {
            sortBy(t.getComparator());
            return true;
        });
        view.setItems(this);
        this.table = view;
    }

    /** Shows the rows of {@code next} at these ascending positions of {@code next.all()}. */
    void show(CaseloadIndex next, int[] positions) {
        if (next != index) {
            List<CaseloadRow> before = List.copyOf(this);
            index = next;
            all = next.all();
            sortAll();
            int[] ranks = ranks(positions);
            RowsChange change = new RowsChange(this);
            if (!before.isEmpty()) {
                change.removed(0, before);
            }
            if (ranks.length > 0) {
                change.added(0, ranks.length);
            }
            if (change.isEmpty()) {
                // Nothing shown before or after: listeners get no empty change (TableView would read a step).
                shown = ranks;
            } else {
                update(ranks, change, false);
            }
            return;
        }
        int[] ranks = ranks(positions);
        RowsChange change = diff(shown, ranks);
        if (!change.isEmpty()) {
            update(ranks, change, true);
        }
    }

    /** Sorts by the table's comparator (null: name order, as the index holds them); ties stay in name order. */
    void sortBy(Comparator<? super CaseloadRow> next) {
        if (next == comparator) {
            return;
        }
        comparator = next;
        resort();
    }

    /** Sorts again by the same comparator, for values that changed outside the rows (the sync marks). */
    void resort() {
        if (index == null) {
            return;
        }
        int[] positions = new int[shown.length];
        for (int i = 0; i < shown.length; i++) {
            positions[i] = order == null ? shown[i] : order[shown[i]];
        }
        sortAll();
        int[] newRanks = new int[shown.length];
        for (int i = 0; i < positions.length; i++) {
            newRanks[i] = rankOf == null ? positions[i] : rankOf[positions[i]];
        }
        int[] ranks = newRanks.clone();
        Arrays.sort(ranks);
        if (ranks.length == 0) {
            shown = ranks;
            return;
        }
        int[] permutation = new int[ranks.length];
        for (int i = 0; i < newRanks.length; i++) {
            permutation[i] = Arrays.binarySearch(ranks, newRanks[i]);
        }
        RowsChange change = new RowsChange(this);
        change.permuted(permutation);
        // TableView moves its choice along a permutation itself (and, during its sort, keeps books on it that a
        // choice made here would upset).
        shown = ranks;
        fireChange(change);
    }

    /** The rank of every row under the comparator, from one stable sort of the whole caseload. */
    private void sortAll() {
        if (comparator == null) {
            order = null;
            rankOf = null;
            return;
        }
        int n = all.size();
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        List<CaseloadRow> rows = all;
        Comparator<? super CaseloadRow> by = comparator;
        Arrays.sort(boxed, (a, b) -> by.compare(rows.get(a), rows.get(b)));
        order = new int[n];
        rankOf = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = boxed[r];
            rankOf[boxed[r]] = r;
        }
    }

    /** The ranks of these positions, ascending. */
    private int[] ranks(int[] positions) {
        if (rankOf == null) {
            return positions;
        }
        int n = rankOf.length;
        int m = positions.length;
        int[] ranks = new int[m];
        // Few rows: sort their ranks; many: one pass over the order picks them in rank order without a sort.
        if ((long) m * 20 < n) {
            for (int i = 0; i < m; i++) {
                ranks[i] = rankOf[positions[i]];
            }
            Arrays.sort(ranks);
            return ranks;
        }
        boolean[] found = new boolean[n];
        for (int p : positions) {
            found[p] = true;
        }
        int k = 0;
        for (int r = 0; r < n; r++) {
            if (found[order[r]]) {
                ranks[k++] = r;
            }
        }
        return ranks;
    }

    /** The steps from {@code before} to {@code after}, both ascending ranks: one merge. */
    private RowsChange diff(int[] before, int[] after) {
        RowsChange change = new RowsChange(this);
        int i = 0;
        int j = 0;
        int at = 0;
        while (i < before.length || j < after.length) {
            if (j == after.length || (i < before.length && before[i] < after[j])) {
                int start = i;
                while (i < before.length && (j == after.length || before[i] < after[j])) {
                    i++;
                }
                change.removed(at, new Removed(before, start, i));
            } else if (i == before.length || after[j] < before[i]) {
                int start = j;
                while (j < after.length && (i == before.length || after[j] < before[i])) {
                    j++;
                }
                change.added(at, at + j - start);
                at += j - start;
            } else {
                i++;
                j++;
                at++;
            }
        }
        return change;
    }

    /**
     * Puts the new ranks in, tells the listeners, and keeps the table's choice. {@code sameOrder}: the ranks before
     * and after count in the same order of the same rows, so the chosen row is found again by its rank.
     */
    private void update(int[] ranks, RowsChange change, boolean sameOrder) {
        int chosen = table == null ? -1 : table.getSelectionModel().getSelectedIndex();
        int focused = table == null ? -1 : table.getFocusModel().getFocusedIndex();
        CaseloadRow chosenRow = chosen >= 0 && chosen < shown.length ? get(chosen) : null;
        CaseloadRow focusedRow = focused >= 0 && focused < shown.length ? get(focused) : null;
        int chosenRank = chosenRow == null ? -1 : shown[chosen];
        int focusedRank = focusedRow == null ? -1 : shown[focused];
        shown = ranks;
        fireChange(change);
        if (table == null) {
            return;
        }
        int chosenNow = find(chosenRow, chosenRank, sameOrder);
        if (chosenNow >= 0) {
            table.getSelectionModel().clearAndSelect(chosenNow);
            table.getFocusModel().focus(chosenNow);
        } else {
            if (chosenRow != null || table.getSelectionModel().getSelectedIndex() >= 0) {
                table.getSelectionModel().clearSelection();
            }
            int focusedNow = find(focusedRow, focusedRank, sameOrder);
            table.getFocusModel().focus(focusedNow >= 0 ? focusedNow : shown.length > 0 ? 0 : -1);
        }
    }

    private int find(CaseloadRow row, int rank, boolean sameOrder) {
        if (row == null) {
            return -1;
        }
        if (sameOrder) {
            int at = Arrays.binarySearch(shown, rank);
            return at >= 0 ? at : -1;
        }
        // Sorted again or a new index: the row object is the same if the candidate did not change.
        for (int i = 0; i < shown.length; i++) {
            if (get(i).equals(row)) {
                return i;
            }
        }
        return -1;
    }

    /** The rows a removal step took away: a view over the ranks shown before, no copy. */
    private final class Removed extends AbstractList<CaseloadRow> implements RandomAccess {
        private final int[] ranks;
        private final int from;
        private final int to;

        Removed(int[] ranks, int from, int to) {
            this.ranks = ranks;
            this.from = from;
            this.to = to;
        }

        @Override
        public CaseloadRow get(int i) {
            Objects.checkIndex(i, to - from);
            return rowAt(ranks[from + i]);
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
