package nl.werkmap.store.repo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.impl.DSL;

import nl.werkmap.domain.Candidate;
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
    private final StoreContext context;

    public ProfielRepository(StoreContext context) {
        this.context = context;
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

    /**
     * All live work experience, per candidate, in one read: matching over the caseload asks for everyone's at once
     * instead of one query per candidate.
     */
    public Map<UUID, List<Werkervaring>> experienceByCandidate() {
        Map<UUID, List<Werkervaring>> byCandidate = new HashMap<>();
        for (Werkervaring job : experience.findAll(Tables.WERKERVARING.TO_YEAR.desc().nullsFirst(),
                Tables.WERKERVARING.FROM_YEAR.desc())) {
            byCandidate.computeIfAbsent(job.candidateId(), id -> new ArrayList<>()).add(job);
        }
        return byCandidate;
    }

    /** The live candidates that have a live profile, in one read (whom matching can rank). */
    public List<Candidate> candidatesWithProfile() {
        return context.database().read(dsl -> context.reader().findWhere(dsl, CandidateMapping.TABLE,
                DSL.exists(DSL.selectOne().from(Tables.WERKNEMERSPROFIEL)
                        .where(Tables.WERKNEMERSPROFIEL.CANDIDATE_ID.eq(Tables.CANDIDATE.ID))
                        .and(Tables.WERKNEMERSPROFIEL.DELETED.isFalse()))));
    }

    /** Inserts many new rows in one transaction (demo data, imports); change-logged like single saves. */
    public void insertAll(List<Werknemersprofiel> values, List<Werkervaring> jobs) {
        profiles.insertAll(values);
        experience.insertAll(jobs);
    }
}
