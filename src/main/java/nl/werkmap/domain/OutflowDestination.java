package nl.werkmap.domain;

/** Where a candidate went when leaving the caseload (status UITGESTROOMD). */
public enum OutflowDestination {
    REGULIER_WERK,
    BESCHUT_WERK,
    DAGBESTEDING,
    OPLEIDING,
    ZORG_OF_BEHANDELING,
    VERHUISD,
    PENSIOEN,
    OVERLEDEN,
    ANDERS
}
