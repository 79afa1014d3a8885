package nl.werkmap.store.caseload;

import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.CONSENT;
import static nl.werkmap.store.jooq.Tables.EMPLOYER_CONTACT;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static nl.werkmap.store.jooq.Tables.PLAN_ACTION;
import static nl.werkmap.store.jooq.Tables.PLAN_GOAL;
import static nl.werkmap.store.jooq.Tables.ZRM_MEASUREMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.mapping.EntityReader;
import nl.werkmap.store.repo.CandidateMapping;
import nl.werkmap.store.repo.CoachMapping;
import nl.werkmap.store.repo.ConsentMapping;
import nl.werkmap.store.repo.EmployerContactMapping;
import nl.werkmap.store.repo.EmployerMapping;
import nl.werkmap.store.repo.MeasurementMapping;
import nl.werkmap.store.repo.PlacementMapping;
import nl.werkmap.store.repo.PlanMapping;
import nl.werkmap.store.repo.SessionMapping;

/**
 * Loads one candidate's whole file in one read transaction, one query per table (keyed on the candidate or on
 * the candidate's placements), so the screen never sees half of a sync that is being applied.
 */
public final class CandidateFileQuery {

    private final Database database;
    private final EntityReader reader;

    public CandidateFileQuery(Database database, EntityReader reader) {
        this.database = database;
        this.reader = reader;
    }

    /** The candidate's file, or empty if there is no such (live) candidate. */
    public Optional<CandidateFile> load(UUID candidateId) {
        return database.read(dsl -> reader.find(dsl, CandidateMapping.TABLE, candidateId)
                .map(candidate -> fileOf(dsl, candidate)));
    }

    /**
     * What "Sessie vastleggen" needs of a candidate: the candidate, the coach, the placements (with employer and
     * contacts) and only the sessions that start on {@code day} (a planned appointment it may complete). Goals,
     * actions, measurements and consents stay empty, and a trajectory's years of session notes stay sealed.
     */
    public Optional<CandidateFile> forSessionOn(UUID candidateId, LocalDate day) {
        return database.read(dsl -> reader.find(dsl, CandidateMapping.TABLE, candidateId).map(candidate -> {
            Optional<Coach> coach = candidate.coachId() == null ? Optional.empty()
                    : reader.find(dsl, CoachMapping.TABLE, candidate.coachId());
            List<Placement> placements = reader.findBy(dsl, PlacementMapping.TABLE, "candidate_id",
                    List.of(candidate.id()), PLACEMENT.START_DATE.desc());
            // starts_at is yyyy-MM-ddTHH:mm text: from the day up to (not including) the next.
            List<CoachingSession> sessions = reader.findWhere(dsl, SessionMapping.TABLE,
                    COACHING_SESSION.CANDIDATE_ID.eq(candidate.id().toString())
                            .and(COACHING_SESSION.STARTS_AT.ge(day.toString()))
                            .and(COACHING_SESSION.STARTS_AT.lt(day.plusDays(1).toString())),
                    COACHING_SESSION.STARTS_AT.desc());
            return new CandidateFile(candidate, coach, List.of(), List.of(), List.of(), List.of(), List.of(),
                    placementFiles(dsl, placements), sessions);
        }));
    }

    private CandidateFile fileOf(DSLContext dsl, Candidate candidate) {
        UUID id = candidate.id();
        return new CandidateFile(candidate, coachOf(dsl, candidate), consents(dsl, id), goals(dsl, id),
                actions(dsl, id), ladder(dsl, id), zrm(dsl, id), placements(dsl, id), sessions(dsl, id));
    }

    /**
     * The candidate's file with the stamps of its parts, read in one snapshot: what {@link #refresh} needs to read
     * again only the parts a later save changed.
     */
    public Optional<StampedFile> loadStamped(UUID candidateId) {
        return database.read(dsl -> reader.find(dsl, CandidateMapping.TABLE, candidateId)
                .map(candidate -> new StampedFile(fileOf(dsl, candidate), FileStamps.read(dsl, candidateId))));
    }

    /**
     * The file as it is now, after saves made on this device since {@code before} was read: the candidate and its
     * coach are read again, other parts only when their stamps moved, and of the sessions only the rows written
     * since (see {@link FileRefresh}). Equals what {@link #load} gives. Changes that arrive by sync keep the stamps
     * they were made with, which may be older: after a sync round the screen reads the whole file ({@link #load}).
     * Empty when the candidate is gone.
     */
    public Optional<StampedFile> refresh(StampedFile before) {
        UUID candidateId = before.file().candidate().id();
        return database.read(dsl -> reader.find(dsl, CandidateMapping.TABLE, candidateId)
                .map(candidate -> new FileRefresh(this, dsl).refresh(before, candidate)));
    }

    Optional<Coach> coachOf(DSLContext dsl, Candidate candidate) {
        return candidate.coachId() == null ? Optional.empty()
                : reader.find(dsl, CoachMapping.TABLE, candidate.coachId());
    }

    List<Consent> consents(DSLContext dsl, UUID id) {
        return reader.findBy(dsl, ConsentMapping.TABLE, "candidate_id", List.of(id), CONSENT.DECIDED_ON.asc(),
                CONSENT.UPDATED_AT.asc());
    }

    List<PlanGoal> goals(DSLContext dsl, UUID id) {
        return reader.findBy(dsl, PlanMapping.GOALS, "candidate_id", List.of(id),
                PLAN_GOAL.TARGET_DATE.asc().nullsLast());
    }

    List<PlanAction> actions(DSLContext dsl, UUID id) {
        return reader.findBy(dsl, PlanMapping.ACTIONS, "candidate_id", List.of(id),
                PLAN_ACTION.DUE_DATE.asc().nullsLast());
    }

    List<LadderMeasurement> ladder(DSLContext dsl, UUID id) {
        return reader.findBy(dsl, MeasurementMapping.LADDER, "candidate_id", List.of(id),
                LADDER_MEASUREMENT.MEASURED_ON.asc());
    }

    List<ZrmMeasurement> zrm(DSLContext dsl, UUID id) {
        return reader.findBy(dsl, MeasurementMapping.ZRM, "candidate_id", List.of(id),
                ZRM_MEASUREMENT.MEASURED_ON.asc());
    }

    List<PlacementFile> placements(DSLContext dsl, UUID id) {
        return placementFiles(dsl, reader.findBy(dsl, PlacementMapping.TABLE, "candidate_id", List.of(id),
                PLACEMENT.START_DATE.desc()));
    }

    List<CoachingSession> sessions(DSLContext dsl, UUID id) {
        return reader.findBy(dsl, SessionMapping.TABLE, "candidate_id", List.of(id), COACHING_SESSION.STARTS_AT.desc());
    }

    /** Live sessions of the candidate written after {@code stamp}: only their sealed notes are opened. */
    List<CoachingSession> sessionsWrittenAfter(DSLContext dsl, UUID id, String stamp) {
        return reader.findWhere(dsl, SessionMapping.TABLE, COACHING_SESSION.CANDIDATE_ID.eq(id.toString())
                .and(COACHING_SESSION.UPDATED_AT.gt(stamp)));
    }

    private List<PlacementFile> placementFiles(DSLContext dsl, List<Placement> placements) {
        if (placements.isEmpty()) {
            return List.of();
        }
        Collection<UUID> employerIds = placements.stream().map(Placement::employerId).distinct().toList();
        Map<UUID, Employer> employers = reader.findBy(dsl, EmployerMapping.TABLE, "id", employerIds).stream()
                .collect(Collectors.toMap(Employer::id, Function.identity()));
        Map<UUID, List<EmployerContact>> contacts = reader.findBy(dsl, EmployerContactMapping.TABLE,
                        "placement_id", placements.stream().map(Placement::id).toList(),
                        EMPLOYER_CONTACT.ROLE.asc()).stream()
                .collect(Collectors.groupingBy(EmployerContact::placementId));
        List<PlacementFile> files = new ArrayList<>(placements.size());
        for (Placement p : placements) {
            files.add(new PlacementFile(p, employers.get(p.employerId()), contacts.getOrDefault(p.id(), List.of())));
        }
        return files;
    }
}
