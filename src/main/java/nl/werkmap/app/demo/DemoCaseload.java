package nl.werkmap.app.demo;

import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import nl.werkmap.app.demo.DemoPeople.DemoPerson;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.DemoImport;

/**
 * Fills a caseload with a fictional but believable region: coaches in teams, employers with KvK numbers, and
 * candidates with two years of history (placements of every type with buddies and leidinggevenden, coaching
 * sessions with notes in Dutch, plans, participatieladder and ZRM measurements with movement, consents), VSO/PrO
 * pupils among them.
 *
 * <p>The caseload is marked as demo and the rows go in through {@link CaseloadStore#demoImport()}, without
 * change-log entries: a demo caseload never syncs. Refuses a caseload that already holds real rows.
 *
 * <p>The same seed and reference date always give the same data, ids included. Candidates are made and written in
 * slices of {@value #SLICE}, so memory stays flat at any size. Every candidate gets the same density of history
 * (about 27 sessions, plans, measurements) at every size: a 150,000-candidate demo is 30 times a 5,000 one, not a
 * thinned copy that would flatter every session-heavy measurement.
 */
public final class DemoCaseload {
    /** Candidates per slice: one bulk transaction per kind of record per slice; progress is told per slice. */
    public static final int SLICE = 1_000;
    private static final long KIND_CANDIDATE = 3;

    private DemoCaseload() {
    }

    /** Demo data relative to today. */
    public static DemoSummary generate(CaseloadStore store, int candidates, long seed) {
        return generate(store, candidates, seed, LocalDate.now(), done -> { });
    }

    /**
     * Demo data relative to {@code today}.
     *
     * @param progress told the number of candidates written after every slice
     */
    public static DemoSummary generate(CaseloadStore store, int candidates, long seed, LocalDate today,
                                       IntConsumer progress) {
        return generate(store, candidates, seed, today, DemoProfile.REGIO, progress);
    }

    /** Demo data of the given kind relative to {@code today}. */
    public static DemoSummary generate(CaseloadStore store, int candidates, long seed, LocalDate today,
                                       DemoProfile profile, IntConsumer progress) {
        if (candidates < 0) {
            throw new IllegalArgumentException("candidates must be >= 0, was " + candidates);
        }
        DemoPlan plan = new DemoPlan(candidates, seed, today, profile);
        DemoImport demo = store.demoImport();
        demo.write(rows -> rows.coaches(plan.staff.coaches)
                .employers(plan.staff.employers.stream().map(DemoStaff.DemoEmployer::employer).toList()));
        DemoSummary summary = new DemoSummary(plan.staff.coaches.size(), plan.staff.employers.size(),
                0, 0, 0, 0, 0, 0, 0, 0, 0);
        // The next slice is made on a second thread while this one writes: generating is about a tenth of the work.
        ExecutorService maker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-generator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<DemoBatch> next = candidates == 0 ? null
                    : maker.submit(() -> plan.slice(0, Math.min(candidates, SLICE)));
            for (int from = 0; from < candidates; from += SLICE) {
                DemoBatch batch = await(next);
                int nextFrom = from + SLICE;
                next = nextFrom < candidates
                        ? maker.submit(() -> plan.slice(nextFrom, Math.min(candidates, nextFrom + SLICE))) : null;
                batch.writeTo(demo);
                DemoWerknemersprofielen.writeFor(batch.candidates, batch.consents, seed, today, plan.staff, from == 0,
                        demo);
                summary = summary.plus(batch);
                progress.accept(summary.candidates());
            }
        } finally {
            maker.shutdownNow();
        }
        return summary;
    }

    private static nl.werkmap.domain.Placement withoutBudget(nl.werkmap.domain.Placement p) {
        return new nl.werkmap.domain.Placement(p.id(), p.candidateId(), p.employerId(), p.jobTitle(), p.type(),
                p.start(), p.plannedEnd(), p.actualEnd(), p.endReason(), p.endNote(), p.hoursPerWeek(),
                p.jobcarving(), p.carvedTasks(), p.loonwaardePct(), p.loonwaardeMeasuredOn(), p.loonkostensubsidie(),
                p.noRiskPolis(), p.contractSequence(), p.jobcoachType(), p.jobcoachRegime(), null);
    }

    private static DemoBatch await(Future<DemoBatch> slice) {
        try {
            return slice.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo generation was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Demo generation failed", e.getCause());
        }
    }

    /** Everything needed to make any slice of candidates, without a store: the tests compare slices directly. */
    static final class DemoPlan {
        final DemoStaff staff;
        private final long seed;
        private final DemoPeople people;
        private final DemoPlacements placements;
        private final DemoSessions sessions;
        private final DemoPlans plans;
        private final DemoProfile profile;
        private final LocalDate today;

        DemoPlan(int candidates, long seed, LocalDate today) {
            this(candidates, seed, today, DemoProfile.REGIO);
        }

        DemoPlan(int candidates, long seed, LocalDate today, DemoProfile profile) {
            DemoLists lists = DemoLists.get();
            this.seed = seed;
            this.profile = profile;
            this.today = today;
            this.staff = profile == DemoProfile.NIEUW_TEAM ? DemoStaff.newTeam(seed, lists)
                    : new DemoStaff(candidates, seed, lists);
            this.people = new DemoPeople(lists, staff, today, profile == DemoProfile.NIEUW_TEAM);
            this.placements = new DemoPlacements(lists, staff, today);
            this.sessions = new DemoSessions(lists, staff, today);
            this.plans = new DemoPlans(lists, today);
        }

        DemoBatch slice(int from, int to) {
            DemoBatch batch = new DemoBatch();
            for (int i = from; i < to; i++) {
                DemoRandom r = DemoRandom.forItem(seed, KIND_CANDIDATE, i);
                DemoPerson person = people.make(r);
                batch.candidates.add(person.candidate());
                var stories = placements.make(person, r, batch);
                sessions.make(person, stories, r, batch);
                plans.make(person, r, batch);
            }
            DemoVerantwoording.addTo(batch, profile == DemoProfile.NIEUW_TEAM, today);
            if (profile == DemoProfile.NIEUW_TEAM) {
                // A new team has asked for jobcoaching but nothing is granted yet: no budgets in the summary.
                batch.placements.replaceAll(DemoCaseload::withoutBudget);
            }
            return batch;
        }
    }
}
