package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.match.Baankans;
import nl.werkmap.store.jooq.Tables;

/** Baankansen of the team, for reading; saving goes through the baankans service, which checks them first. */
public final class BaankansRepository {

    private final TableAccess<Baankans> access;

    public BaankansRepository(StoreContext context) {
        this.access = new TableAccess<>(context, BaankansMapping.TABLE);
    }

    public Optional<Baankans> find(UUID id) {
        return access.find(id);
    }

    /** One employer's baankansen, newest start first. */
    public List<Baankans> forEmployer(UUID employerId) {
        return access.findBy("employer_id", employerId, Tables.BAANKANS.START_DATE.desc());
    }

    /** Every live baankans of the caseload, by title. */
    public List<Baankans> all() {
        return access.findAll(Tables.BAANKANS.TITLE.asc());
    }
}
