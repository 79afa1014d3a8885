package nl.werkmap.report;

import java.util.Arrays;
import java.util.List;

import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.rules.Banen;

/**
 * The stored enum names the report queries filter on, in one place. They are the constant names of the domain
 * enums (CandidateStatus, PlacementType, RegisterStatus, ...), as the schema stores enums by name.
 */
final class Codes {

    static final String UITGESTROOMD = "UITGESTROOMD";
    static final String REGISTER_JA = "JA";
    static final String PROEFPLAATSING = "PROEFPLAATSING";
    static final String BESCHUT_WERK = "BESCHUT_WERK";
    static final String LEERWERKPLEK_STAGE = "LEERWERKPLEK_STAGE";
    static final String OVERGEGAAN_IN_CONTRACT = "OVERGEGAAN_IN_CONTRACT";
    static final String SCHOOL_ONBEKEND = "ONBEKEND";
    static final String UNKNOWN = "ONBEKEND";
    static final String NO_COACH = "";

    static final List<String> STATUSES = List.of("AANMELDING", "INTAKE", "ACTIEF_TRAJECT", "GEPLAATST", "NAZORG",
            "TIJDELIJK_NIET_BESCHIKBAAR", "UIT_BEELD", UITGESTROOMD);
    static final List<String> REGISTER_STATUSES = List.of("JA", "AANGEVRAAGD", "NEE", "ONBEKEND");
    static final List<String> GRONDSLAGEN = List.of("WAJONG", "WSW", "WIW", "ID_BAAN", "PARTICIPATIEWET", UNKNOWN);
    static final List<String> OUTFLOW = List.of("REGULIER_WERK", "BESCHUT_WERK", "DAGBESTEDING", "OPLEIDING",
            "ZORG_OF_BEHANDELING", "VERHUISD", "PENSIOEN", "OVERLEDEN", "ANDERS", UNKNOWN);
    /** The placement types that count as afspraakbanen, by the domain's banen rule. */
    static final List<String> BANEN_TYPES = Arrays.stream(PlacementType.values()).filter(Banen::typeCounts)
            .map(Enum::name).toList();
    static final List<String> SECTORS = List.of("MARKT", "OVERHEID");
    static final List<String> SCHOOL_DESTINATIONS = List.of("REGULIER_WERK", "BESCHUT_WERK", "DAGBESTEDING", "MBO",
            SCHOOL_ONBEKEND);

    private Codes() {
    }
}
