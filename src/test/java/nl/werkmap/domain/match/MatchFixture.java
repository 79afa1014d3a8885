package nl.werkmap.domain.match;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.profile.Beschikbaarheid;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.domain.profile.Reisbereik;
import nl.werkmap.domain.profile.Vervoer;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.domain.profile.Werknemersprofiel;

/**
 * A hand-made candidate and baankans that fit on every point, to change one thing at a time. Travel times come from
 * a small table, so each travel reason can be reached.
 */
final class MatchFixture {

    static final UUID SANNE = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    /** Sanne: praktijkonderwijs, wants kitchen work (9412) in horeca or retail, 12-24 hours, Mon/Tue/Thu mornings,
     * from 3511 AB by bike up to 30 minutes, no licence, needs short instructions and a fixed workplace. */
    static final Werknemersprofiel PROFIEL = ProfielSamples.complete(SANNE);

    static final Reistijd TABLE = (from, to, modes) -> {
        Map<String, Integer> minutes = Map.of("3511 CD", 15, "3512 AA", 35, "3600 AA", 60);
        return from.postcode() == null || !minutes.containsKey(to.postcode()) ? Optional.empty()
                : Optional.of(new Reisschatting(minutes.get(to.postcode()), Vervoer.FIETS, Reisschatting.Basis.POSTCODE));
    };

    private MatchFixture() {
    }

    /** Keukenhulp at a restaurant: 16-20 hours, Mon/Tue mornings, from 11 January, offers what Sanne needs. */
    static Baankans keukenhulp() {
        return new Baankans(UUID.fromString("00000000-0000-4000-8000-00000000b001"),
                UUID.fromString("00000000-0000-4000-8000-00000000e001"), "Keukenhulp", "9412", "I", "3511 CD",
                16.0, 20.0, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), Set.of(Dagdeel.OCHTEND),
                LocalDate.of(2027, 1, 11), BaankansStatus.OPEN, List.of("Groente snijden", "Afwassen"),
                Opleidingsniveau.PRAKTIJKONDERWIJS, false,
                Set.of(Werkgevolg.KORTE_INSTRUCTIES, Werkgevolg.VASTE_WERKPLEK, Werkgevolg.VASTE_COLLEGA_BUDDY),
                "Utrecht", new Werkprofiel("Hygiene-regels kennen", "Vaste buddy leert de taken aan",
                        "Klein team, chef is rustig", "Op tijd komen, elkaar helpen", "Warme keuken, staand werk"),
                List.of("Kok", "Afwasser"));
    }

    static Baankans with(Baankans b, Double min, Double max) {
        return new Baankans(b.id(), b.employerId(), b.title(), b.iscoCode(), b.sbiSection(), b.postcode(), min, max,
                b.days(), b.dagdelen(), b.start(), b.status(), b.tasks(), b.minimumNiveau(),
                b.drivingLicenceRequired(), b.supportOffered(), b.place(), b.werkprofiel(), b.carvedFrom());
    }

    static Baankans when(Baankans b, Set<DayOfWeek> days, Set<Dagdeel> parts, LocalDate start) {
        return new Baankans(b.id(), b.employerId(), b.title(), b.iscoCode(), b.sbiSection(), b.postcode(),
                b.hoursMin(), b.hoursMax(), days, parts, start, b.status(), b.tasks(), b.minimumNiveau(),
                b.drivingLicenceRequired(), b.supportOffered(), b.place(), b.werkprofiel(), b.carvedFrom());
    }

    static Baankans at(Baankans b, String postcode, boolean licence) {
        return new Baankans(b.id(), b.employerId(), b.title(), b.iscoCode(), b.sbiSection(), postcode, b.hoursMin(),
                b.hoursMax(), b.days(), b.dagdelen(), b.start(), b.status(), b.tasks(), b.minimumNiveau(), licence,
                b.supportOffered(), b.place(), b.werkprofiel(), b.carvedFrom());
    }

    static Baankans work(Baankans b, String isco, String sector, List<String> tasks) {
        return new Baankans(b.id(), b.employerId(), b.title(), isco, sector, b.postcode(), b.hoursMin(),
                b.hoursMax(), b.days(), b.dagdelen(), b.start(), b.status(), tasks, b.minimumNiveau(),
                b.drivingLicenceRequired(), b.supportOffered(), b.place(), b.werkprofiel(), b.carvedFrom());
    }

    static Baankans asks(Baankans b, Opleidingsniveau level, Set<Werkgevolg> support) {
        return new Baankans(b.id(), b.employerId(), b.title(), b.iscoCode(), b.sbiSection(), b.postcode(),
                b.hoursMin(), b.hoursMax(), b.days(), b.dagdelen(), b.start(), b.status(), b.tasks(), level,
                b.drivingLicenceRequired(), support, b.place(), b.werkprofiel(), b.carvedFrom());
    }

    static Baankans status(Baankans b, UUID id, BaankansStatus status) {
        return new Baankans(id, b.employerId(), b.title(), b.iscoCode(), b.sbiSection(), b.postcode(), b.hoursMin(),
                b.hoursMax(), b.days(), b.dagdelen(), b.start(), status, b.tasks(), b.minimumNiveau(),
                b.drivingLicenceRequired(), b.supportOffered(), b.place(), b.werkprofiel(), b.carvedFrom());
    }

    static Werknemersprofiel available(Werknemersprofiel p, Beschikbaarheid b) {
        return new Werknemersprofiel(p.id(), p.candidateId(), p.teksten(), p.opleidingsniveau(), p.diplomas(),
                p.skills(), p.interests(), p.sectorWishes(), p.occupationWishes(), b, p.reisbereik(),
                p.werkgevolgen(), p.leerwijzen());
    }

    static Werknemersprofiel reach(Werknemersprofiel p, Reisbereik r) {
        return new Werknemersprofiel(p.id(), p.candidateId(), p.teksten(), p.opleidingsniveau(), p.diplomas(),
                p.skills(), p.interests(), p.sectorWishes(), p.occupationWishes(), p.beschikbaarheid(), r,
                p.werkgevolgen(), p.leerwijzen());
    }

    static Werknemersprofiel person(Werknemersprofiel p, Opleidingsniveau level, List<String> skills,
                                    Set<Werkgevolg> needs) {
        return new Werknemersprofiel(p.id(), p.candidateId(), p.teksten(), level, p.diplomas(), skills, p.interests(),
                p.sectorWishes(), p.occupationWishes(), p.beschikbaarheid(), p.reisbereik(), needs, p.leerwijzen());
    }
}
