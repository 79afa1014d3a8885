package nl.werkmap.report.table;

import java.util.Locale;
import java.util.Map;

/** Dutch words for the stored codes that appear as row and column labels of report tables. */
public final class Labels {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("AANMELDING", "Aanmelding"), Map.entry("INTAKE", "Intake"),
            Map.entry("ACTIEF_TRAJECT", "Actief traject"), Map.entry("GEPLAATST", "Geplaatst"),
            Map.entry("NAZORG", "Nazorg"), Map.entry("TIJDELIJK_NIET_BESCHIKBAAR", "Tijdelijk niet beschikbaar"),
            Map.entry("UIT_BEELD", "Uit beeld"), Map.entry("UITGESTROOMD", "Uitgestroomd"),
            Map.entry("JA", "In register"), Map.entry("NEE", "Niet in register"),
            Map.entry("AANGEVRAAGD", "Aangevraagd"), Map.entry("ONBEKEND", "Onbekend"),
            Map.entry("WAJONG", "Wajong"), Map.entry("WSW", "Wsw"), Map.entry("WIW", "WIW"),
            Map.entry("ID_BAAN", "ID-baan"), Map.entry("PARTICIPATIEWET", "Participatiewet"),
            Map.entry("REGULIER_WERK", "Regulier werk"), Map.entry("BESCHUT_WERK", "Beschut werk"),
            Map.entry("DAGBESTEDING", "Dagbesteding"), Map.entry("OPLEIDING", "Opleiding"), Map.entry("MBO", "Mbo"),
            Map.entry("ZORG_OF_BEHANDELING", "Zorg of behandeling"), Map.entry("VERHUISD", "Verhuisd"),
            Map.entry("PENSIOEN", "Pensioen"), Map.entry("OVERLEDEN", "Overleden"), Map.entry("ANDERS", "Anders"),
            Map.entry("DIENSTVERBAND", "Dienstverband"), Map.entry("DETACHERING", "Inleen: detachering"),
            Map.entry("UITZEND", "Inleen: uitzend"), Map.entry("MARKT", "Markt"), Map.entry("OVERHEID", "Overheid"),
            Map.entry("VSO", "VSO"), Map.entry("PRO", "PrO"), Map.entry("VERVOLGONDERWIJS", "Vervolgonderwijs"),
            Map.entry("ARBEIDSMARKT", "Arbeidsmarkt"),
            Map.entry("WERK", "Aan het werk (baan)"), Map.entry("PROEFPLAATSING_OF_STAGE", "Proefplaatsing of stage"),
            Map.entry("IN_TRAJECT_ZONDER_WERK", "In traject, nog geen werk"),
            Map.entry("NOG_NIET_TE_METEN", "Nog niet te meten"),
            Map.entry("HALFJAARRAPPORTAGE", "Halfjaarrapportage jobcoach"),
            Map.entry("EINDE_PROEFPLAATSING", "Einde proefplaatsing"),
            Map.entry("LOONWAARDEMETING", "Nieuwe loonwaardemeting"),
            // jobcoach deadlines (issue 14)
            Map.entry("AANVRAAG", "Aanvraag jobcoaching"),
            Map.entry("EINDE_DIENSTBETREKKING", "Melding einde dienstbetrekking"),
            Map.entry("WIJZIGING", "Melding wijziging dienstbetrekking"),
            Map.entry("VERANTWOORDINGSRAPPORTAGE", "Verantwoordingsrapportage"),
            Map.entry("VERVOLGAANVRAAG", "Vervolgaanvraag"),
            Map.entry("LANGDURIGE_MOTIVATIE", "Motivatie langer dan 3 jaar (5e halfjaar)"),
            Map.entry("UREN_INVOEREN", "Uren van deze week invoeren"),
            Map.entry("GELDZAKEN", "Geldzaken"), Map.entry("WERK_OPLEIDING", "Werk & opleiding"),
            Map.entry("TIJDSBESTEDING", "Tijdsbesteding"), Map.entry("RELATIES_THUIS", "Relaties thuis"),
            Map.entry("WONING", "Woning"), Map.entry("ZELFZORG", "Zelfzorg"),
            Map.entry("DAGELIJKSE_ACTIVITEITEN", "Dagelijkse activiteiten"),
            Map.entry("SOCIAAL_NETWERK", "Sociaal netwerk"), Map.entry("INZET_MAATSCHAPPIJ", "Inzet maatschappij"),
            Map.entry("GEESTELIJKE_GEZONDHEID", "Geestelijke gezondheid"),
            Map.entry("LICHAMELIJKE_GEZONDHEID", "Lichamelijke gezondheid"),
            Map.entry("VERSLAVING", "Verslaving"), Map.entry("JUSTITIE", "Justitie"));

    private static final String[] RUNGS = {"1 geïsoleerd", "2 sociale contacten buiten huis",
        "3 deelname georganiseerde activiteiten", "4 onbetaald werk", "5 betaald werk met ondersteuning",
        "6 betaald werk zonder ondersteuning"};

    private Labels() {
    }

    /** The Dutch word for a code, or the code made readable when there is none. */
    public static String of(String code) {
        if (code == null || code.isEmpty()) {
            return "Onbekend";
        }
        String word = WORDS.get(code);
        if (word != null) {
            return word;
        }
        String plain = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }

    /** "3 deelname georganiseerde activiteiten" for rung "3". */
    public static String rung(String rung) {
        return RUNGS[Integer.parseInt(rung) - 1];
    }
}
