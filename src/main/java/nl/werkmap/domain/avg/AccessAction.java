package nl.werkmap.domain.avg;

/**
 * What was done with a candidate's data that the access log must show (BIO2 8.15; JOBCOACHING.md §3): reading
 * special category data (BSN, health), taking data out of Werkmap (export, share, inzage), and reading the log.
 */
public enum AccessAction {
    /** The BSN was shown on screen; a reason is required. */
    BSN_INGEZIEN,
    /** Health fields (the ZRM domains, support needs) were opened. */
    GEZONDHEID_GEOPEND,
    /** Data left Werkmap in a file: a report, the hours overview (uren), CSV/XLSX/PDF. */
    EXPORT,
    /** The werknemersprofiel was shared with an employer. */
    PROFIEL_GEDEELD,
    /** The candidate's own request for their data (AVG art. 15) was answered with a file. */
    INZAGE,
    /** Someone read this log itself (team lead, privacy officer). */
    TOEGANGSLOG_INGEZIEN
}
