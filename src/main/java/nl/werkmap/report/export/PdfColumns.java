package nl.werkmap.report.export;

import java.io.IOException;
import java.util.List;


import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/**
 * Column widths for a PDF table, from measured text: every column is at least as wide as the longest word of its
 * header and its widest value (plus a gap), so headers wrap between words instead of running into the next column.
 * The label column then takes up to its usual share and the rest is spread evenly. When even the narrowest layout
 * is wider than the page, the header font steps down (8, 7, 6.5 pt) before anything is cut.
 */
final class PdfColumns {

    /** White space kept between two columns. */
    static final float GAP = 6;
    /** A label column wider than this is cut with "..." rather than squeezing the figures. */
    private static final float LABEL_CAP = 170;
    private static final float[] HEADER_SIZES = {8, 7, 6.5f};

    private final float[] widths;
    private final boolean[] right;
    private final float headerSize;

    private PdfColumns(float[] widths, boolean[] right, float headerSize) {
        this.widths = widths;
        this.right = right;
        this.headerSize = headerSize;
    }

    float width(int column) {
        return widths[column];
    }

    int count() {
        return widths.length;
    }

    /** Right-aligned: a column of figures (or dates), never the label column. */
    boolean right(int column) {
        return right[column];
    }

    float headerSize() {
        return headerSize;
    }

    static PdfColumns of(ReportTable table, float total, float cellSize) throws IOException {
        int n = table.headers().size();
        boolean[] right = new boolean[n];
        float[] cells = new float[n];
        for (List<ReportCell> row : table.rows()) {
            for (int c = 0; c < n; c++) {
                ReportCell cell = row.get(c);
                cells[c] = Math.max(cells[c], PdfText.width(cell.display(), PdfExporter.BOLD, cellSize));
                right[c] |= c > 0 && (cell.numeric() || cell.hidden() || cell.kind() == ReportCell.Kind.DATE);
            }
        }
        cells[0] = Math.min(cells[0], LABEL_CAP);
        for (float size : HEADER_SIZES) {
            float[] least = new float[n];
            float sum = 0;
            for (int c = 0; c < n; c++) {
                least[c] = Math.max(longestWord(table.headers().get(c), size), cells[c]) + GAP;
                sum += least[c];
            }
            if (sum <= total || size == HEADER_SIZES[HEADER_SIZES.length - 1]) {
                return new PdfColumns(spread(least, total, n), right, size);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** The label column grows to its usual share first; the others share the rest evenly (water-filling). */
    private static float[] spread(float[] least, float total, int n) {
        float[] w = least.clone();
        float sum = 0;
        for (float x : least) {
            sum += x;
        }
        if (sum >= total) {
            // Too wide even at the smallest header font: scale down; values are cut with "..." where needed.
            for (int c = 0; c < n; c++) {
                w[c] = least[c] * total / sum;
            }
            return w;
        }
        float labelShare = n <= 2 ? total * 0.6f : Math.min(160, total * 0.34f);
        float others = sum - least[0];
        w[0] = Math.max(least[0], Math.min(labelShare, total - others));
        if (n == 1) {
            w[0] = total;
            return w;
        }
        float left = total - w[0];
        boolean[] fixed = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float free = left;
            int open = 0;
            for (int c = 1; c < n; c++) {
                if (fixed[c]) {
                    free -= least[c];
                } else {
                    open++;
                }
            }
            if (open == 0) {
                break;
            }
            float share = free / open;
            for (int c = 1; c < n; c++) {
                if (!fixed[c] && least[c] > share) {
                    fixed[c] = true;
                    changed = true;
                }
            }
            if (!changed) {
                for (int c = 1; c < n; c++) {
                    w[c] = fixed[c] ? least[c] : share;
                }
            }
        }
        return w;
    }

    private static float longestWord(String text, float size) throws IOException {
        float most = 0;
        for (String word : text.split(" ")) {
            most = Math.max(most, PdfText.width(word, PdfExporter.BOLD, size));
        }
        return most;
    }

    /** Where text of {@code textWidth} starts in a column that begins at {@code x}. */
    float start(int column, float x, float textWidth) {
        return right[column] ? x + widths[column] - GAP / 2 - textWidth : x + (column == 0 ? 0 : GAP / 2);
    }

    /** The room for text inside a column. */
    float room(int column) {
        return widths[column] - GAP;
    }
}
