package nl.werkmap.domain;

/**
 * The forms of a verantwoordingsrapportage (Protocol Jobcoach UWV): the employer's evaluation and the employee's
 * satisfaction form, both signed by the person, and the coach's own part (two answers and the result). Constant
 * names are stored, so they never change.
 */
public enum JobcoachFormKind {
    WERKGEVER_EVALUATIE,
    WERKNEMER_TEVREDENHEID,
    VERANTWOORDING;

    /** Whether the person signs it (on screen or on paper). */
    public boolean signed() {
        return this != VERANTWOORDING;
    }
}
