package nl.werkmap.app.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.match.BaankansStatus;
import nl.werkmap.domain.match.Werkprofiel;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.store.DemoImport;

/**
 * Baankansen at a third of the demo employers: openings and carved jobs (tasks taken from two existing jobs), some
 * already filled or lapsed, so matching has open ones to rank and the lists show every status.
 */
final class DemoBaankansen {

    private static final long KIND_BAANKANS = 43;
    /** The SBI 2008 section of each demo branche (resources/demo/werkgevers.txt). */
    private static final Map<String, String> SECTION = Map.ofEntries(Map.entry("Groenvoorziening", "N"),
            Map.entry("Logistiek", "H"), Map.entry("Zorg", "Q"), Map.entry("Horeca", "I"),
            Map.entry("Schoonmaak", "N"), Map.entry("Detailhandel", "G"), Map.entry("Bouw", "F"),
            Map.entry("Metaal", "C"), Map.entry("Productie", "C"), Map.entry("Autobranche", "G"),
            Map.entry("Recycling", "E"), Map.entry("Fietsen", "G"), Map.entry("Overheid", "O"),
            Map.entry("Onderwijs", "P"));
    /** ISCO-08 unit group per branche for the carved or plain job. */
    private static final Map<String, String> OCCUPATION = Map.ofEntries(Map.entry("Groenvoorziening", "9214"),
            Map.entry("Logistiek", "9321"), Map.entry("Zorg", "9112"), Map.entry("Horeca", "9412"),
            Map.entry("Schoonmaak", "9112"), Map.entry("Detailhandel", "9334"), Map.entry("Bouw", "9622"),
            Map.entry("Metaal", "9329"), Map.entry("Productie", "9329"), Map.entry("Autobranche", "9622"),
            Map.entry("Recycling", "9612"), Map.entry("Fietsen", "9622"), Map.entry("Overheid", "4412"),
            Map.entry("Onderwijs", "5153"));
    private static final List<String> TASKS = List.of("Afwassen", "Groente snijden", "Vakken vullen",
            "Orders inpakken", "Post sorteren", "Schoonmaken van de kantine", "Planten water geven",
            "Retouren controleren", "Koffie zetten voor vergaderingen", "Fietsen poetsen");

    private DemoBaankansen() {
    }

    static List<Baankans> make(List<Employer> employers, long seed, LocalDate today) {
        List<Baankans> all = new ArrayList<>();
        for (int i = 0; i < employers.size(); i++) {
            DemoRandom r = DemoRandom.forItem(seed, KIND_BAANKANS, i);
            if (!r.chance(0.35)) {
                continue;
            }
            Employer e = employers.get(i);
            boolean carved = r.chance(0.5);
            double min = r.pick(12, 16, 20, 24);
            all.add(new Baankans(r.uuid(), e.id(), carved ? "Gecreëerde baan " + e.branche().toLowerCase(java.util.Locale.ROOT) : "Medewerker "
                    + e.branche().toLowerCase(java.util.Locale.ROOT), OCCUPATION.getOrDefault(e.branche(), "9622"),
                    SECTION.get(e.branche()), e.address().postcode(), min, min + r.pick(0, 4, 8),
                    EnumSet.range(DayOfWeek.MONDAY, r.pick(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)),
                    r.chance(0.7) ? Set.of(Dagdeel.OCHTEND) : Set.of(Dagdeel.OCHTEND, Dagdeel.MIDDAG),
                    today.plusWeeks(r.between(1, 12)),
                    r.weighted(BaankansStatus.values(), new double[] {0.7, 0.2, 0.1}),
                    List.of(r.pick(TASKS), r.pick(TASKS)).stream().distinct().toList(),
                    r.chance(0.6) ? null : r.pick(Opleidingsniveau.PRAKTIJKONDERWIJS, Opleidingsniveau.MBO_1,
                            Opleidingsniveau.MBO_2),
                    r.chance(0.15),
                    Set.of(Werkgevolg.VASTE_COLLEGA_BUDDY, r.pick(Werkgevolg.KORTE_INSTRUCTIES,
                            Werkgevolg.VASTE_WERKPLEK, Werkgevolg.VASTE_WERKTIJDEN)),
                    e.address().city(),
                    new Werkprofiel(r.chance(0.5) ? null : "Afspraken over hygiëne en veiligheid kennen",
                            "Een vaste collega leert de taken aan, eerst samen", "Klein team, leidinggevende is"
                            + " dagelijks aanwezig", "Op tijd komen en afmelden bij ziekte", "Staand werk, soms tillen"),
                    carved ? List.of(r.pick(e.branche() + " medewerker A", "Vakkracht"), "Teamleider") : List.of()));
        }
        return all;
    }

    /** Writes the baankansen after the employers, once per demo caseload. */
    static void write(List<Employer> employers, long seed, LocalDate today, DemoImport demo) {
        List<Baankans> all = make(employers, seed, today);
        if (!all.isEmpty()) {
            demo.write(rows -> rows.baankansen(all));
        }
    }
}
