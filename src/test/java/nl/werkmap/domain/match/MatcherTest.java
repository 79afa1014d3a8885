package nl.werkmap.domain.match;

import static nl.werkmap.domain.match.MatchFixture.PROFIEL;
import static nl.werkmap.domain.match.MatchFixture.SANNE;
import static nl.werkmap.domain.match.MatchFixture.keukenhulp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.profile.Beschikbaarheid;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.Reisbereik;
import nl.werkmap.domain.profile.Vervoer;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.domain.profile.Werknemersprofiel;

/** Every reason of every criterion, on a hand-made candidate and baankans, one change at a time. */
class MatcherTest {

    private final Matcher matcher = new Matcher(MatchFixture.TABLE);

    private Uitleg on(Werknemersprofiel p, Baankans b, Criterium c) {
        return on(p, List.of(), b, c);
    }

    private Uitleg on(Werknemersprofiel p, List<Werkervaring> jobs, Baankans b, Criterium c) {
        return matcher.match(new Kandidaat(SANNE, p, jobs), b).on(c);
    }

    private static void is(Fit fit, String key, List<Object> facts, Uitleg u) {
        assertEquals(new Uitleg(u.criterium(), fit, "match." + u.criterium().name().toLowerCase() + "." + key, facts), u);
    }

    @Test
    void theFixtureFitsOnEveryPointAndSaysWhy() {
        Match m = matcher.match(new Kandidaat(SANNE, PROFIEL, List.of()), keukenhulp());
        assertEquals(List.of(Criterium.values()), m.uitleg().stream().map(Uitleg::criterium).toList(),
                "every criterion, in order, never a bare score");
        assertEquals(9, m.count(Fit.PAST), m.toString());
    }

    @Test
    void uren() {
        Baankans b = keukenhulp();
        is(Fit.PAST, "fits", List.of(16.0, 20.0, 24.0), on(PROFIEL, b, Criterium.UREN));
        is(Fit.DEELS, "tooMany", List.of(28.0, 24.0), on(PROFIEL, MatchFixture.with(b, 28.0, 32.0), Criterium.UREN));
        is(Fit.PAST_NIET, "tooMany", List.of(32.0, 24.0), on(PROFIEL, MatchFixture.with(b, 32.0, 36.0), Criterium.UREN));
        is(Fit.DEELS, "tooFew", List.of(8.0, 12.0), on(PROFIEL, MatchFixture.with(b, 6.0, 8.0), Criterium.UREN));
        is(Fit.ONBEKEND, "unknownJob", List.of(), on(PROFIEL, MatchFixture.with(b, null, null), Criterium.UREN));
        Werknemersprofiel noHours = MatchFixture.available(PROFIEL, new Beschikbaarheid(null, 12.0, null,
                PROFIEL.beschikbaarheid().days(), PROFIEL.beschikbaarheid().dagdelen()));
        is(Fit.ONBEKEND, "unknownCandidate", List.of(), on(noHours, b, Criterium.UREN));
    }

    @Test
    void beschikbaarheid() {
        Baankans b = keukenhulp();
        is(Fit.PAST, "fits", List.of(), on(PROFIEL, b, Criterium.BESCHIKBAARHEID));
        is(Fit.DEELS, "startsLater", List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 14)),
                on(PROFIEL, MatchFixture.when(b, b.days(), b.dagdelen(), LocalDate.of(2026, 12, 14)),
                        Criterium.BESCHIKBAARHEID));
        is(Fit.DEELS, "someDays", List.of(List.of(DayOfWeek.WEDNESDAY)), on(PROFIEL, MatchFixture.when(b,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), b.dagdelen(), b.start()), Criterium.BESCHIKBAARHEID));
        is(Fit.PAST_NIET, "noDays", List.of(List.of(DayOfWeek.FRIDAY)), on(PROFIEL, MatchFixture.when(b,
                Set.of(DayOfWeek.FRIDAY), b.dagdelen(), b.start()), Criterium.BESCHIKBAARHEID));
        is(Fit.DEELS, "someDagdelen", List.of(List.of(Dagdeel.MIDDAG)), on(PROFIEL, MatchFixture.when(b, b.days(),
                Set.of(Dagdeel.OCHTEND, Dagdeel.MIDDAG), b.start()), Criterium.BESCHIKBAARHEID));
        is(Fit.PAST_NIET, "noDagdelen", List.of(List.of(Dagdeel.AVOND)), on(PROFIEL, MatchFixture.when(b, b.days(),
                Set.of(Dagdeel.AVOND), b.start()), Criterium.BESCHIKBAARHEID));
        Werknemersprofiel unknown = MatchFixture.available(PROFIEL, new Beschikbaarheid(null, 12.0, 24.0, null, null));
        is(Fit.ONBEKEND, "unknownCandidate", List.of(), on(unknown, b, Criterium.BESCHIKBAARHEID));
    }

    private static Reisschatting byBike(int minutes) {
        return new Reisschatting(minutes, Vervoer.FIETS, Reisschatting.Basis.POSTCODE);
    }

    @Test
    void reistijdAndRijbewijs() {
        Baankans b = keukenhulp();
        is(Fit.PAST, "fits", List.of(15, 30, byBike(15)), on(PROFIEL, b, Criterium.REISTIJD));
        is(Fit.DEELS, "tooFar", List.of(35, 30, byBike(35)), on(PROFIEL, MatchFixture.at(b, "3512 AA", false), Criterium.REISTIJD));
        is(Fit.PAST_NIET, "tooFar", List.of(60, 30, byBike(60)), on(PROFIEL, MatchFixture.at(b, "3600 AA", false),
                Criterium.REISTIJD));
        is(Fit.ONBEKEND, "noEstimate", List.of(30), on(PROFIEL, MatchFixture.at(b, "9999 ZZ", false),
                Criterium.REISTIJD));
        Werknemersprofiel noMax = MatchFixture.reach(PROFIEL, new Reisbereik("3511 AB", null, Set.of(Vervoer.FIETS),
                null));
        is(Fit.ONBEKEND, "unknownCandidate", List.of(), on(noMax, b, Criterium.REISTIJD));

        is(Fit.PAST, "notNeeded", List.of(), on(PROFIEL, b, Criterium.RIJBEWIJS));
        Baankans driving = MatchFixture.at(b, "3511 CD", true);
        is(Fit.PAST_NIET, "missing", List.of(), on(PROFIEL, driving, Criterium.RIJBEWIJS));
        is(Fit.ONBEKEND, "unknownCandidate", List.of(), on(noMax, driving, Criterium.RIJBEWIJS));
        Werknemersprofiel licensed = MatchFixture.reach(PROFIEL, new Reisbereik("3511 AB", 30, Set.of(Vervoer.AUTO),
                true));
        is(Fit.PAST, "has", List.of(), on(licensed, driving, Criterium.RIJBEWIJS));
    }

    @Test
    void sectorAndBeroep() {
        Baankans b = keukenhulp();
        is(Fit.PAST, "wished", List.of("I"), on(PROFIEL, b, Criterium.SECTOR));
        is(Fit.PAST_NIET, "notWished", List.of("Q", List.of("I", "G")),
                on(PROFIEL, MatchFixture.work(b, "9412", "Q", b.tasks()), Criterium.SECTOR));
        is(Fit.ONBEKEND, "unknownJob", List.of(), on(PROFIEL, MatchFixture.work(b, "9412", null, b.tasks()),
                Criterium.SECTOR));
        Werknemersprofiel noWishes = nl.werkmap.domain.profile.ProfielSamples.withWishes(PROFIEL, List.of(), List.of());
        is(Fit.ONBEKEND, "unknownCandidate", List.of(), on(noWishes, b, Criterium.SECTOR));

        is(Fit.PAST, "wished", List.of("9412"), on(PROFIEL, b, Criterium.BEROEP));
        Baankans shop = MatchFixture.work(b, "5223", "G", b.tasks());
        Werkervaring shopJob = new Werkervaring(UUID.randomUUID(), SANNE, "5223", null, 2023, 2024);
        is(Fit.PAST, "experienced", List.of("5223"), on(PROFIEL, List.of(shopJob), shop, Criterium.BEROEP));
        is(Fit.PAST_NIET, "other", List.of("5223", List.of("9412")), on(PROFIEL, shop, Criterium.BEROEP));
        is(Fit.DEELS, "related", List.of("9411", List.of("9412")),
                on(PROFIEL, MatchFixture.work(b, "9411", "I", b.tasks()), Criterium.BEROEP));
        is(Fit.ONBEKEND, "unknownCandidate", List.of(), on(noWishes, b, Criterium.BEROEP));
        is(Fit.ONBEKEND, "unknownJob", List.of(), on(PROFIEL, MatchFixture.work(b, null, "I", b.tasks()),
                Criterium.BEROEP));
    }

    @Test
    void takenEnVaardigheden() {
        Baankans b = keukenhulp();
        is(Fit.PAST, "all", List.of(List.of("Groente snijden", "Afwassen")), on(PROFIEL, b,
                Criterium.TAKEN_EN_VAARDIGHEDEN));
        Baankans more = MatchFixture.work(b, "9412", "I", List.of("Afwassen", "Bestellingen aannemen"));
        is(Fit.DEELS, "some", List.of(List.of("Afwassen"), List.of("Bestellingen aannemen")), on(PROFIEL, more,
                Criterium.TAKEN_EN_VAARDIGHEDEN));
        Baankans other = MatchFixture.work(b, "9412", "I", List.of("Kassa bedienen"));
        is(Fit.PAST_NIET, "none", List.of(List.of("Kassa bedienen")), on(PROFIEL, other,
                Criterium.TAKEN_EN_VAARDIGHEDEN));
        is(Fit.ONBEKEND, "unknownJob", List.of(), on(PROFIEL, MatchFixture.work(b, "9412", "I", List.of()),
                Criterium.TAKEN_EN_VAARDIGHEDEN));
        Werknemersprofiel noSkills = MatchFixture.person(PROFIEL, PROFIEL.opleidingsniveau(), List.of(),
                PROFIEL.werkgevolgen());
        is(Fit.ONBEKEND, "unknownCandidate", List.of(), on(noSkills, b, Criterium.TAKEN_EN_VAARDIGHEDEN));
    }

    @Test
    void ondersteuningAndOpleidingsniveau() {
        Baankans b = keukenhulp();
        is(Fit.PAST, "offered", List.of(List.of(Werkgevolg.KORTE_INSTRUCTIES, Werkgevolg.VASTE_WERKPLEK)),
                on(PROFIEL, b, Criterium.ONDERSTEUNING));
        is(Fit.DEELS, "partlyOffered", List.of(List.of(Werkgevolg.VASTE_WERKPLEK)), on(PROFIEL,
                MatchFixture.asks(b, b.minimumNiveau(), Set.of(Werkgevolg.KORTE_INSTRUCTIES)), Criterium.ONDERSTEUNING));
        is(Fit.PAST_NIET, "notOffered", List.of(List.of(Werkgevolg.KORTE_INSTRUCTIES, Werkgevolg.VASTE_WERKPLEK)),
                on(PROFIEL, MatchFixture.asks(b, b.minimumNiveau(), Set.of()), Criterium.ONDERSTEUNING));
        Werknemersprofiel noNeeds = MatchFixture.person(PROFIEL, PROFIEL.opleidingsniveau(), PROFIEL.skills(),
                Set.of());
        is(Fit.PAST, "noneNeeded", List.of(), on(noNeeds, b, Criterium.ONDERSTEUNING));

        is(Fit.PAST, "meets", List.of(Opleidingsniveau.PRAKTIJKONDERWIJS, Opleidingsniveau.PRAKTIJKONDERWIJS),
                on(PROFIEL, b, Criterium.OPLEIDINGSNIVEAU));
        is(Fit.PAST_NIET, "below", List.of(Opleidingsniveau.PRAKTIJKONDERWIJS, Opleidingsniveau.MBO_2),
                on(PROFIEL, MatchFixture.asks(b, Opleidingsniveau.MBO_2, b.supportOffered()),
                        Criterium.OPLEIDINGSNIVEAU));
        is(Fit.PAST, "noRequirement", List.of(), on(PROFIEL, MatchFixture.asks(b, null, b.supportOffered()),
                Criterium.OPLEIDINGSNIVEAU));
        Werknemersprofiel noLevel = MatchFixture.person(PROFIEL, null, PROFIEL.skills(), PROFIEL.werkgevolgen());
        is(Fit.ONBEKEND, "unknownCandidate", List.of(Opleidingsniveau.PRAKTIJKONDERWIJS), on(noLevel, b,
                Criterium.OPLEIDINGSNIVEAU));
    }

    @Test
    void rankingIsByCountsBothWaysAndSkipsClosedBaankansen() {
        Baankans fits = keukenhulp();
        Baankans farAndLong = MatchFixture.at(MatchFixture.with(MatchFixture.status(fits, UUID.randomUUID(),
                BaankansStatus.OPEN), 32.0, 36.0), "3600 AA", false);
        Baankans filled = MatchFixture.status(fits, UUID.randomUUID(), BaankansStatus.INGEVULD);
        Kandidaat sanne = new Kandidaat(SANNE, PROFIEL, List.of());
        List<Match> forSanne = matcher.baankansenFor(sanne, List.of(farAndLong, filled, fits));
        assertEquals(List.of(fits.id(), farAndLong.id()), forSanne.stream().map(Match::baankansId).toList(),
                "two points that do not fit rank below none; a filled baankans is not offered");

        UUID other = UUID.fromString("00000000-0000-4000-8000-00000000a002");
        Kandidaat unknown = new Kandidaat(other, Werknemersprofiel.empty(other), List.of());
        List<Match> forJob = matcher.kandidatenFor(fits, List.of(unknown, sanne));
        assertEquals(List.of(SANNE, other), forJob.stream().map(Match::candidateId).toList());
        assertEquals(0, forJob.get(1).count(Fit.PAST_NIET), "an empty profile fails nothing...");
        assertEquals(7, forJob.get(1).count(Fit.ONBEKEND), "...it is unknown, and shown so: " + forJob.get(1));
    }
}
