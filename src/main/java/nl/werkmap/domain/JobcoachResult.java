package nl.werkmap.domain;

/**
 * The result of a half year of jobcoaching as the verantwoordingsrapportage states it (Protocol Jobcoach UWV): one of
 * six. Constant names are stored, so they never change.
 */
public enum JobcoachResult {
    WERKZAAM_ZONDER_BEGELEIDING,
    VERVOLG_LICHTER_REGIME,
    VERVOLG_GELIJK_REGIME,
    VERVOLG_HOGER_REGIME,
    WERKZAAM_BEGELEIDING_WERKGEVER,
    NIET_MEER_WERKZAAM;

    /** Whether this result asks for a vervolgaanvraag. */
    public boolean asksFollowUp() {
        return this == VERVOLG_LICHTER_REGIME || this == VERVOLG_GELIJK_REGIME || this == VERVOLG_HOGER_REGIME;
    }
}
