package nl.werkmap.ui.session;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.werkmap.domain.PlanGoal;
import nl.werkmap.service.HoursWeek;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.repo.SessionDrafts;

/**
 * What opening "Sessie vastleggen" for one candidate reads, read ahead on the scheduler's thread while the coach looks at
 * that candidate's page (issue 13: the reads, the hours check's dozen queries above all, were half the opening's
 * CPU and kept the worker busy after the sheet showed). Only used while the file's write stamp has not moved: any
 * write in between (a save, a sync, a draft kept) makes the opening read as before.
 */
final class SheetReadAhead {

    private SheetReadAhead() {
    }

    /** The picked candidate's file for today (null when gone), a kept draft (null if none) and the plan's goals. */
    record Picked(CandidateFile file, SessionDrafts.Draft kept, List<PlanGoal> goals) {

        /** The opening's one read for a picked candidate; off the FX thread. */
        static Picked read(CaseloadStore s, UUID candidateId, LocalDate today) {
            // Only today's sessions (an appointment this visit may complete), not the whole trajectory's notes.
            CandidateFile found = s.candidateFiles().forSessionOn(candidateId, today).orElse(null);
            return found == null ? new Picked(null, null, List.of())
                    : new Picked(found, s.sessionDrafts().find(candidateId).orElse(null),
                            s.plans().goalsOf(candidateId));
        }
    }

    /**
     * The reads for {@code candidateId} on {@code day}, from {@code store} at write stamp {@code stamp}; {@code week}
     * is the coach's week for the hours check (null when no coach is known).
     */
    record Ready(UUID candidateId, LocalDate day, CaseloadStore store, long stamp, Picked picked, HoursWeek week) {

        /** This, when it was read for that candidate and day from that store and nothing was written since. */
        Ready validFor(UUID candidate, LocalDate today, CaseloadStore now) {
            return candidateId.equals(candidate) && day.equals(today) && store == now && store.writeStamp() == stamp
                    ? this : null;
        }
    }

    /**
     * Reads ahead for {@code candidateId}; {@code coach} is the coach working here (null: the candidate's own coach,
     * as the sheet logs it). Off the FX thread; writes nothing.
     */
    static Ready read(CaseloadStore s, UUID candidateId, LocalDate today, UUID coach) {
        // Taken before the reads: a write that ends during them moves the stamp, so their answers are never used.
        long stamp = s.writeStamp();
        Picked picked = Picked.read(s, candidateId, today);
        UUID who = coach != null ? coach : picked.file() == null ? null : picked.file().candidate().coachId();
        // The grants of the running placements too: the form puts the session on one of them. A coach who picks an
        // ended placement instead gets the hours check read as before (one query per grant is what costs here).
        HoursWeek week = who == null ? null : HoursWeek.read(s, who, today, picked.file() == null ? List.of()
                : picked.file().placements().stream().filter(p -> p.placement().actualEnd() == null)
                        .map(p -> p.placement().id()).toList());
        return new Ready(candidateId, today, s, stamp, picked, week);
    }
}
