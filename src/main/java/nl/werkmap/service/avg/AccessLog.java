package nl.werkmap.service.avg;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.Coach;
import nl.werkmap.domain.avg.AccessEntry;
import nl.werkmap.domain.avg.AccessRequest;
import nl.werkmap.store.CaseloadStore;

/**
 * The one door to the access log (issue 16; BIO2 8.15): every reveal of a BSN, opening of health fields, export,
 * share and inzage calls {@link #record}. The caller says what happened and why; this adds who (the coach of this
 * laptop), when (the injected clock) and where ({@code laptop:DEVICE-ID}), seals and change-logs the entry so it
 * syncs to the hub, and never changes it afterwards. Runs on the caller's thread: call it from a background task,
 * like any store write.
 */
public final class AccessLog {

    private final Supplier<CaseloadStore> store;
    private final Clock clock;

    public AccessLog(Supplier<CaseloadStore> store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Logs the accesses in one transaction, all of them or none, and returns the entries as stored. A BSN reveal
     * without a reason is refused before anything is written.
     *
     * @throws MissingPurposeException when an access that needs a reason has none
     */
    public List<AccessEntry> record(List<AccessRequest> requests) {
        for (AccessRequest request : requests) {
            if (request.needsPurpose() && (request.purpose() == null || request.purpose().isBlank())) {
                throw new MissingPurposeException();
            }
        }
        List<AccessEntry> entries = entries(requests);
        store.get().accessLog().append(entries);
        return List.copyOf(entries);
    }

    /**
     * The entries for these accesses, stamped with who, when and where, without writing them: for a service that
     * writes the entry in the same transaction as the action it logs (a profile share). Does not check purposes.
     */
    public List<AccessEntry> entries(List<AccessRequest> requests) {
        CaseloadStore s = store.get();
        Optional<UUID> coachId = s.currentCoach().get();
        String actor = coachId.flatMap(id -> s.coaches().find(id)).map(Coach::name).orElse(null);
        String origin = "laptop:" + s.deviceId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<AccessEntry> entries = new ArrayList<>();
        for (AccessRequest r : requests) {
            entries.add(new AccessEntry(UUID.randomUUID(), r.candidateId(), r.action(), r.object(), r.objectId(),
                    r.result(), coachId.orElse(null), actor, now, origin,
                    r.purpose() == null ? null : r.purpose().strip(), r.detail()));
        }
        return entries;
    }

    /** Logs one access; see {@link #record(List)}. */
    public AccessEntry record(AccessRequest request) {
        return record(List.of(request)).get(0);
    }

    /** A candidate's log, oldest first, as the team lead or privacy officer reads it. */
    public List<AccessEntry> of(UUID candidateId) {
        return store.get().accessLog().forCandidate(candidateId);
    }
}
