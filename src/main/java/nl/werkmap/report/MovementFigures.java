package nl.werkmap.report;

import java.util.List;

/**
 * Movement between the first and last measurement in the period, for people measured at least twice in it:
 * the Participatieladder as a first-rung by last-rung table, and the ZRM per plain domain.
 */
public record MovementFigures(CrossTally ladder, List<ZrmChange> zrm, List<String> zrmLeftOut) {

    /** One ZRM domain: people with a first and last score in the period, and the direction of change. */
    public record ZrmChange(String domain, long measured, long up, long same, long down, double meanChange) {
    }

    public long ladderUp() {
        return countWhere(1);
    }

    public long ladderSame() {
        return countWhere(0);
    }

    public long ladderDown() {
        return countWhere(-1);
    }

    private long countWhere(int sign) {
        long n = 0;
        for (int r = 0; r < ladder.rowKeys().size(); r++) {
            for (int c = 0; c < ladder.columnKeys().size(); c++) {
                if (Integer.signum(c - r) == sign) {
                    n += ladder.counts()[r][c];
                }
            }
        }
        return n;
    }
}
