package nl.werkmap.store.changelog;

import java.util.Arrays;

/**
 * Positions in a list of remote changes, as plain ints: a first sync's bundles hold millions of field changes, and
 * a boxed Integer for each, kept twice (per table and per row), was garbage the collector had to clear.
 */
final class Positions {

    private int[] values;
    private int size;

    Positions(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    void add(int position) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = position;
    }

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }
}
