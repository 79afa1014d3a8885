package nl.werkmap.domain.avg;

/** Whether the access took place (the Logboek's "resultaat"): a refused attempt is logged too. */
public enum AccessResult {
    GELUKT, GEWEIGERD
}
