package nl.werkmap.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.Grondslag;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.OutflowDestination;
import nl.werkmap.domain.Participatieladder;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.SchoolDestination;
import nl.werkmap.domain.SchoolInfo;
import nl.werkmap.domain.SchoolType;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.Uitstroomprofiel;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.CaseloadStore;

/**
 * A random caseload written through the real repositories (each kind in one transaction, change-logged like a
 * coach's own edits): candidates with dates over the two years before {@code today}, and only the kinds of
 * records asked for, so a test can make a caseload without budgets, sessions, measurements or school leavers.
 */
public final class GeneratedCaseload {

    /** The kinds of records besides candidates that may be left out. */
    public enum Kind { PLACEMENTS, BUDGETS, SESSIONS, LADDER, ZRM, SCHOOL, OUTFLOW, TOMBSTONES, NO_COACH }

    private final Random random;
    private final LocalDate today;
    private final Set<Kind> kinds;

    public GeneratedCaseload(long seed, LocalDate today, Set<Kind> kinds) {
        this.random = new Random(seed);
        this.today = today;
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
    }

    /** How many records of each table were written. */
    public record Written(int candidates, int placements, int sessions, int measurements) {
    }

    /** Writes {@code candidates} candidates of the given coaches (coaches must exist), with employers of their own. */
    public Written write(CaseloadStore store, int candidates, List<UUID> coaches) {
        List<UUID> employers = new ArrayList<>();
        List<Employer> newEmployers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Employer e = new Employer(UUID.randomUUID(), "Werkgever " + i, null,
                    EmployerSector.values()[random.nextInt(EmployerSector.values().length)], null, null, null);
            newEmployers.add(e);
            employers.add(e.id());
        }
        store.employers().saveAll(newEmployers);
        List<Candidate> people = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        List<CoachingSession> sessions = new ArrayList<>();
        List<LadderMeasurement> ladder = new ArrayList<>();
        List<ZrmMeasurement> zrm = new ArrayList<>();
        List<UUID> tombstones = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            Candidate c = candidate(i, coaches);
            people.add(c);
            List<Placement> theirs = kinds.contains(Kind.PLACEMENTS) ? placements(c, employers) : List.of();
            placements.addAll(theirs);
            if (kinds.contains(Kind.SESSIONS)) {
                for (int s = random.nextInt(4); s > 0; s--) {
                    Placement at = theirs.isEmpty() || random.nextBoolean() ? null : theirs.get(random.nextInt(theirs.size()));
                    UUID coach = c.coachId() != null ? c.coachId() : coaches.isEmpty() ? null : pick(coaches);
                    LocalDateTime when = day(c.registeredOn()).atTime(8 + random.nextInt(9), 0);
                    double hours = random.nextInt(5) == 0 ? 6 + random.nextInt(6) : 0.5 * (1 + random.nextInt(6));
                    sessions.add(new CoachingSession(UUID.randomUUID(), c.id(), at == null ? null : at.id(), coach,
                            when, (int) (hours * 60), SessionLocation.KANTOOR, SessionType.EVALUATIE, null, null, null,
                            null, hours));
                }
            }
            if (kinds.contains(Kind.LADDER)) {
                for (int m = random.nextInt(4); m > 0; m--) {
                    ladder.add(new LadderMeasurement(UUID.randomUUID(), c.id(), day(c.registeredOn()),
                            Participatieladder.of(1 + random.nextInt(6))));
                }
            }
            if (kinds.contains(Kind.ZRM)) {
                for (int m = random.nextInt(3); m > 0; m--) {
                    Map<ZrmDomain, Integer> scores = new EnumMap<>(ZrmDomain.class);
                    for (ZrmDomain d : ZrmDomain.values()) {
                        if (random.nextInt(4) > 0) {
                            scores.put(d, 1 + random.nextInt(5));
                        }
                    }
                    zrm.add(new ZrmMeasurement(UUID.randomUUID(), c.id(), day(c.registeredOn()), scores));
                }
            }
            if (kinds.contains(Kind.TOMBSTONES) && random.nextInt(20) == 0) {
                tombstones.add(c.id());
            }
        }
        store.candidates().saveAll(people);
        store.placements().saveAll(placements);
        store.sessions().saveAll(sessions);
        store.measurements().insertLadder(ladder);
        store.measurements().insertZrm(zrm);
        tombstones.forEach(store.candidates()::tombstone);
        return new Written(people.size(), placements.size(), sessions.size(), ladder.size() + zrm.size());
    }

    private Candidate candidate(int i, List<UUID> coaches) {
        LocalDate registered = today.minusDays(random.nextInt(730));
        CandidateStatus status = CandidateStatus.values()[random.nextInt(CandidateStatus.values().length)];
        if (status == CandidateStatus.UITGESTROOMD && !kinds.contains(Kind.OUTFLOW)) {
            status = CandidateStatus.ACTIEF_TRAJECT;
        }
        LocalDate since = day(registered);
        OutflowDestination destination = status == CandidateStatus.UITGESTROOMD && random.nextInt(4) > 0
                ? OutflowDestination.values()[random.nextInt(OutflowDestination.values().length)] : null;
        RegisterStatus register = RegisterStatus.values()[random.nextInt(RegisterStatus.values().length)];
        Grondslag grondslag = register == RegisterStatus.JA && random.nextBoolean()
                ? Grondslag.values()[random.nextInt(Grondslag.values().length)] : null;
        UUID coach = coaches.isEmpty() || kinds.contains(Kind.NO_COACH) && random.nextInt(10) == 0 ? null : pick(coaches);
        SchoolInfo school = kinds.contains(Kind.SCHOOL) && random.nextInt(5) == 0
                ? new SchoolInfo("School " + random.nextInt(3), SchoolType.values()[random.nextInt(SchoolType.values().length)],
                        random.nextBoolean() ? Uitstroomprofiel.values()[random.nextInt(Uitstroomprofiel.values().length)] : null,
                        today.minusDays(random.nextInt(600)).plusDays(200),
                        random.nextBoolean() ? SchoolDestination.values()[random.nextInt(SchoolDestination.values().length)] : null)
                : null;
        return Candidate.register(UUID.randomUUID(), "Kandidaat " + i, registered)
                .withRegister(new RegisterInfo(register, grondslag, grondslag == null ? null : registered.minusDays(30), null))
                .withStatus(status, null, destination, since)
                .withCoach(coach)
                .withSchool(school);
    }

    private List<Placement> placements(Candidate c, List<UUID> employers) {
        List<Placement> out = new ArrayList<>();
        for (int p = random.nextInt(3); p > 0; p--) {
            PlacementType type = PlacementType.values()[random.nextInt(PlacementType.values().length)];
            LocalDate start = day(c.registeredOn());
            boolean ended = random.nextInt(3) == 0;
            LocalDate end = ended ? start.plusDays(random.nextInt(200)) : null;
            Double granted = kinds.contains(Kind.BUDGETS) && random.nextBoolean() ? 20.0 + random.nextInt(60) : null;
            out.add(new Placement(UUID.randomUUID(), c.id(), pick(employers), "Medewerker", type, start, null, end,
                    ended ? PlacementEndReason.values()[random.nextInt(PlacementEndReason.values().length)] : null,
                    null, 4 + random.nextInt(33), false, null, null, null, false, false, null,
                    granted == null ? null : nl.werkmap.domain.JobcoachType.GEMEENTE, null, granted));
        }
        return out;
    }

    /** A day from {@code from} up to today. */
    private LocalDate day(LocalDate from) {
        long span = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, today));
        return from.plusDays(span == 0 ? 0 : random.nextLong(span + 1));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
