package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.store.jooq.Tables;

/**
 * Profile shares, for reading. Writing goes through the share service, which checks the consent first; nothing
 * here can store a named share around it.
 */
public final class ShareRepository {

    private final TableAccess<ProfielDeling> access;

    public ShareRepository(StoreContext context) {
        this.access = new TableAccess<>(context, ShareMapping.TABLE);
    }

    public Optional<ProfielDeling> find(UUID id) {
        return access.find(id);
    }

    /** A candidate's shares, newest first. */
    public List<ProfielDeling> forCandidate(UUID candidateId) {
        return access.findBy("candidate_id", candidateId, Tables.PROFILE_SHARE.SHARED_ON.desc(),
                Tables.PROFILE_SHARE.UPDATED_AT.desc());
    }
}
