package nl.werkmap.sync.merge;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.EMPLOYER_CONTACT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Table;

/**
 * The other way round from {@link CandidateRows}: given rows of any kind (a session, a placement, a buddy contact),
 * the candidates they belong to. Rows that belong to no candidate (an employer, a coach) are left out. Looks the
 * owners up by primary key in chunks, so the cost follows the number of rows asked about, not the caseload size.
 */
public final class CandidateOwners {

    /** Well under SQLite's limit on bound values in one statement. */
    private static final int CHUNK = 5_000;

    private CandidateOwners() {
    }

    /** The candidate ids owning these (entity, id) rows, each once. */
    public static Set<String> of(DSLContext dsl, List<? extends Record2<String, String>> rows) {
        Map<String, List<String>> byEntity = new HashMap<>();
        for (Record2<String, String> row : rows) {
            byEntity.computeIfAbsent(row.value1(), e -> new ArrayList<>()).add(row.value2());
        }
        Set<String> owners = new HashSet<>();
        owners.addAll(byEntity.getOrDefault(CANDIDATE.getName(), List.of()));
        List<Table<?>> direct = new ArrayList<>(CandidateRows.BY_CANDIDATE);
        direct.add(PLACEMENT);
        for (Table<?> table : direct) {
            for (List<String> chunk : chunks(byEntity.getOrDefault(table.getName(), List.of()))) {
                owners.addAll(dsl.selectDistinct(CandidateRows.candidateId(table)).from(table)
                        .where(CandidateRows.id(table).in(chunk)).fetch(CandidateRows.candidateId(table)));
            }
        }
        for (List<String> chunk : chunks(byEntity.getOrDefault(EMPLOYER_CONTACT.getName(), List.of()))) {
            owners.addAll(dsl.selectDistinct(PLACEMENT.CANDIDATE_ID).from(EMPLOYER_CONTACT)
                    .join(PLACEMENT).on(PLACEMENT.ID.eq(EMPLOYER_CONTACT.PLACEMENT_ID))
                    .where(EMPLOYER_CONTACT.ID.in(chunk)).fetch(PLACEMENT.CANDIDATE_ID));
        }
        return owners;
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
