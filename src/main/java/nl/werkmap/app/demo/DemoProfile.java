package nl.werkmap.app.demo;

import java.util.Locale;

/**
 * What kind of caseload the demo makes. {@link #REGIO}: a whole region with years of history, for training and load
 * tests. {@link #NIEUW_TEAM}: a team that has just started with Werkmap (one or two coaches, recent intakes, a few
 * first placements, no jobcoach budgets granted yet), so screens and summaries are also seen nearly empty.
 */
public enum DemoProfile {
    REGIO("regio"), NIEUW_TEAM("nieuw-team");

    /** Candidates a new team starts with when no number is given. */
    public static final int NEW_TEAM_CANDIDATES = 12;
    /** More than this is no new team any more. */
    public static final int NEW_TEAM_MAX_CANDIDATES = 60;

    private final String word;

    DemoProfile(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** "regio" or "nieuw-team", any case; null when the word is neither. */
    public static DemoProfile parse(String text) {
        for (DemoProfile p : values()) {
            if (p.word.equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
