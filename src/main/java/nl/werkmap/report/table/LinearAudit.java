package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.report.table.SmallCellPolicy.Mark;

/**
 * Checks whether the published totals pin down any hidden cell exactly. The hidden cells are the unknowns of the
 * table's equations; a hidden cell is pinned when it is zero in every solution of the homogeneous system, i.e. when
 * its column in the reduced row echelon form is a pivot whose row has no other entries.
 */
final class LinearAudit {

    private static final double EPS = 1e-9;

    private final List<int[]> unknowns = new ArrayList<>();
    private final double[][] matrix;

    LinearAudit(long[][] values, Mark[][] marks, List<int[][]> equations) {
        int[][] index = new int[values.length][values.length == 0 ? 0 : values[0].length];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values[i].length; j++) {
                index[i][j] = -1;
                if (marks[i][j] != Mark.SHOWN) {
                    index[i][j] = unknowns.size();
                    unknowns.add(new int[] {i, j});
                }
            }
        }
        matrix = new double[equations.size()][unknowns.size()];
        for (int e = 0; e < equations.size(); e++) {
            int[][] eq = equations.get(e);
            for (int k = 0; k < eq.length; k++) {
                int u = index[eq[k][0]][eq[k][1]];
                if (u >= 0) {
                    matrix[e][u] = k == eq.length - 1 ? -1 : 1;
                }
            }
        }
    }

    /** The position of a hidden cell the totals determine, or null when none is. */
    int[] firstDetermined() {
        int rows = matrix.length;
        int cols = unknowns.size();
        int pivotRow = 0;
        int[] pivotOfRow = new int[rows];
        for (int col = 0; col < cols && pivotRow < rows; col++) {
            int best = pivotRow;
            for (int r = pivotRow + 1; r < rows; r++) {
                if (Math.abs(matrix[r][col]) > Math.abs(matrix[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(matrix[best][col]) < EPS) {
                continue;
            }
            double[] tmp = matrix[best];
            matrix[best] = matrix[pivotRow];
            matrix[pivotRow] = tmp;
            double p = matrix[pivotRow][col];
            for (int k = 0; k < cols; k++) {
                matrix[pivotRow][k] /= p;
            }
            for (int r = 0; r < rows; r++) {
                if (r != pivotRow && Math.abs(matrix[r][col]) > EPS) {
                    double f = matrix[r][col];
                    for (int k = 0; k < cols; k++) {
                        matrix[r][k] -= f * matrix[pivotRow][k];
                    }
                }
            }
            pivotOfRow[pivotRow] = col;
            pivotRow++;
        }
        for (int r = 0; r < pivotRow; r++) {
            boolean alone = true;
            for (int k = 0; k < cols; k++) {
                if (k != pivotOfRow[r] && Math.abs(matrix[r][k]) > EPS) {
                    alone = false;
                    break;
                }
            }
            if (alone) {
                return unknowns.get(pivotOfRow[r]);
            }
        }
        return null;
    }
}
