package nl.werkmap.domain;

/**
 * The six rungs of the participatieladder. Moving up is an outcome in its own right, so the rung number matters
 * for comparisons and reports; it is also the stored form.
 */
public enum Participatieladder {
    GEISOLEERD(1),
    SOCIALE_CONTACTEN_BUITEN_HUIS(2),
    DEELNAME_GEORGANISEERDE_ACTIVITEITEN(3),
    ONBETAALD_WERK(4),
    BETAALD_WERK_MET_ONDERSTEUNING(5),
    BETAALD_WERK_ZONDER_ONDERSTEUNING(6);

    private final int rung;

    Participatieladder(int rung) {
        this.rung = rung;
    }

    /** The rung number, 1 (geïsoleerd) to 6 (betaald werk zonder ondersteuning). */
    public int rung() {
        return rung;
    }

    /** The rung with the given number; rejects numbers outside 1..6. */
    public static Participatieladder of(int rung) {
        if (rung < 1 || rung > 6) {
            throw new IllegalArgumentException("participatieladder rung must be 1..6, was " + rung);
        }
        return values()[rung - 1];
    }
}
