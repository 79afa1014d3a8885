package nl.werkmap.domain.profile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A filled-in werknemersprofiel to change one field of at a time. */
public final class ProfielSamples {

    private ProfielSamples() {
    }

    public static Werknemersprofiel complete(UUID candidateId) {
        return new Werknemersprofiel(Werknemersprofiel.idFor(candidateId), candidateId,
                new ProfielTeksten("Werkt nauwkeurig; telt goed", "Leert door het voor te doen",
                        "Woont bij haar zus; wil een vaste buddy", "Rustig, houdt van ritme",
                        "Wil in een keuken werken, later zelfstandig"),
                Opleidingsniveau.PRAKTIJKONDERWIJS, "Certificaat keukenassistent (2024)",
                List.of("Groente snijden", "Afwassen; opruimen"), "Koken, muziek", List.of("I", "G"),
                List.of("9412"),
                new Beschikbaarheid(LocalDate.of(2027, 1, 4), 12.0, 24.0,
                        Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), Set.of(Dagdeel.OCHTEND)),
                new Reisbereik("3511 AB", 30, Set.of(Vervoer.FIETS, Vervoer.OV), false),
                Set.of(Werkgevolg.KORTE_INSTRUCTIES, Werkgevolg.VASTE_WERKPLEK),
                Set.of(Leerwijze.VOORDOEN_NADOEN));
    }

    public static Werkervaring job(UUID candidateId, String isco) {
        return new Werkervaring(UUID.randomUUID(), candidateId, isco, "Stage bij de kantine, ging goed", 2023, 2024);
    }

    public static Werknemersprofiel withHours(Werknemersprofiel p, Double min, Double max) {
        Beschikbaarheid b = p.beschikbaarheid();
        return with(p, new Beschikbaarheid(b.from(), min, max, b.days(), b.dagdelen()), p.reisbereik());
    }

    public static Werknemersprofiel withTravel(Werknemersprofiel p, String postcode, Integer minutes) {
        Reisbereik r = p.reisbereik();
        return with(p, p.beschikbaarheid(), new Reisbereik(postcode, minutes, r.modes(), r.drivingLicence()));
    }

    public static Werknemersprofiel withWishes(Werknemersprofiel p, List<String> sectors, List<String> occupations) {
        return new Werknemersprofiel(p.id(), p.candidateId(), p.teksten(), p.opleidingsniveau(), p.diplomas(),
                p.skills(), p.interests(), sectors, occupations, p.beschikbaarheid(), p.reisbereik(),
                p.werkgevolgen(), p.leerwijzen());
    }

    private static Werknemersprofiel with(Werknemersprofiel p, Beschikbaarheid b, Reisbereik r) {
        return new Werknemersprofiel(p.id(), p.candidateId(), p.teksten(), p.opleidingsniveau(), p.diplomas(),
                p.skills(), p.interests(), p.sectorWishes(), p.occupationWishes(), b, r, p.werkgevolgen(),
                p.leerwijzen());
    }
}
