package nl.werkmap.bench.match;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.match.BaankansStatus;
import nl.werkmap.domain.match.Kandidaat;
import nl.werkmap.domain.profile.Beschikbaarheid;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Leerwijze;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.ProfielTeksten;
import nl.werkmap.domain.profile.Reisbereik;
import nl.werkmap.domain.profile.Vervoer;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.domain.profile.Werknemersprofiel;

/**
 * Seeded synthetic profiles and baankansen for the matching bench: every criterion has something to decide on for
 * most candidates (a fifth leave hours, sectors or travel empty, as real profiles do), postcodes spread over the
 * whole country, skills and tasks drawn from one small vocabulary so the task criterion finds both hits and misses.
 */
final class SyntheticProfiles {

    private static final String[] SKILLS = {"Groente snijden", "Afwassen en opruimen", "Vakken vullen",
        "Planten verzorgen", "Schoonmaken van ruimtes", "Dozen inpakken", "Koffie zetten", "Kassa bedienen",
        "Heftruck rijden", "Post sorteren", "Bedden opmaken", "Gras maaien", "Tafels dekken", "Orders picken"};
    private static final String[] SECTORS = {"A", "C", "G", "H", "I", "N", "Q", "R"};
    private static final String[] ISCO = {"9412", "9112", "5223", "9214", "9321", "9333", "5246", "9611", "4321"};
    private static final String[] PLACES = {"Utrecht", "Amsterdam", "Zwolle", "Groningen", "Eindhoven", "Tilburg"};

    private final Random random;

    SyntheticProfiles(long seed) {
        this.random = new Random(seed);
    }

    List<Kandidaat> kandidaten(int n) {
        List<Kandidaat> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            UUID id = new UUID(1, i);
            boolean sparse = random.nextInt(5) == 0;
            Werknemersprofiel p = new Werknemersprofiel(Werknemersprofiel.idFor(id), id,
                    new ProfielTeksten("Werkt nauwkeurig", "Leert door voordoen", "Woont thuis", "Rustig",
                            "Wil vast werk"),
                    sparse ? null : Opleidingsniveau.values()[random.nextInt(Opleidingsniveau.values().length)],
                    null, some(SKILLS, 1 + random.nextInt(4)), "Muziek",
                    sparse ? List.of() : some(SECTORS, 1 + random.nextInt(3)),
                    sparse ? List.of() : some(ISCO, random.nextInt(3)),
                    new Beschikbaarheid(LocalDate.of(2027, 1, 1).plusDays(random.nextInt(120)),
                            sparse ? null : 8.0 + random.nextInt(8), sparse ? null : 16.0 + random.nextInt(20),
                            days(), EnumSet.of(Dagdeel.values()[random.nextInt(Dagdeel.values().length)])),
                    new Reisbereik(postcode(), sparse ? null : 15 + random.nextInt(60),
                            EnumSet.of(Vervoer.values()[random.nextInt(Vervoer.values().length)]),
                            random.nextBoolean()),
                    random.nextInt(3) == 0 ? Set.of() : EnumSet.of(
                            Werkgevolg.values()[random.nextInt(Werkgevolg.values().length)]),
                    EnumSet.of(Leerwijze.values()[random.nextInt(Leerwijze.values().length)]));
            List<Werkervaring> jobs = random.nextInt(3) == 0 ? List.of()
                    : List.of(new Werkervaring(new UUID(2, i), id, ISCO[random.nextInt(ISCO.length)], "Stage",
                            2022, 2023));
            all.add(new Kandidaat(id, p, jobs, PLACES[random.nextInt(PLACES.length)]));
        }
        return all;
    }

    List<Baankans> baankansen(int n) {
        List<Baankans> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double min = 8 + random.nextInt(16);
            all.add(new Baankans(new UUID(3, i), new UUID(4, i % 50), "Medewerker " + i,
                    ISCO[random.nextInt(ISCO.length)], SECTORS[random.nextInt(SECTORS.length)], postcode(), min,
                    min + random.nextInt(8), days(), EnumSet.of(Dagdeel.OCHTEND), LocalDate.of(2027, 2, 1),
                    BaankansStatus.OPEN, some(SKILLS, 2 + random.nextInt(4)), Opleidingsniveau.values()[
                            random.nextInt(3)], random.nextInt(6) == 0,
                    EnumSet.of(Werkgevolg.values()[random.nextInt(Werkgevolg.values().length)]),
                    PLACES[random.nextInt(PLACES.length)], null, List.of()));
        }
        return all;
    }

    private String postcode() {
        return (1000 + random.nextInt(9000)) + " AB";
    }

    private Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getValue() <= 5 && random.nextInt(3) > 0) {
                days.add(d);
            }
        }
        return days;
    }

    private List<String> some(String[] from, int n) {
        List<String> picked = new ArrayList<>(n);
        while (picked.size() < n) {
            String s = from[random.nextInt(from.length)];
            if (!picked.contains(s)) {
                picked.add(s);
            }
        }
        return picked;
    }
}
