package nl.werkmap.domain.match;

/**
 * The points a match is judged on, each shown with its own verdict and reason (never folded into one score).
 * {@link #coachable()}: a point the candidate can grow on with the coach (build up hours, learn to travel, learn a
 * task), which can become a goal in the plan. Sector and occupation are the candidate's wishes, and support is
 * the workplace's side: those are talked about, not coached away.
 */
public enum Criterium {
    UREN(true),
    BESCHIKBAARHEID(true),
    REISTIJD(true),
    RIJBEWIJS(true),
    SECTOR(false),
    BEROEP(false),
    TAKEN_EN_VAARDIGHEDEN(true),
    ONDERSTEUNING(false),
    OPLEIDINGSNIVEAU(true);

    private final boolean coachable;

    Criterium(boolean coachable) {
        this.coachable = coachable;
    }

    public boolean coachable() {
        return coachable;
    }

    /** A point that does not (fully) fit and can be coached: the screen offers "Maak er een doel van". */
    public static boolean becomesGoal(Uitleg u) {
        return u.criterium().coachable() && (u.fit() == Fit.PAST_NIET || u.fit() == Fit.DEELS);
    }
}
