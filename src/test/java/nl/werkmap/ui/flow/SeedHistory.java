package nl.werkmap.ui.flow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Participatieladder;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.CaseloadStore;

/** A few months of history for one candidate, so every tab and the agenda have something to show. */
final class SeedHistory {

    private SeedHistory() {
    }

    static void give(CaseloadStore store, UUID candidate) {
        LocalDate today = LocalDate.now();
        PlanGoal goal = new PlanGoal(UUID.randomUUID(), candidate, "Drie dagen per week werken in het groen",
                GoalStatus.BEZIG, today.plusMonths(4));
        store.plans().saveGoal(goal);
        store.plans().saveAction(new PlanAction(UUID.randomUUID(), candidate, goal.id(), null,
                "Werkschoenen regelen met de werkgever", ActionOwner.COACH, today.minusDays(10), null));
        store.plans().saveAction(new PlanAction(UUID.randomUUID(), candidate, goal.id(), null,
                "Fietsroute oefenen", ActionOwner.KANDIDAAT, today.minusDays(30), today.minusDays(25)));
        Employer linde = new Employer(UUID.randomUUID(), "Hoveniersbedrijf Van Dijk", "87654321",
                EmployerSector.MARKT, "Hoveniers", null, null);
        store.employers().save(linde);
        Placement placement = new Placement(UUID.randomUUID(), candidate, linde.id(), "Medewerker groen",
                PlacementType.PROEFPLAATSING, today.minusWeeks(7), today.plusDays(9), null, null, null, 20, false,
                null, 45, today.minusWeeks(6), false, true, null, null, null, null);
        store.placements().save(placement);
        store.employerContacts().save(new EmployerContact(UUID.randomUUID(), placement.id(), "Ria de Boer",
                ContactRole.BUDDY, "06 23456789", null, "ma-do 7:00-15:30", null, today.minusDays(12)));
        store.sessions().save(new CoachingSession(UUID.randomUUID(), candidate, placement.id(), UiFixture.COACH,
                today.minusDays(12).atTime(10, 0), 60, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                Set.of(Attendee.KANDIDAAT, Attendee.BUDDY), "Komt op tijd, werkt netjes", "Vindt snoeien lastig",
                "Ria doet het snoeien eerst voor", 1.0));
        store.sessions().save(new CoachingSession(UUID.randomUUID(), candidate, placement.id(), UiFixture.COACH,
                LocalDateTime.of(today.plusDays(2), java.time.LocalTime.of(9, 30)), 60, SessionLocation.WERKPLEK,
                SessionType.EVALUATIE, Set.of(Attendee.KANDIDAAT, Attendee.LEIDINGGEVENDE), null, null, null, 1.0));
        store.measurements().saveLadder(new LadderMeasurement(UUID.randomUUID(), candidate, today.minusMonths(5),
                Participatieladder.DEELNAME_GEORGANISEERDE_ACTIVITEITEN));
        store.measurements().saveLadder(new LadderMeasurement(UUID.randomUUID(), candidate, today.minusWeeks(2),
                Participatieladder.BETAALD_WERK_MET_ONDERSTEUNING));
        store.measurements().saveZrm(new ZrmMeasurement(UUID.randomUUID(), candidate, today.minusMonths(5),
                Map.of(ZrmDomain.GELDZAKEN, 2, ZrmDomain.WERK_OPLEIDING, 2, ZrmDomain.SOCIAAL_NETWERK, 3)));
        store.measurements().saveZrm(new ZrmMeasurement(UUID.randomUUID(), candidate, today.minusWeeks(2),
                Map.of(ZrmDomain.GELDZAKEN, 3, ZrmDomain.WERK_OPLEIDING, 4, ZrmDomain.SOCIAAL_NETWERK, 3)));
    }
}
