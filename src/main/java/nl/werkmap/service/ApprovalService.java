package nl.werkmap.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.HoursApproval;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.repo.ApprovalMapping;
import nl.werkmap.store.repo.CoachMapping;
import nl.werkmap.store.repo.RecordTransaction;

/**
 * A team lead approves (accordeert) a coach's hours and logboek per week, before the organisation invoices them.
 * Refused while the week has open plausibility flags (a long day without a reason, overlaps, hours outside or beyond
 * a grant, late logging): those are resolved first. An approved week is locked ({@link #approvalCovering}).
 */
public final class ApprovalService {

    public static final String WEEK = "week";
    public static final String OPEN_FLAGS = "validation.approval.openFlags";
    public static final String NOT_A_TEAM_LEAD = "validation.approval.notTeamLead";

    private final Supplier<CaseloadStore> store;

    public ApprovalService(Supplier<CaseloadStore> store) {
        this.store = store;
    }

    /** Approves the coach's week that starts on {@code monday}; approving it again returns the approval there is. */
    public HoursApproval approve(UUID coachId, LocalDate monday, UUID teamLeadId, LocalDate today) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on Monday, was " + monday);
        }
        boolean open = new HoursCheckService(store).flags(coachId, monday, monday.plusDays(6)).stream()
                .anyMatch(f -> f.open());
        if (open) {
            throw new RefusedException(List.of(new ValidationProblem(WEEK, OPEN_FLAGS)));
        }
        return store.get().inTransaction(tx -> {
            boolean lead = tx.find(CoachMapping.TABLE, teamLeadId).map(c -> c.role() == CoachRole.TEAMLEIDER)
                    .orElse(false);
            if (!lead) {
                throw new RefusedException(List.of(new ValidationProblem(WEEK, NOT_A_TEAM_LEAD)));
            }
            Optional<HoursApproval> done = approvalCovering(tx, coachId, monday);
            if (done.isPresent()) {
                return done.get();
            }
            HoursApproval approval = new HoursApproval(RecordIds.next(), coachId, monday, teamLeadId, today);
            tx.save(ApprovalMapping.TABLE, approval);
            return approval;
        });
    }

    /** The approval that locks {@code day} of the coach's hours, if their week was approved. */
    static Optional<HoursApproval> approvalCovering(RecordTransaction tx, UUID coachId, LocalDate day) {
        return tx.findBy(ApprovalMapping.TABLE, "coach_id", coachId).stream().filter(a -> a.covers(day)).findFirst();
    }
}
