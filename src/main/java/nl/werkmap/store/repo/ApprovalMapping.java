package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;

import java.util.List;

import nl.werkmap.domain.HoursApproval;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/** The hours_approval table: staff and dates only, all plain. */
public final class ApprovalMapping {

    public static final EntityTable<HoursApproval> TABLE = new EntityTable<>(Tables.HOURS_APPROVAL,
            HoursApproval::id, List.of(
                    plain("coach_id", HoursApproval::coachId),
                    plain("week_start", HoursApproval::weekStart),
                    plain("approved_by", HoursApproval::approvedBy),
                    plain("approved_on", HoursApproval::approvedOn)),
            r -> new HoursApproval(r.id(), r.uuid("coach_id"), r.date("week_start"), r.uuid("approved_by"),
                    r.date("approved_on")));

    private ApprovalMapping() {
    }
}
