package nl.werkmap.app.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.werkmap.domain.Candidate;
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
import nl.werkmap.store.DemoImport;

/**
 * Werknemersprofielen for demo candidates, as incomplete as real ones: about a fifth have none yet, and of the rest
 * many lack an opleidingsniveau (42% did in UWV's Kandidatenverkenner), sector wishes, hours or a travel time, so the
 * completeness badges and the team table have something to show; a few are shared with an employer
 * ({@link DemoShares}). Deterministic per seed and candidate number.
 */
final class DemoWerknemersprofielen {

    private static final long KIND_PROFILE = 41;
    /** Unit groups that fit the work demo candidates do: kitchen, cleaning, shelves, green, warehouse, care, office. */
    private static final List<String> OCCUPATIONS = List.of("9412", "9112", "9621", "9214", "9321", "9329", "5223",
            "5322", "4110", "8322", "9611", "5120", "7512", "9613");
    private static final List<String> SECTORS = List.of("I", "G", "N", "A", "C", "H", "Q", "O", "S", "F", "P");
    private static final List<String> SKILLS = List.of("Nauwkeurig", "Werkt graag met de handen", "Netjes",
            "Goed met klanten", "Sterk en fit", "Kan goed tellen", "Werkt graag buiten", "Houdt van vaste routines",
            "Leert snel een nieuwe handeling", "Behulpzaam");
    private static final List<String> PART_TEXTS = List.of(
            "Werkt zorgvuldig als de taak duidelijk is. Vraagt zelf om hulp als iets niet lukt.",
            "Leert het best door het een paar keer voorgedaan te krijgen; een foto van de stappen helpt.",
            "Woont bij ouders; een oom werkt in de groenvoorziening. Wil graag een vaste buddy.",
            "Rustig en vriendelijk, houdt niet van drukte en harde muziek.",
            "Wil in de keuken werken, later misschien een mbo 2-opleiding erbij.");

    private DemoWerknemersprofielen() {
    }

    /** The profiles of one slice of candidates and their work experience. */
    record Made(List<Werknemersprofiel> profiles, List<Werkervaring> experience) {
    }

    /**
     * Makes and writes the profiles of one slice of candidates (after the candidates are written); with the first
     * slice also the baankansen at the employers, so the demo generator needs one line for all of issue 15.
     */
    static void writeFor(List<Candidate> candidates, List<nl.werkmap.domain.Consent> consents, long seed,
                         LocalDate today, DemoStaff staff, boolean firstSlice, DemoImport demo) {
        if (firstSlice) {
            DemoBaankansen.write(staff.employers.stream().map(DemoStaff.DemoEmployer::employer).toList(), seed, today,
                    demo);
        }
        Made made = make(candidates, seed);
        if (!made.profiles().isEmpty()) {
            List<nl.werkmap.domain.share.ProfielDeling> shares = DemoShares.make(made.profiles(), consents,
                    staff.employers.stream().map(DemoStaff.DemoEmployer::employer).toList(), seed, today);
            demo.write(rows -> rows.profiles(made.profiles(), made.experience()).shares(shares));
        }
    }

    static Made make(List<Candidate> candidates, long seed) {
        List<Werknemersprofiel> profiles = new ArrayList<>();
        List<Werkervaring> experience = new ArrayList<>();
        for (Candidate candidate : candidates) {
            DemoRandom r = DemoRandom.forItem(seed, KIND_PROFILE, candidate.id().getLeastSignificantBits());
            if (r.chance(0.2)) {
                continue;
            }
            profiles.add(profile(candidate, r));
            int jobs = r.weighted(new Integer[] {0, 1, 2}, new double[] {0.45, 0.4, 0.15});
            for (int i = 0; i < jobs; i++) {
                int from = candidate.registeredOn().getYear() - r.between(1, 6);
                experience.add(new Werkervaring(r.uuid(), candidate.id(), r.pick(OCCUPATIONS),
                        r.pick("Stage in de kantine", "Vakantiewerk bij de supermarkt", "Leerwerkplek bij de gemeente",
                                "Werk in de tuin van de zorgboerderij", null),
                        from, r.chance(0.3) ? null : Math.min(from + r.between(0, 2), candidate.registeredOn().getYear())));
            }
        }
        return new Made(profiles, experience);
    }

    private static Werknemersprofiel profile(Candidate c, DemoRandom r) {
        boolean pupil = c.isPupil();
        Opleidingsniveau level = r.chance(0.42) ? null : pupil
                ? r.pick(Opleidingsniveau.VSO, Opleidingsniveau.PRAKTIJKONDERWIJS)
                : r.pick(Opleidingsniveau.PRAKTIJKONDERWIJS, Opleidingsniveau.VSO, Opleidingsniveau.MBO_1,
                        Opleidingsniveau.VMBO, Opleidingsniveau.MBO_2, Opleidingsniveau.GEEN);
        List<String> sectors = r.chance(0.4) ? List.of() : distinct(r, SECTORS, r.between(1, 3));
        List<String> occupations = r.chance(0.5) ? List.of() : distinct(r, OCCUPATIONS, r.between(1, 2));
        Double max = r.chance(0.25) ? null : r.pick(16, 20, 24, 28, 32, 36).doubleValue();
        Double min = max == null || r.chance(0.4) ? null : Math.max(8, max - r.pick(4, 8, 12));
        Set<DayOfWeek> days = r.chance(0.35) ? Set.of() : EnumSet.range(DayOfWeek.MONDAY,
                r.pick(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        Set<Dagdeel> parts = r.chance(0.5) ? Set.of() : r.chance(0.7) ? Set.of(Dagdeel.OCHTEND)
                : Set.of(Dagdeel.OCHTEND, Dagdeel.MIDDAG);
        LocalDate from = r.chance(0.6) ? null : c.registeredOn().plusMonths(r.between(1, 6));
        Integer minutes = r.chance(0.3) ? null : c.mobility().maxTravelMinutes() != null
                ? c.mobility().maxTravelMinutes() : r.pick(15, 20, 30, 45, 60);
        Set<Vervoer> modes = r.chance(0.3) ? Set.of() : r.chance(0.5) ? Set.of(Vervoer.FIETS)
                : Set.of(Vervoer.FIETS, Vervoer.OV);
        Boolean licence = r.chance(0.5) ? null : r.chance(0.2);
        Set<Werkgevolg> support = r.chance(0.3) ? Set.of() : Set.copyOf(distinct(r,
                List.of(Werkgevolg.values()), r.between(1, 3)));
        Set<Leerwijze> learning = r.chance(0.5) ? Set.of() : Set.of(r.pick(Leerwijze.values()));
        String postcode = r.chance(0.3) ? null : c.personal().address().postcode();
        ProfielTeksten texts = new ProfielTeksten(text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4));
        return new Werknemersprofiel(Werknemersprofiel.idFor(c.id()), c.id(), texts, level,
                level == null || r.chance(0.6) ? null : "Certificaat " + r.pick("schoonmaak", "keuken", "heftruck",
                        "veiligheid (VCA)"),
                distinct(r, SKILLS, r.between(0, 3)), r.chance(0.5) ? null : r.pick("Koken", "Voetbal", "Dieren",
                        "Gamen", "Tuinieren", "Muziek"),
                sectors, occupations, new Beschikbaarheid(from, min, max, days, parts),
                new Reisbereik(postcode, minutes, modes, licence), support, learning);
    }

    private static String text(DemoRandom r, int part) {
        return r.chance(0.45) ? null : PART_TEXTS.get(part);
    }

    private static <T> List<T> distinct(DemoRandom r, List<T> from, int count) {
        List<T> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(count, from.size())) {
            T next = r.pick(from);
            if (!chosen.contains(next)) {
                chosen.add(next);
            }
        }
        return chosen;
    }
}
