package nl.werkmap.service.erasure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.impl.DSL;

import nl.werkmap.domain.retention.RetentionPolicy;
import nl.werkmap.domain.retention.RetentionRules;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.erasure.RetentionQuery;
import nl.werkmap.store.erasure.RetentionRow;

/**
 * Who is due for erasure on this laptop: the set-based facts ({@link RetentionQuery}), the rule
 * ({@link RetentionRules}) under the policy in force, and the names opened only for the lines shown.
 */
public final class RetentionService {

    private final CaseloadStore store;
    private final FieldSealer sealer;
    private final Clock clock;
    private final RetentionPolicy policy;

    public RetentionService(CaseloadStore store, FieldSealer sealer, Clock clock, RetentionPolicy policy) {
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
        this.policy = policy;
    }

    public RetentionPolicy policy() {
        return policy;
    }

    public RetentionOverview overview() {
        LocalDate today = LocalDate.now(clock);
        LocalDate soonLimit = today.plusDays(RetentionOverview.SOON_DAYS);
        List<RetentionRow> rows = store.read(RetentionQuery::ended);
        List<RetentionRow> shown = new ArrayList<>();
        Map<String, LocalDate> dates = new HashMap<>();
        int keptLonger = 0;
        for (RetentionRow row : rows) {
            Optional<LocalDate> date = RetentionRules.retentionDate(row.facts(), policy);
            if (date.isEmpty()) {
                continue;
            }
            if (date.get().isAfter(soonLimit)) {
                keptLonger++;
                continue;
            }
            shown.add(row);
            dates.put(row.candidateId(), date.get());
        }
        Map<String, String[]> names = names(shown.stream().map(RetentionRow::candidateId).toList());
        List<RetentionItem> due = new ArrayList<>();
        List<RetentionItem> soon = new ArrayList<>();
        for (RetentionRow row : shown) {
            LocalDate date = dates.get(row.candidateId());
            String[] name = names.getOrDefault(row.candidateId(), new String[] {null, null});
            RetentionItem item = new RetentionItem(row.candidateId(), name[0], name[1],
                    RetentionRules.trajectoryEnd(row.facts()).orElse(null), date, row.facts().uwvFunded(),
                    row.deleted(), !date.isAfter(today));
            (item.due() ? due : soon).add(item);
        }
        Comparator<RetentionItem> byDate = Comparator.comparing(RetentionItem::retentionDate)
                .thenComparing(RetentionItem::candidateId);
        due.sort(byDate);
        soon.sort(byDate);
        return new RetentionOverview(due, soon, keptLonger);
    }

    /** The retention date of one candidate; empty while the trajectory runs (or the caseload does not hold it). */
    public Optional<LocalDate> retentionDate(String candidateId) {
        RetentionRow row = store.read(dsl -> RetentionQuery.of(dsl, candidateId));
        return row == null ? Optional.empty() : RetentionRules.retentionDate(row.facts(), policy);
    }

    /** Candidate name and coach name for the given ids, in chunks; names opened here only. */
    private Map<String, String[]> names(List<String> ids) {
        Map<String, String[]> names = new HashMap<>();
        for (int start = 0; start < ids.size(); start += 500) {
            List<String> part = ids.subList(start, Math.min(ids.size(), start + 500));
            store.read(dsl -> {
                dsl.select(DSL.field(DSL.name("c", "id"), String.class),
                                DSL.field(DSL.name("c", "full_name"), byte[].class),
                                DSL.field(DSL.name("k", "name"), String.class))
                        .from(DSL.table(DSL.name("candidate")).as("c"))
                        .leftJoin(DSL.table(DSL.name("coach")).as("k"))
                        .on(DSL.field(DSL.name("k", "id")).eq(DSL.field(DSL.name("c", "coach_id"))))
                        .where(DSL.field(DSL.name("c", "id"), String.class).in(part))
                        .forEach(r -> names.put(r.value1(), new String[] {
                                sealer.open("candidate", "full_name", r.value1(), r.value2()), r.value3()}));
                return null;
            });
        }
        return names;
    }
}
