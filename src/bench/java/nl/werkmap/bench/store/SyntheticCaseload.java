package nl.werkmap.bench.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

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
import nl.werkmap.domain.Grondslag;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Mobility;
import nl.werkmap.domain.Participatieladder;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.RouteIn;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.CaseloadStore;

/**
 * Fills a caseload with synthetic candidates through the store's bulk API, in chunks of one transaction each:
 * every candidate gets a consent and a ladder measurement, 0 to 6 sessions, half a placement with a buddy, and a
 * sample of "heavy" candidates two years of weekly sessions (what the candidate-file timing is about). Sparser than
 * the demo caseload (27 sessions per candidate): through the store's API every row also gets its change-log entry,
 * and at the demo's density 150,000 candidates would take some 20 GB here. The list's figures at a realistic
 * density come from CaseloadScreenBench on a demo caseload.
 */
final class SyntheticCaseload {

    static final String[] FIRST = {"Jan", "Piet", "Sanne", "Émilie", "Mohamed", "Fatima", "Daan", "Noa", "Sem",
        "Lotte", "Jörg", "Ayşe", "Bram", "Zoë", "Thijs", "Iris", "Youssef", "Anouk", "Kevin", "Chantal"};
    static final String[] LAST = {"Jansen", "de Vries", "van den Berg", "Bakker", "Öztürk", "El-Amrani", "Visser",
        "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Jänsen",
        "Kaya", "Yılmaz", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer"};
    static final String[] SECTORS = {"zorg", "groen", "logistiek", "horeca", "schoonmaak", "techniek", "retail"};

    private static final int CHUNK = 10_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private final Random random = new Random(20261125L);
    final List<UUID> heavy = new ArrayList<>();

    void fill(CaseloadStore store, int candidates, int heavyCount) {
        List<Coach> coaches = new ArrayList<>();
        for (int i = 0; i < Math.max(1, candidates / 60); i++) {
            coaches.add(new Coach(UUID.randomUUID(), "Coach " + i, CoachRole.JOBCOACH, "Team " + (i % 8), 60));
        }
        store.coaches().insertAll(coaches);
        List<Employer> employers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, candidates / 20); i++) {
            employers.add(new Employer(UUID.randomUUID(), "Werkgever " + i, null, EmployerSector.MARKT,
                    SECTORS[i % SECTORS.length], new Address("Industrieweg " + i, "8011 AA", "Zwolle"),
                    new ContactPerson("Contact " + i, "038-" + (1000000 + i), null)));
        }
        store.employers().insertAll(employers);

        for (int start = 0; start < candidates; start += CHUNK) {
            int end = Math.min(candidates, start + CHUNK);
            List<Candidate> people = new ArrayList<>();
            List<Consent> consents = new ArrayList<>();
            List<LadderMeasurement> ladder = new ArrayList<>();
            List<ZrmMeasurement> zrm = new ArrayList<>();
            List<Placement> placements = new ArrayList<>();
            List<EmployerContact> contacts = new ArrayList<>();
            List<CoachingSession> sessions = new ArrayList<>();
            for (int i = start; i < end; i++) {
                Coach coach = coaches.get(random.nextInt(coaches.size()));
                Candidate c = candidate(coach.id());
                people.add(c);
                consents.add(new Consent(UUID.randomUUID(), c.id(), ConsentPurpose.PROFIEL_AAN_WERKGEVER,
                        random.nextBoolean(), TODAY.minusDays(random.nextInt(700))));
                ladder.add(new LadderMeasurement(UUID.randomUUID(), c.id(), TODAY.minusDays(random.nextInt(400)),
                        Participatieladder.of(1 + random.nextInt(6))));
                if (i % 4 == 0) {
                    zrm.add(new ZrmMeasurement(UUID.randomUUID(), c.id(), TODAY.minusDays(random.nextInt(60)),
                            Map.of(ZrmDomain.GELDZAKEN, 1 + random.nextInt(5), ZrmDomain.WONING, 3,
                                    ZrmDomain.GEESTELIJKE_GEZONDHEID, 1 + random.nextInt(5))));
                }
                UUID placementId = null;
                if (random.nextBoolean()) {
                    Employer employer = employers.get(random.nextInt(employers.size()));
                    Placement p = placement(c.id(), employer.id());
                    placements.add(p);
                    placementId = p.id();
                    contacts.add(new EmployerContact(UUID.randomUUID(), p.id(), "Buddy " + i, ContactRole.BUDDY,
                            "06-" + (20000000 + i), null, "ma-vr", null, TODAY.minusDays(random.nextInt(30))));
                }
                boolean isHeavy = heavy.size() < heavyCount && i % Math.max(1, candidates / heavyCount) == 0;
                int count = isHeavy ? 104 : random.nextInt(7);
                for (int s = 0; s < count; s++) {
                    LocalDateTime at = isHeavy ? TODAY.minusWeeks(s).atTime(9, 30)
                            : TODAY.minusDays(random.nextInt(365)).atTime(8 + random.nextInt(9), 0);
                    sessions.add(session(c.id(), placementId, coach.id(), at));
                }
                if (isHeavy) {
                    heavy.add(c.id());
                }
            }
            store.candidates().insertAll(people);
            store.consents().insertAll(consents);
            store.measurements().insertLadder(ladder);
            store.measurements().insertZrm(zrm);
            store.placements().insertAll(placements);
            store.employerContacts().insertAll(contacts);
            store.sessions().insertAll(sessions);
        }
    }

    private Candidate candidate(UUID coachId) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String name = first + " " + LAST[random.nextInt(LAST.length)];
        PersonalDetails personal = new PersonalDetails(name, random.nextInt(10) == 0 ? first : null,
                String.valueOf(100000000 + random.nextInt(899999999)), LocalDate.of(1970 + random.nextInt(38), 1 + random.nextInt(12), 1),
                "06-" + (10000000 + random.nextInt(89999999)), null,
                new Address("Dorpsstraat " + random.nextInt(200), "80" + (10 + random.nextInt(89)) + " AB", "Zwolle"),
                "Zwolle");
        CandidateProfile profile = new CandidateProfile(random.nextBoolean() ? "Nauwkeurig en trouw" : null,
                "Werken met de handen", random.nextBoolean() ? "Vaste buddy" : null,
                List.of(SECTORS[random.nextInt(SECTORS.length)], SECTORS[random.nextInt(SECTORS.length)]),
                random.nextBoolean() ? 12.0 + random.nextInt(20) : null);
        CandidateStatus status = CandidateStatus.values()[random.nextInt(CandidateStatus.values().length)];
        return new Candidate(UUID.randomUUID(), personal,
                new RegisterInfo(RegisterStatus.values()[random.nextInt(4)], Grondslag.PARTICIPATIEWET, null, null),
                RouteIn.PRAKTIJKROUTE, Benefit.PARTICIPATIEWET, status, null, TODAY.minusDays(random.nextInt(300)),
                null, coachId, TODAY.minusDays(random.nextInt(1000)), profile, new Mobility(true, false, true, true, 45),
                null);
    }

    private Placement placement(UUID candidateId, UUID employerId) {
        boolean trial = random.nextInt(5) == 0;
        LocalDate start = TODAY.minusDays(random.nextInt(500));
        return new Placement(UUID.randomUUID(), candidateId, employerId, "Medewerker",
                trial ? PlacementType.PROEFPLAATSING : PlacementType.DIENSTVERBAND, start,
                trial ? start.plusMonths(2) : start.plusYears(1), null, null, null, 12 + random.nextInt(26), false,
                null, 50 + random.nextInt(40), start, true, true, 1, null, null, null);
    }

    private CoachingSession session(UUID candidateId, UUID placementId, UUID coachId, LocalDateTime at) {
        return new CoachingSession(UUID.randomUUID(), candidateId, placementId, coachId, at, 45,
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, EnumSet.of(Attendee.KANDIDAAT),
                "Ging goed met de collega's", random.nextInt(3) == 0 ? "Moe aan het eind van de dag" : null,
                "Over twee weken weer langs", 1.0);
    }
}
