package nl.werkmap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RecordsTest {

    @Test
    void recordsRejectMissingIds() {
        assertThrows(IllegalArgumentException.class, () -> Candidate.register(null, "Sanne", Examples.TODAY));
        assertThrows(IllegalArgumentException.class, () -> new Coach(null, "Anna", CoachRole.JOBCOACH, null, 50));
        assertThrows(IllegalArgumentException.class,
                () -> new Consent(UUID.randomUUID(), null, ConsentPurpose.PROFIEL_AAN_WERKGEVER, true, null));
        assertThrows(IllegalArgumentException.class,
                () -> new EmployerContact(UUID.randomUUID(), null, "Piet", ContactRole.BUDDY, null, null, null, null,
                        null));
    }

    @Test
    void negativeHoursAreNeverValid() {
        assertThrows(IllegalArgumentException.class, () -> Examples.dienstverband(-1));
        assertThrows(IllegalArgumentException.class, () -> Examples.dienstverband(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Examples.session(30, -0.5));
        assertThrows(IllegalArgumentException.class, () -> Examples.session(-5, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new CandidateProfile(null, null, null, List.of(), -2.0));
    }

    @Test
    void candidateFillsUnknownPartsButKeepsSchoolAbsent() {
        Candidate c = new Candidate(UUID.randomUUID(), null, null, null, null, null, null, null, null, null, null,
                null, null, null);
        assertEquals(RegisterInfo.UNKNOWN, c.register());
        assertEquals(CandidateProfile.EMPTY, c.profile());
        assertEquals(Mobility.UNKNOWN, c.mobility());
        assertEquals(Address.EMPTY, c.personal().address());
        assertNull(c.school());
        assertTrue(c.withSchool(Examples.school()).isPupil());
    }

    @Test
    void collectionsAreCopiedAndUnmodifiable() {
        List<String> sectors = new ArrayList<>(List.of("Zorg"));
        CandidateProfile profile = new CandidateProfile(null, null, null, sectors, null);
        sectors.add("Bouw");
        assertEquals(List.of("Zorg"), profile.preferredSectors());
        assertThrows(UnsupportedOperationException.class, () -> profile.preferredSectors().add("Bouw"));

        Set<Attendee> attendees = EnumSet.of(Attendee.BUDDY);
        CoachingSession s = new CoachingSession(UUID.randomUUID(), UUID.randomUUID(), null, null,
                LocalDateTime.of(2026, 1, 5, 10, 0), 30, SessionLocation.WERKPLEK, SessionType.NAZORG, attendees,
                null, null, null, 0.5);
        attendees.add(Attendee.MENTOR);
        assertEquals(Set.of(Attendee.BUDDY), s.attendees());
        assertThrows(UnsupportedOperationException.class, () -> s.attendees().add(Attendee.MENTOR));

        Map<ZrmDomain, Integer> scores = new HashMap<>(Map.of(ZrmDomain.WONING, 3));
        ZrmMeasurement z = new ZrmMeasurement(UUID.randomUUID(), UUID.randomUUID(), Examples.TODAY, scores);
        scores.put(ZrmDomain.GELDZAKEN, 1);
        assertEquals(Map.of(ZrmDomain.WONING, 3), z.scores());
        assertNull(z.score(ZrmDomain.GELDZAKEN));
        assertThrows(UnsupportedOperationException.class, () -> z.scores().put(ZrmDomain.JUSTITIE, 2));
    }

    @Test
    void zrmScoresOutsideOneToFiveAreRejected() {
        UUID id = UUID.randomUUID();
        assertThrows(IllegalArgumentException.class,
                () -> new ZrmMeasurement(id, id, Examples.TODAY, Map.of(ZrmDomain.WONING, 6)));
        assertThrows(IllegalArgumentException.class,
                () -> new ZrmMeasurement(id, id, Examples.TODAY, Map.of(ZrmDomain.WONING, 0)));
        assertEquals(ZrmScore.BEPERKT_ZELFREDZAAM, ZrmScore.of(3));
    }

    @Test
    void zrmHasThirteenDomainsAndFourSensitiveOnes() {
        assertEquals(13, ZrmDomain.values().length);
        assertEquals(ZrmDomain.GELDZAKEN, ZrmDomain.values()[0]);
        assertEquals(ZrmDomain.JUSTITIE, ZrmDomain.values()[12]);
        Set<ZrmDomain> sensitive = EnumSet.noneOf(ZrmDomain.class);
        for (ZrmDomain d : ZrmDomain.values()) {
            if (d.sensitive()) {
                sensitive.add(d);
            }
        }
        assertEquals(EnumSet.of(ZrmDomain.GEESTELIJKE_GEZONDHEID, ZrmDomain.LICHAMELIJKE_GEZONDHEID,
                ZrmDomain.VERSLAVING, ZrmDomain.JUSTITIE), sensitive);
    }

    @Test
    void ladderRungsRoundTrip() {
        for (Participatieladder rung : Participatieladder.values()) {
            assertEquals(rung, Participatieladder.of(rung.rung()));
        }
        assertEquals(1, Participatieladder.GEISOLEERD.rung());
        assertEquals(6, Participatieladder.BETAALD_WERK_ZONDER_ONDERSTEUNING.rung());
        assertThrows(IllegalArgumentException.class, () -> Participatieladder.of(0));
        assertThrows(IllegalArgumentException.class, () -> Participatieladder.of(7));
    }

    @Test
    void statusChangeReplacesReasonAndDestination() {
        Candidate c = Examples.candidate()
                .withStatus(CandidateStatus.TIJDELIJK_NIET_BESCHIKBAAR, "Verhuizing", null, Examples.TODAY);
        Candidate out = c.withStatus(CandidateStatus.UITGESTROOMD, null, OutflowDestination.REGULIER_WERK,
                Examples.TODAY);
        assertNull(out.statusReason());
        assertEquals(OutflowDestination.REGULIER_WERK, out.outflowDestination());
        assertEquals(c.personal(), out.personal());
    }

    @Test
    void placementIsActiveFromStartUntilActualEnd() {
        Placement p = Examples.dienstverband(20);
        assertTrue(p.isActiveOn(p.start()));
        assertTrue(!p.isActiveOn(p.start().minusDays(1)));
        Placement ended = p.endedOn(LocalDate.of(2025, 6, 1), PlacementEndReason.CONTRACT_AFGELOPEN, null);
        assertTrue(ended.isActiveOn(LocalDate.of(2025, 6, 1)));
        assertTrue(!ended.isActiveOn(LocalDate.of(2025, 6, 2)));
    }
}
