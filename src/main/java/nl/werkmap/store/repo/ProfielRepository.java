package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.store.jooq.Tables;

/**
 * Reads a candidate's werknemersprofiel and work experience. Writing goes through the profile service (profile and
 * experience rows in one transaction), or {@link #insertAll} for demo data.
 */
public final class ProfielRepository {

    private final TableAccess<Werknemersprofiel> profiles;
    private final TableAccess<Werkervaring> experience;

    public ProfielRepository(StoreContext context) {
        this.profiles = new TableAccess<>(context, ProfielMapping.PROFIEL);
        this.experience = new TableAccess<>(context, ProfielMapping.ERVARING);
    }

    /** The candidate's profile; empty if nobody started one yet. */
    public Optional<Werknemersprofiel> forCandidate(UUID candidateId) {
        return profiles.find(Werknemersprofiel.idFor(candidateId));
    }

    /** The candidate's work experience, most recent first (running jobs, then by end year). */
    public List<Werkervaring> experience(UUID candidateId) {
        return experience.findBy("candidate_id", candidateId, Tables.WERKERVARING.TO_YEAR.desc().nullsFirst(),
                Tables.WERKERVARING.FROM_YEAR.desc());
    }

    /** All live profiles (matching, completeness over the caseload). */
    public List<Werknemersprofiel> all() {
        return profiles.findAll();
    }

    /** Inserts many new rows in one transaction (demo data, imports); change-logged like single saves. */
    public void insertAll(List<Werknemersprofiel> values, List<Werkervaring> jobs) {
        profiles.insertAll(values);
        experience.insertAll(jobs);
    }
}
