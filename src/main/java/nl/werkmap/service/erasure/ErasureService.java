package nl.werkmap.service.erasure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.jooq.impl.DSL;

import nl.werkmap.domain.DutchDates;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.erasure.LocalErasure;
import nl.werkmap.store.erasure.RetentionQuery;
import nl.werkmap.store.erasure.RetentionRow;
import nl.werkmap.sync.merge.CandidateRows;
import nl.werkmap.sync.merge.PendingChanges;

/**
 * Erasing a candidate from this laptop, after the checks of issue 16: only a team lead (the enrolled role, or on a
 * laptop without a hub the coach chosen in Instellingen), no change the hub has not yet acknowledged, no running
 * placement, and before the retention date only with a stated legal reason. On an enrolled laptop the erasure then
 * goes to the hub at the next sync, which erases its copy and tells every other laptop.
 */
public final class ErasureService {

    private final CaseloadStore store;
    private final FieldSealer sealer;
    private final Clock clock;
    private final RetentionService retention;

    public ErasureService(CaseloadStore store, FieldSealer sealer, Clock clock, RetentionService retention) {
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Checks an erasure without doing it: the first refusal that applies, or empty when it may go ahead.
     * {@code reason}: the stated legal reason for erasing before the retention date; null or blank when none.
     */
    public Optional<ErasureRefusedException> check(String candidateId, String reason) {
        RetentionRow row = store.read(dsl -> RetentionQuery.of(dsl, candidateId));
        if (row == null) {
            return Optional.of(new ErasureRefusedException(ErasureRefusal.UNKNOWN, candidateId));
        }
        if (!authorised()) {
            return Optional.of(new ErasureRefusedException(ErasureRefusal.NOT_AUTHORISED, null));
        }
        if (enrolled() && store.read(dsl -> PendingChanges.any(dsl, CandidateRows.of(dsl, candidateId)))) {
            return Optional.of(new ErasureRefusedException(ErasureRefusal.UNSYNCED, null));
        }
        if (row.facts().openPlacement()) {
            return Optional.of(new ErasureRefusedException(ErasureRefusal.OPEN_PLACEMENT, null));
        }
        Optional<LocalDate> date = retention.retentionDate(candidateId);
        boolean before = date.map(d -> d.isAfter(LocalDate.now(clock))).orElse(true);
        if (before && (reason == null || reason.isBlank())) {
            return Optional.of(new ErasureRefusedException(ErasureRefusal.BEFORE_RETENTION,
                    date.map(DutchDates::date).orElse("het einde van het traject plus de bewaartermijn")));
        }
        return Optional.empty();
    }

    /**
     * Erases the candidate from this laptop (and, when enrolled, from the hub and every laptop at the next sync).
     * Returns what happened to the files Werkmap saved for them outside the caseload ({@code SavedFiles}).
     *
     * @throws ErasureRefusedException when a check refuses; nothing was erased then
     */
    public java.util.List<nl.werkmap.store.erasure.SavedFiles.Outcome> erase(String candidateId, String reason) {
        Optional<ErasureRefusedException> refused = check(candidateId, reason);
        if (refused.isPresent()) {
            throw refused.get();
        }
        // Files saved outside Werkmap for the candidate: removed when unchanged, else named for whoever erases.
        var files = nl.werkmap.store.erasure.SavedFiles.removeFor(store, sealer, candidateId);
        LocalErasure.erase(store, sealer, candidateId, decidedBy(), LocalErasure.LOCAL, reason, enrolled(),
                clock.instant());
        return files;
    }

    /** Whether this laptop syncs with a hub (then the erasure goes there too). */
    public boolean enrolled() {
        return store.read(dsl -> dsl.fetchExists(DSL.table(DSL.name("sync_enrollment"))));
    }

    private boolean authorised() {
        return "TEAMLEIDER".equals(role());
    }

    /** The role of who works on this laptop: the enrolled one, or the chosen coach's. */
    private String role() {
        Optional<String> enrolledRole = store.read(dsl -> dsl.select(DSL.field(DSL.name("role"), String.class))
                .from(DSL.table(DSL.name("sync_enrollment"))).limit(1).fetchOptional(0, String.class));
        if (enrolledRole.isPresent()) {
            return enrolledRole.get().toUpperCase(java.util.Locale.ROOT);
        }
        return store.currentCoach().get().flatMap(id -> store.read(dsl -> dsl
                .select(DSL.field(DSL.name("role"), String.class)).from(DSL.table(DSL.name("coach")))
                .where(DSL.field(DSL.name("id"), String.class).eq(id.toString())).fetchOptional(0, String.class)))
                .orElse("");
    }

    private String decidedBy() {
        String coach = store.currentCoach().get().map(java.util.UUID::toString).orElse("onbekend");
        return "teamleider " + coach;
    }
}
