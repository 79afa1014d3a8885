package nl.werkmap.ui.caseload;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntUnaryOperator;

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
 * A save is told as its one row leaving and coming ({@link #show(CaseloadIndex, int[], Set)}): the order is kept
 * and the saved row put in by binary search, not the whole caseload sorted again and sent as a new list.
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
                // The rows now hold the new index: the row chosen before is read from the copy made first.
                update(ranks, change, was -> find(before.get(was)));
            }
            return;
        }
        int[] ranks = ranks(positions);
        RowsChange change = diff(shown, ranks);
        if (!change.isEmpty()) {
            int[] was = shown;
            update(ranks, change, at -> atRank(was[at]));
        }
    }

    /**
     * Shows the rows of {@code next} at these ascending positions, where {@code next} is the index shown now with
     * only the rows of the {@code changed} candidates put in again, added or taken out (a save): the table hears
     * those rows leave and come, and the rows a filter now shows or hides, instead of a whole new list, and the
     * whole caseload is not sorted again. The chosen row stays chosen, also when it is a changed candidate's row.
     * When {@code next} differs in other rows too (a whole new read), it is shown as a new list.
     */
    void show(CaseloadIndex next, int[] positions, Set<UUID> changed) {
        // The new index's rows, read once.
        List<CaseloadRow> nextAll = index == null || next == index ? null : next.all();
        ChangedRows lined = nextAll == null ? null : ChangedRows.between(all, nextAll, changed);
        if (lined == null) {
            show(next, positions);
            return;
        }
        List<CaseloadRow> beforeAll = all;
        int[] beforeOrder = order;
        int[] before = shown;
        int[] nextOrder = comparator == null ? null : lined.order(beforeOrder, nextAll, comparator);
        int[] nextRankOf = nextOrder == null ? null : ChangedRows.rankOf(nextOrder);
        // Each row shown before, by its rank in the new order; -1 for a changed candidate's old row.
        int[] mapped = new int[before.length];
        for (int i = 0; i < before.length; i++) {
            int p = lined.moved[beforeOrder == null ? before[i] : beforeOrder[before[i]]];
            mapped[i] = p < 0 ? -1 : nextRankOf == null ? p : nextRankOf[p];
        }
        index = next;
        all = nextAll;
        order = nextOrder;
        rankOf = nextRankOf;
        int[] ranks = ranks(positions);
        RowsChange change = merge(mapped, ranks, beforeAll, beforeOrder, before);
        if (change.isEmpty()) {
            // The changed rows were not shown and still are not: every index holds the same row as before.
            shown = ranks;
            return;
        }
        // The rows now hold the new index: the row that stood at an index before is read from the rows before.
        update(ranks, change, was -> {
            if (mapped[was] >= 0) {
                return atRank(mapped[was]);
            }
            UUID id = beforeAll.get(beforeOrder == null ? before[was] : beforeOrder[before[was]]).id();
            for (int f : lined.fresh) {
                if (nextAll.get(f).id().equals(id)) {
                    return atRank(nextRankOf == null ? f : nextRankOf[f]);
                }
            }
            return -1;
        });
    }

    /** Sorts by the table's comparator (null: name order, as the index holds them); ties stay in name order. */
    void sortBy(Comparator<? super CaseloadRow> next) {
        if (next == comparator) {
            return;
        }
        comparator = next;
        reorder();
    }

    /** Sorts again by the same comparator, for values that changed outside the rows (the sync marks). */
    void resort() {
        // Unsorted, the rows stand in name order, which marks do not change: nothing to do (a save on a linked
        // laptop changes the marks each time).
        if (comparator != null) {
            reorder();
        }
    }

    /** Puts the shown rows in the order of the comparator now, told as one permutation. */
    private void reorder() {
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
        if (Arrays.equals(ranks, newRanks)) {
            // No row moved: the table hears nothing (a permutation would still make it walk every row).
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
        return merge(before, after, all, order, before);
    }

    /**
     * One merge of the rows shown before, given by their ranks in the current order ({@code mapped}; -1 for a row
     * that is gone whatever comes), with the ranks shown now. A removed run is told with the rows of
     * {@code removedAll}/{@code removedOrder}/{@code removedShown}, the list as the table had it.
     */
    private RowsChange merge(int[] mapped, int[] after, List<CaseloadRow> removedAll, int[] removedOrder,
                             int[] removedShown) {
        RowsChange change = new RowsChange(this);
        int i = 0;
        int j = 0;
        int at = 0;
        while (i < mapped.length || j < after.length) {
            if (i < mapped.length && (mapped[i] < 0 || j == after.length || mapped[i] < after[j])) {
                int start = i;
                while (i < mapped.length && (mapped[i] < 0 || j == after.length || mapped[i] < after[j])) {
                    i++;
                }
                change.removed(at, new Removed(removedAll, removedOrder, removedShown, start, i));
            } else if (i == mapped.length || after[j] < mapped[i]) {
                int start = j;
                while (j < after.length && (i == mapped.length || after[j] < mapped[i])) {
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
     * Puts the new ranks in, tells the listeners, and keeps the table's choice: {@code follow} says where the row
     * that stood at an index before stands now (-1 when it left). The caller reads rows from before the change, as
     * the index and order may already be the new ones.
     */
    private void update(int[] ranks, RowsChange change, IntUnaryOperator follow) {
        int chosen = table == null ? -1 : table.getSelectionModel().getSelectedIndex();
        int focused = table == null ? -1 : table.getFocusModel().getFocusedIndex();
        boolean wasChosen = chosen >= 0 && chosen < shown.length;
        boolean wasFocused = focused >= 0 && focused < shown.length;
        shown = ranks;
        fireChange(change);
        if (table == null) {
            return;
        }
        int chosenNow = wasChosen ? follow.applyAsInt(chosen) : -1;
        if (chosenNow >= 0) {
            table.getSelectionModel().clearAndSelect(chosenNow);
            table.getFocusModel().focus(chosenNow);
        } else {
            if (wasChosen || table.getSelectionModel().getSelectedIndex() >= 0) {
                table.getSelectionModel().clearSelection();
            }
            int focusedNow = wasFocused ? follow.applyAsInt(focused) : -1;
            table.getFocusModel().focus(focusedNow >= 0 ? focusedNow : shown.length > 0 ? 0 : -1);
        }
    }

    /** Where the row of this rank stands now; -1 when it is not shown. */
    private int atRank(int rank) {
        int at = Arrays.binarySearch(shown, rank);
        return at >= 0 ? at : -1;
    }

    /** Sorted again or a new index: the row object is the same if the candidate did not change. */
    private int find(CaseloadRow row) {
        for (int i = 0; i < shown.length; i++) {
            if (get(i).equals(row)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The rows a removal step took away: a view over the ranks shown before, no copy. It keeps the rows and order
     * those ranks counted in, as a one-row update puts new ones in before the listeners read it.
     */
    private static final class Removed extends AbstractList<CaseloadRow> implements RandomAccess {
        private final List<CaseloadRow> all;
        private final int[] order;
        private final int[] ranks;
        private final int from;
        private final int to;

        Removed(List<CaseloadRow> all, int[] order, int[] ranks, int from, int to) {
            this.all = all;
            this.order = order;
            this.ranks = ranks;
            this.from = from;
            this.to = to;
        }

        @Override
        public CaseloadRow get(int i) {
            Objects.checkIndex(i, to - from);
            int rank = ranks[from + i];
            return all.get(order == null ? rank : order[rank]);
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
