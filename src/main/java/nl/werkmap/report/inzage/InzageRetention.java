package nl.werkmap.report.inzage;

import java.util.List;

/**
 * The retention line of the inzage (AVG art. 15 lid 1 sub d): how long the file is kept. THE ONE PLACE to hook the
 * retention date in (issue 16 item 2, built separately): return the candidate's retention date and the period and
 * rule it follows. Until then the inzage says that the date follows from the end of the trajectory.
 */
public final class InzageRetention {

    private InzageRetention() {
    }

    /** The retention in words for the person whose {@code records} these are. */
    public static String describe(List<InzageRecord> records) {
        return "Je gegevens worden bewaard tot een vaste termijn na het einde van je traject (meestal 5 jaar; bij"
                + " jobcoaching van UWV ten hoogste 10 jaar). Daarna worden ze overal gewist.";
    }
}
