package nl.werkmap.domain.rules;

/**
 * Something basic that is missing from a candidate's file. Message keys: {@code completeness.missing.<name>}, e.g.
 * {@code completeness.missing.CONTACTGEGEVENS}.
 */
public enum MissingItem {
    /** Neither a phone number nor an e-mail address. */
    CONTACTGEGEVENS,
    GEBOORTEDATUM,
    /** No postcode and no place of residence: nobody can tell which employers are within reach. */
    WOONPLAATS,
    /** Register status unknown: nobody knows whether a job would count for the banenafspraak. */
    REGISTERSTATUS,
    /** Not assigned to any coach. */
    COACH,
    TALENTEN,
    WENSEN,
    ONDERSTEUNINGSBEHOEFTE,
    BESCHIKBARE_UREN,
    /** No participatieladder measurement in the last six months. */
    LADDERMETING,
    /** Never asked whether the profile may be shared with employers (a refusal is an answer, not a gap). */
    TOESTEMMING_PROFIEL,
    /** Pupils only. */
    VERWACHTE_UITSTROOMDATUM,
    /** Pupils only: destination after school unknown. */
    BESTEMMING_NA_SCHOOL;

    public String messageKey() {
        return "completeness.missing." + name();
    }
}
