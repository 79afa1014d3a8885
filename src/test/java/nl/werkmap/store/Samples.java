package nl.werkmap.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.Address;
import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.Benefit;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateProfile;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.ContactPerson;
import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.Grondslag;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Mobility;
import nl.werkmap.domain.Participatieladder;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.RouteIn;
import nl.werkmap.domain.SchoolDestination;
import nl.werkmap.domain.SchoolInfo;
import nl.werkmap.domain.SchoolType;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.Uitstroomprofiel;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;

/** Fully filled domain objects for round-trip tests: every field set, so a lost field shows up. */
public final class Samples {

    private Samples() {
    }

    public static Coach coach(String name) {
        return new Coach(UUID.randomUUID(), name, CoachRole.JOBCOACH, "Team Noord", 60);
    }

    public static Candidate candidate(String fullName, UUID coachId) {
        PersonalDetails personal = new PersonalDetails(fullName, "Sanne", "111222333", LocalDate.of(2001, 4, 17),
                "06-12345678", "sanne@example.nl", new Address("Dorpsstraat 12a", "1234 AB", "Zwolle"), "Zwolle");
        CandidateProfile profile = new CandidateProfile("Nauwkeurig, houdt van dieren", "Werken in de buitenlucht",
                "Vaste structuur en een vaste buddy", List.of("groen", "logistiek"), 24.5);
        return new Candidate(UUID.randomUUID(), personal,
                new RegisterInfo(RegisterStatus.JA, Grondslag.WAJONG, LocalDate.of(2020, 1, 1), null),
                RouteIn.VSO, Benefit.WAJONG, CandidateStatus.ACTIEF_TRAJECT, "Start traject na intake",
                LocalDate.of(2024, 3, 1), null, coachId, LocalDate.of(2024, 2, 1), profile,
                new Mobility(true, false, true, true, 45),
                new SchoolInfo("De Brug", SchoolType.VSO, Uitstroomprofiel.ARBEIDSMARKT, LocalDate.of(2025, 7, 1),
                        SchoolDestination.REGULIER_WERK));
    }

    public static Candidate bareCandidate(String fullName) {
        return Candidate.register(UUID.randomUUID(), fullName, LocalDate.of(2025, 1, 6));
    }

    public static Consent consent(UUID candidateId) {
        return new Consent(UUID.randomUUID(), candidateId, ConsentPurpose.PROFIEL_AAN_WERKGEVER, true,
                LocalDate.of(2024, 3, 2));
    }

    public static PlanGoal goal(UUID candidateId) {
        return new PlanGoal(UUID.randomUUID(), candidateId, "Zelfstandig met de bus naar het werk",
                GoalStatus.BEZIG, LocalDate.of(2024, 9, 1));
    }

    public static PlanAction action(UUID candidateId, UUID goalId, UUID sessionId) {
        return new PlanAction(UUID.randomUUID(), candidateId, goalId, sessionId, "Busroute twee keer oefenen",
                ActionOwner.KANDIDAAT, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 28));
    }

    public static LadderMeasurement ladder(UUID candidateId) {
        return new LadderMeasurement(UUID.randomUUID(), candidateId, LocalDate.of(2024, 4, 1),
                Participatieladder.ONBETAALD_WERK);
    }

    public static ZrmMeasurement zrm(UUID candidateId) {
        return new ZrmMeasurement(UUID.randomUUID(), candidateId, LocalDate.of(2024, 4, 2), Map.of(
                ZrmDomain.GELDZAKEN, 2, ZrmDomain.WERK_OPLEIDING, 3, ZrmDomain.GEESTELIJKE_GEZONDHEID, 2,
                ZrmDomain.VERSLAVING, 5, ZrmDomain.JUSTITIE, 4, ZrmDomain.SOCIAAL_NETWERK, 3));
    }

    public static Employer employer() {
        return new Employer(UUID.randomUUID(), "Hoveniersbedrijf De Linde", "12345678", EmployerSector.MARKT,
                "Groenvoorziening", new Address("Industrieweg 4", "8011 AA", "Zwolle"),
                new ContactPerson("Karin de Vries", "038-1234567", "karin@delinde.nl"));
    }

    public static Placement placement(UUID candidateId, UUID employerId) {
        return new Placement(UUID.randomUUID(), candidateId, employerId, "Medewerker groen",
                PlacementType.DIENSTVERBAND, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 5, 1), null, null,
                "Nog geen einde", 24.0, true, "Bladblazen en snoeiafval ruimen", 60, LocalDate.of(2024, 6, 1), true,
                true, 1, JobcoachType.EXTERN_UWV, JobcoachRegime.MIDDEN, 40.5);
    }

    public static EmployerContact buddy(UUID placementId) {
        return new EmployerContact(UUID.randomUUID(), placementId, "Piet Bakker", ContactRole.BUDDY, "06-87654321",
                "piet@delinde.nl", "ma-do tot 15:00", "Rustige uitleg werkt het best", LocalDate.of(2024, 6, 3));
    }

    public static CoachingSession session(UUID candidateId, UUID placementId, UUID coachId, LocalDateTime at) {
        return new CoachingSession(UUID.randomUUID(), candidateId, placementId, coachId, at, 45,
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, EnumSet.of(Attendee.KANDIDAAT, Attendee.BUDDY),
                "Zelfstandig de route gelopen", "Moe aan het eind van de dag", "Volgende week evalueren", 1.25);
    }
}
