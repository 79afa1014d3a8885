package nl.werkmap.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.profile.ProfielValidator;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.repo.ProfielMapping;

/**
 * Saving a werknemersprofiel with its work experience as one user action: the profile row, every experience row
 * the form shows, and a tombstone for each row the coach removed, in one transaction with their change-log entries.
 * Refused input (an occupation code not in ISCO-08, hours max below min, a journey over 240 minutes) writes
 * nothing and comes back as a {@link RefusedException} whose problems name the fields.
 */
public final class ProfielService {

    private final Supplier<CaseloadStore> store;
    private final Clock clock;
    private final WriteStep step;

    public ProfielService(Supplier<CaseloadStore> store, Clock clock) {
        this(store, clock, WriteStep.NONE);
    }

    ProfielService(Supplier<CaseloadStore> store, Clock clock, WriteStep step) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.step = Objects.requireNonNull(step);
    }

    /**
     * Stores the profile and exactly these experience rows for its candidate: rows stored before and missing from
     * {@code experience} are tombstoned. Ids come from the form, so a retry updates what the first try wrote.
     */
    public void save(Werknemersprofiel profile, List<Werkervaring> experience) {
        for (Werkervaring job : experience) {
            if (!job.candidateId().equals(profile.candidateId())) {
                throw new IllegalArgumentException("Work experience of another candidate: " + job.id());
            }
        }
        RefusedException.throwIfAny(ProfielValidator.validate(profile, experience, LocalDate.now(clock).getYear()));
        store.get().inTransaction(tx -> {
            step.before("werknemersprofiel");
            tx.save(ProfielMapping.PROFIEL, profile);
            Set<UUID> kept = new HashSet<>();
            for (Werkervaring job : experience) {
                step.before("werkervaring");
                tx.save(ProfielMapping.ERVARING, job);
                kept.add(job.id());
            }
            for (Werkervaring stored : tx.findBy(ProfielMapping.ERVARING, "candidate_id", profile.candidateId())) {
                if (!kept.contains(stored.id())) {
                    step.before("werkervaring");
                    tx.tombstone(ProfielMapping.ERVARING, stored.id());
                }
            }
            return null;
        });
    }
}
