package nl.werkmap.ui.caseload;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import nl.werkmap.store.caseload.CaseloadRow;

/**
 * A change of the shown rows as separate steps, each a removal, an addition or a permutation, in list order, each
 * index counted after the steps before it. Unlike the change JavaFX builds itself, a removal and an addition at the
 * same place stay two steps: TableView treats a "replaced" step as a whole new list and empties and refills every
 * visible row, while after a removal and an addition it updates only the rows whose candidate changed.
 */
final class RowsChange extends ListChangeListener.Change<CaseloadRow> {

    private static final int[] NO_PERMUTATION = new int[0];

    /** One step: removed rows at {@code from} (then {@code to == from}), rows added in [from, to), or a permutation. */
    private record Step(int from, int to, List<CaseloadRow> removed, int[] permutation) {
    }

    private final List<Step> steps = new ArrayList<>();
    private int cursor = -1;

    RowsChange(ObservableList<CaseloadRow> list) {
        super(list);
    }

    void removed(int at, List<CaseloadRow> rows) {
        steps.add(new Step(at, at, rows, NO_PERMUTATION));
    }

    void added(int from, int to) {
        steps.add(new Step(from, to, List.of(), NO_PERMUTATION));
    }

    /** {@code permutation[i]}: where the row that stood at {@code i} stands now. */
    void permuted(int[] permutation) {
        steps.add(new Step(0, permutation.length, List.of(), permutation));
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }

    /** How many steps; a test sees from it that a small change stays small. */
    int steps() {
        return steps.size();
    }

    @Override
    public boolean next() {
        if (cursor < steps.size()) {
            cursor++;
        }
        return cursor < steps.size();
    }

    @Override
    public void reset() {
        cursor = -1;
    }

    private Step step() {
        if (cursor < 0 || cursor >= steps.size()) {
            throw new IllegalStateException("Invalid Change state: next() must be called before inspecting the Change.");
        }
        return steps.get(cursor);
    }

    @Override
    public int getFrom() {
        return step().from();
    }

    @Override
    public int getTo() {
        return step().to();
    }

    @Override
    public List<CaseloadRow> getRemoved() {
        return step().removed();
    }

    @Override
    protected int[] getPermutation() {
        return step().permutation();
    }

    @Override
    public String toString() {
        return "RowsChange of " + steps.size() + " steps";
    }
}
