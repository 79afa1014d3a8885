package nl.werkmap.report;

import java.util.List;

/**
 * Counts of people (or placements) by two classifications, row by column, as codes (enum names, school names,
 * rung numbers). A one-way tally is a cross tally with one column. Turning codes into words and hiding small
 * counts is the job of the table layer, not of this model.
 */
public record CrossTally(List<String> rowKeys, List<String> columnKeys, long[][] counts) {

    public CrossTally {
        rowKeys = List.copyOf(rowKeys);
        columnKeys = List.copyOf(columnKeys);
        if (counts.length != rowKeys.size()) {
            throw new IllegalArgumentException("counts has " + counts.length + " rows, keys " + rowKeys.size());
        }
    }

    public static CrossTally empty(List<String> rowKeys, List<String> columnKeys) {
        return new CrossTally(rowKeys, columnKeys, new long[rowKeys.size()][columnKeys.size()]);
    }

    public long get(String row, String column) {
        int r = rowKeys.indexOf(row);
        int c = columnKeys.indexOf(column);
        return r < 0 || c < 0 ? 0 : counts[r][c];
    }

    /** Single-column convenience: the count of {@code row} in the first column. */
    public long get(String row) {
        return get(row, columnKeys.get(0));
    }

    public long total() {
        long sum = 0;
        for (long[] row : counts) {
            for (long v : row) {
                sum += v;
            }
        }
        return sum;
    }
}
