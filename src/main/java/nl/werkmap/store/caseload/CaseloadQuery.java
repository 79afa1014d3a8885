package nl.werkmap.store.caseload;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.COACHING_SESSION;
import static nl.werkmap.store.jooq.Tables.CONSENT;
import static nl.werkmap.store.jooq.Tables.LADDER_MEASUREMENT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.db.Database;

/**
 * Builds the caseload overview: one query per table (candidates, coaches, last session, last ladder measurement,
 * profile consent, running proefplaatsingen), joined in memory, so 5,000 candidates cost six queries, not 30,000.
 * Only the two name fields are decrypted; for the completeness score the other sealed fields are only checked for
 * presence in SQL.
 */
public final class CaseloadQuery {

    private final Database database;
    private final FieldSealer sealer;
    private final Clock clock;

    public CaseloadQuery(Database database, FieldSealer sealer) {
        this(database, sealer, Clock.systemDefaultZone());
    }

    public CaseloadQuery(Database database, FieldSealer sealer, Clock clock) {
        this.database = database;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Every live candidate, with warnings and completeness as of today. */
    public List<CaseloadRow> load() {
        return load(LocalDate.now(clock));
    }

    public List<CaseloadRow> load(LocalDate today) {
        return database.read(dsl -> load(dsl, today));
    }

    private List<CaseloadRow> load(DSLContext dsl, LocalDate today) {
        Map<String, String> coachNames = dsl.select(COACH.ID, COACH.NAME).from(COACH).fetchMap(COACH.ID, COACH.NAME);
        Map<String, String> lastContact = dsl
                .select(COACHING_SESSION.CANDIDATE_ID, DSL.max(COACHING_SESSION.STARTS_AT))
                .from(COACHING_SESSION)
                .where(COACHING_SESSION.DELETED.isFalse())
                .groupBy(COACHING_SESSION.CANDIDATE_ID)
                .fetchMap(COACHING_SESSION.CANDIDATE_ID, DSL.max(COACHING_SESSION.STARTS_AT));
        Map<String, String> lastLadder = dsl
                .select(LADDER_MEASUREMENT.CANDIDATE_ID, DSL.max(LADDER_MEASUREMENT.MEASURED_ON))
                .from(LADDER_MEASUREMENT)
                .where(LADDER_MEASUREMENT.DELETED.isFalse())
                .groupBy(LADDER_MEASUREMENT.CANDIDATE_ID)
                .fetchMap(LADDER_MEASUREMENT.CANDIDATE_ID, DSL.max(LADDER_MEASUREMENT.MEASURED_ON));
        Map<String, Boolean> profileConsent = profileConsent(dsl);
        Map<String, List<Record>> proefplaatsingen = runningProefplaatsingen(dsl);

        CaseloadRowBuilder builder = new CaseloadRowBuilder(sealer, today);
        List<CaseloadRow> rows = new ArrayList<>();
        dsl.select(CaseloadRowBuilder.CANDIDATE_FIELDS)
                .from(CANDIDATE)
                .where(CANDIDATE.DELETED.isFalse())
                .fetchSize(1_000)
                .forEach(r -> {
                    String id = r.get(CANDIDATE.ID);
                    String coachId = r.get(CANDIDATE.COACH_ID);
                    rows.add(builder.row(r, coachId == null ? null : coachNames.get(coachId),
                            lastContact.get(id), lastLadder.get(id), profileConsent.get(id),
                            proefplaatsingen.getOrDefault(id, List.of())));
                });
        return rows;
    }

    /** The latest decision per candidate on sharing the profile with employers. */
    private static Map<String, Boolean> profileConsent(DSLContext dsl) {
        Map<String, Boolean> latest = new HashMap<>();
        dsl.select(CONSENT.CANDIDATE_ID, CONSENT.GIVEN)
                .from(CONSENT)
                .where(CONSENT.PURPOSE.eq(ConsentPurpose.PROFIEL_AAN_WERKGEVER.name()))
                .and(CONSENT.DELETED.isFalse())
                .orderBy(CONSENT.DECIDED_ON.asc(), CONSENT.UPDATED_AT.asc())
                .forEach(r -> latest.put(r.get(CONSENT.CANDIDATE_ID), r.get(CONSENT.GIVEN)));
        return latest;
    }

    private static Map<String, List<Record>> runningProefplaatsingen(DSLContext dsl) {
        Map<String, List<Record>> byCandidate = new HashMap<>();
        dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, PLACEMENT.EMPLOYER_ID, PLACEMENT.START_DATE,
                        PLACEMENT.PLANNED_END)
                .from(PLACEMENT)
                .where(PLACEMENT.TYPE.eq(PlacementType.PROEFPLAATSING.name()))
                .and(PLACEMENT.ACTUAL_END.isNull())
                .and(PLACEMENT.DELETED.isFalse())
                .forEach(r -> byCandidate.computeIfAbsent(r.get(PLACEMENT.CANDIDATE_ID), k -> new ArrayList<>())
                        .add(r));
        return byCandidate;
    }
}
