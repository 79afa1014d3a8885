package nl.werkmap.report.verantwoording;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.ContactType;
import nl.werkmap.domain.JobcoachResult;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.PlacementEndReason;

/**
 * The Dutch words of the documents. The documents go to UWV and Dutch gemeenten, so they are Dutch whatever the
 * screen's language; numbers with a decimal comma ("6,5"), dates as 3-12-2026.
 */
final class DocumentWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private DocumentWords() {
    }

    static String day(LocalDate date) {
        return date == null ? "-" : DAY.format(date);
    }

    static String hours(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                .replace('.', ',');
    }

    static String mean(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    static String yesNo(Boolean value) {
        return value == null ? "-" : value ? "ja" : "nee";
    }

    static String financier(JobcoachType type) {
        if (type == null) {
            return "-";
        }
        return switch (type) {
            case EXTERN_UWV -> "UWV";
            case GEMEENTE -> "gemeente";
            case INTERN -> "werkgever (interne jobcoach)";
        };
    }

    static String activity(CoachingActivity activity) {
        if (activity == null) {
            return "(geen activiteit)";
        }
        return switch (activity) {
            case INTRODUCEREN -> "Introduceren";
            case STRUCTUREREN_VAN_HET_WERK -> "Structureren van het werk";
            case INWERKEN_EN_TRAINEN -> "Inwerken en trainen";
            case STORINGEN_OPSPOREN_EN_VERHELPEN -> "Opsporen en verhelpen van storingen";
            case BEGELEIDEN_OP_HET_WERK -> "Begeleiden op het werk";
            case BEGELEIDING_THUISSITUATIE -> "Begeleiding thuissituatie";
            case BEGELEIDEN_LEIDINGGEVENDE -> "Begeleiden van de leidinggevende";
            case EVALUATIE_EN_COORDINATIE -> "Evaluatie en coördinatie";
        };
    }

    static String contact(ContactType type) {
        if (type == null) {
            return "-";
        }
        return switch (type) {
            case PERSOONLIJK -> "persoonlijk";
            case TELEFONISCH -> "telefonisch";
            case VIDEO -> "video";
        };
    }

    static String result(JobcoachResult result) {
        if (result == null) {
            return "nog niet gekozen";
        }
        return switch (result) {
            case WERKZAAM_ZONDER_BEGELEIDING -> "Werkzaam zonder begeleiding";
            case VERVOLG_LICHTER_REGIME -> "Werkzaam, vervolgaanvraag lichter regime";
            case VERVOLG_GELIJK_REGIME -> "Werkzaam, vervolgaanvraag gelijk regime";
            case VERVOLG_HOGER_REGIME -> "Werkzaam, vervolgaanvraag hoger regime";
            case WERKZAAM_BEGELEIDING_WERKGEVER -> "Werkzaam met begeleiding door werkgever";
            case NIET_MEER_WERKZAAM -> "Niet meer werkzaam";
        };
    }

    /**
     * The end reason as an outward document may say it. Illness is a health fact: it is said as "overig", like any
     * personal reason, and the stored value never reaches the document builder.
     */
    static PlacementEndReason outwardEndReason(PlacementEndReason reason) {
        return reason == PlacementEndReason.ZIEKTE ? PlacementEndReason.ANDERS : reason;
    }

    static String endReason(PlacementEndReason reason) {
        if (reason == null) {
            return "-";
        }
        return switch (outwardEndReason(reason)) {
            case OVERGEGAAN_IN_CONTRACT -> "overgegaan in een contract";
            case CONTRACT_AFGELOPEN -> "contract afgelopen";
            case ONTSLAG_DOOR_WERKGEVER -> "ontslag door de werkgever";
            case ONTSLAG_DOOR_KANDIDAAT -> "ontslag door de werknemer";
            case VERHUIZING -> "verhuizing";
            case GEEN_CONTRACT_NA_PROEFPLAATSING -> "geen contract na de proefplaatsing";
            case DOORGESTROOMD -> "doorgestroomd";
            default -> "overig";
        };
    }
}
