package nl.werkmap.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Complete, valid example records for tests; each test changes only what it is about. */
public final class Examples {
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private Examples() {
    }

    public static Candidate candidate() {
        PersonalDetails personal = new PersonalDetails("Sanne de Vries", "Sanne", "123456782",
                LocalDate.of(2001, 5, 4), "06 12345678", "sanne@example.nl",
                new Address("Dorpsstraat 12", "1234 AB", "Zwolle"), "Zwolle");
        RegisterInfo register = new RegisterInfo(RegisterStatus.JA, Grondslag.PARTICIPATIEWET,
                LocalDate.of(2024, 1, 1), null);
        CandidateProfile profile = new CandidateProfile("Nauwkeurig, houdt van structuur", "Werken in de groen",
                "Vaste werkplek en vaste begeleider", List.of("Groen", "Logistiek"), 24.0);
        Mobility mobility = new Mobility(false, false, true, true, 45);
        return new Candidate(UUID.randomUUID(), personal, register, RouteIn.PRAKTIJKROUTE, Benefit.PARTICIPATIEWET,
                CandidateStatus.ACTIEF_TRAJECT, null, LocalDate.of(2025, 9, 1), null, UUID.randomUUID(),
                LocalDate.of(2025, 6, 1), profile, mobility, null);
    }

    public static SchoolInfo school() {
        return new SchoolInfo("De Brug VSO", SchoolType.VSO, Uitstroomprofiel.ARBEIDSMARKT,
                LocalDate.of(2026, 7, 1), SchoolDestination.REGULIER_WERK);
    }

    public static Placement placement(PlacementType type, LocalDate start, LocalDate plannedEnd, double hours) {
        return new Placement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Medewerker groen", type,
                start, plannedEnd, null, null, null, hours, false, null, 50, start, true, true, null,
                JobcoachType.EXTERN_UWV, JobcoachRegime.MIDDEN, 40.0);
    }

    public static Placement dienstverband(double hours) {
        return placement(PlacementType.DIENSTVERBAND, LocalDate.of(2025, 1, 1), null, hours);
    }

    public static Placement withLoonwaarde(Placement p, Integer pct) {
        return new Placement(p.id(), p.candidateId(), p.employerId(), p.jobTitle(), p.type(), p.start(),
                p.plannedEnd(), p.actualEnd(), p.endReason(), p.endNote(), p.hoursPerWeek(), p.jobcarving(),
                p.carvedTasks(), pct, p.loonwaardeMeasuredOn(), p.loonkostensubsidie(), p.noRiskPolis(),
                p.contractSequence(), p.jobcoachType(), p.jobcoachRegime(), p.hoursGrantedPerHalfYear());
    }

    public static CoachingSession session(int minutes, double hours) {
        return new CoachingSession(UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(),
                LocalDateTime.of(2026, 3, 10, 9, 30), minutes, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                Set.of(Attendee.KANDIDAAT, Attendee.BUDDY), "Gaat goed", null, "Volgende week evaluatie", hours);
    }

    public static Employer employer() {
        return new Employer(UUID.randomUUID(), "Groenbedrijf Veluwe B.V.", "12345678", EmployerSector.MARKT,
                "Groenvoorziening", new Address("Industrieweg 4", "7311 AA", "Apeldoorn"),
                new ContactPerson("Henk Jansen", "055-1234567", "henk@groenveluwe.nl"));
    }
}
