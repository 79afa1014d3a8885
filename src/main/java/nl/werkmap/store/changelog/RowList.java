package nl.werkmap.store.changelog;

import java.util.List;

/**
 * One list of remote row writes while it is applied: the writes, where each one's fields start in the list's
 * field-by-field outcomes, the outcomes, which fields won (and go into the change log), and the row each write
 * belongs to.
 */
final class RowList {

    private final List<RemoteRow> rows;
    private final int[] base;
    private final ApplyOutcome[] outcomes;
    private final boolean[] applied;
    private final RowMerge.Row[] owners;

    RowList(List<RemoteRow> rows) {
        this.rows = rows;
        this.base = new int[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            base[i + 1] = base[i] + rows.get(i).size();
        }
        int fields = base[rows.size()];
        this.outcomes = new ApplyOutcome[fields];
        this.applied = new boolean[fields];
        this.owners = new RowMerge.Row[rows.size()];
    }

    /** The writes of {@code rows} as one field count: what a list of field changes would have held. */
    static int fields(List<RemoteRow> rows) {
        int fields = 0;
        for (RemoteRow row : rows) {
            fields += row.size();
        }
        return fields;
    }

    int size() {
        return rows.size();
    }

    RemoteRow row(int i) {
        return rows.get(i);
    }

    /** Where write {@code i}'s fields start in the outcomes. */
    int base(int i) {
        return base[i];
    }

    ApplyOutcome[] outcomes() {
        return outcomes;
    }

    boolean[] applied() {
        return applied;
    }

    RowMerge.Row owner(int i) {
        return owners[i];
    }

    void owner(int i, RowMerge.Row row) {
        owners[i] = row;
    }
}
