package nl.werkmap.report.inzage;

import java.util.Map;

/**
 * What each kind of record is for and on what ground (AVG art. 15 lid 1 sub a), in plain Dutch with "je", as the
 * inzage and the DPIA state it. A kind without its own line gets the general purpose, so a new table is never
 * missing from the list.
 */
public final class Purposes {

    /** The label, purpose and ground of one kind of record. */
    public record Purpose(String label, String purpose, String ground) {
    }

    private static final String TAAK = "Wettelijke taak van de gemeente (Participatiewet; art. 6 lid 1 sub e AVG)";
    private static final String GEZONDHEID = "Wettelijke taak; gezondheid alleen voor zover nodig voor je begeleiding"
            + " (art. 9 AVG, art. 30 UAVG)";

    private static final Purpose GENERAL = new Purpose("Overige gegevens", "Je begeleiding naar werk", TAAK);

    private static final Map<String, Purpose> BY_KIND = Map.ofEntries(
            Map.entry("candidate", new Purpose("Je gegevens", "Weten wie je bent, hoe we je bereiken en waar je"
                    + " staat in je traject; je BSN alleen voor de uitwisseling met UWV en gemeente", TAAK)),
            Map.entry("coaching_session", new Purpose("Gesprekken en sessies", "Verslag van je begeleiding en"
                    + " verantwoording van de jobcoachuren aan UWV of gemeente", TAAK)),
            Map.entry("plan_goal", new Purpose("Doelen", "Je plan van aanpak", TAAK)),
            Map.entry("plan_action", new Purpose("Acties", "Je plan van aanpak", TAAK)),
            Map.entry("ladder_measurement", new Purpose("Participatieladder", "Je voortgang meten", TAAK)),
            Map.entry("zrm_measurement", new Purpose("ZRM-metingen", "Inschatten hoe zelfredzaam je bent; bevat"
                    + " gegevens over je gezondheid", GEZONDHEID)),
            Map.entry("consent", new Purpose("Toestemmingen", "Vastleggen waarvoor je toestemming gaf of weigerde",
                    "Je toestemming (art. 6 lid 1 sub a AVG)")),
            Map.entry("placement", new Purpose("Plaatsingen", "Je werkplek bij een werkgever", TAAK)),
            Map.entry("loonwaarde_measurement", new Purpose("Loonwaardemetingen", "Vaststellen van"
                    + " loonkostensubsidie", TAAK)),
            Map.entry("jobcoach_grant", new Purpose("Toekenningen jobcoaching", "De jobcoaching die UWV of de"
                    + " gemeente toekende", TAAK)),
            Map.entry("werknemersprofiel", new Purpose("Werknemersprofiel", "Passend werk voor je vinden", TAAK)),
            Map.entry("werkervaring", new Purpose("Werkervaring", "Passend werk voor je vinden", TAAK)),
            Map.entry("session_draft", new Purpose("Verslag in wording", "Een nog niet opgeslagen verslag", TAAK)),
            Map.entry("saved_file", new Purpose("Opgeslagen bestanden", "Bijhouden welke bestanden met je gegevens"
                    + " buiten Werkmap zijn opgeslagen, zodat ze bij het wissen worden verwijderd",
                    "Wettelijke plicht (art. 17 AVG)")),
            Map.entry("access_log", new Purpose("Toegangslog", "Laten zien wie je BSN, gezondheidsgegevens en"
                    + " bestanden met je gegevens heeft ingezien (BIO2 8.15)", "Wettelijke plicht (art. 32 AVG)")),
            Map.entry("zienswijze", new Purpose("Je zienswijzen", "Je eigen reactie bij gegevens over jou; die gaat"
                    + " mee als die gegevens gedeeld worden", "Je recht op rectificatie en bezwaar (art. 16, 21 AVG)")));

    private Purposes() {
    }

    public static Purpose of(String kind) {
        return BY_KIND.getOrDefault(kind, GENERAL);
    }
}
