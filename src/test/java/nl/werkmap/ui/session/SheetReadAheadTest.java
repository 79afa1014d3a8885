package nl.werkmap.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.rules.PlausibilityFlag;
import nl.werkmap.service.HoursCheckService;
import nl.werkmap.service.HoursWeek;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.DemoCaseloadFile;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuietNavigator;

/**
 * "Sessie vastleggen" reads ahead while the candidate's page shows (issue 13): the sheet then opens filled with no
 * trip to the worker, exactly as the opening that reads; a write in between makes the opening read again; and the
 * hours check on the week read ahead gives the service's flags for every session the coach could type.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SheetReadAheadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(14, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @TempDir
    static Path dir;

    private DemoCaseloadFile demo;
    private CaseloadStore store;
    private CaseloadIndex index;

    @BeforeAll
    void openCaseload() throws Exception {
        demo = DemoCaseloadFile.create(dir, "vooraf lezen voor de sessie 13", 20, 2412L, TODAY);
        store = demo.store;
        index = demo.index;
    }

    @AfterAll
    void close() {
        demo.close();
    }

    /** A sheet whose interactive and bulk lanes only run when the test says so. */
    private final class Sheet {
        final Deque<Runnable> interactive = new ArrayDeque<>();
        final Deque<Runnable> bulk = new ArrayDeque<>();
        /** The scheduler's thread: the read ahead; draft writes are never run here (none is typed). */
        final Deque<Runnable> later = new ArrayDeque<>();
        /** Draft writes planned for when typing pauses (never run here). */
        final List<Runnable> drafts = new ArrayList<>();
        final QuickSessionViewModel vm = new QuickSessionViewModel(Messages.dutch(),
                new Background(interactive::add, bulk::add, Runnable::run), () -> store, new QuietNavigator(),
                () -> { }, (task, delay) -> {
                    if (delay.isZero()) {
                        later.add(task);
                    } else {
                        drafts.add(task);
                    }
                    return () -> { };
                }, CLOCK);

        Sheet() {
            vm.caseloadFrom(() -> index);
        }

        void runAll() {
            while (!interactive.isEmpty() || !bulk.isEmpty() || !later.isEmpty()) {
                (!interactive.isEmpty() ? interactive : !bulk.isEmpty() ? bulk : later).poll().run();
            }
        }

        /** What the coach sees in the form: the fields, the offered placements and goals, the notes under it. */
        String shown() {
            // The new session's and action's ids are drawn afresh for every form; the rest must match.
            String form = DraftContent.of(vm.draft).json().replaceAll("\"(sessionId|actionId)\":\"[^\"]*\"", "");
            return form + " | " + vm.candidate.get() + " | " + vm.placements + " | "
                    + vm.goals + " | " + vm.hoursCheck.text.get() + " | " + vm.draftNote.get() + " | "
                    + vm.draftRestored.get() + " | " + vm.completesAppointment.get() + " | " + vm.input.isUnsaved();
        }
    }

    @Test
    void readAheadTheSheetOpensFilledWithoutAWorkerTripAsTheReadingOpeningDoes() {
        int compared = 0;
        for (CaseloadRow row : index.all()) {
            Sheet reading = new Sheet();
            reading.vm.start(row.id());
            reading.runAll();

            Sheet ahead = new Sheet();
            ahead.vm.readAheadFor(row.id());
            assertTrue(ahead.interactive.isEmpty() && ahead.bulk.isEmpty(),
                    "nothing on the lanes: a screen waiting for them to be idle does not wait for this");
            assertEquals(1, ahead.later.size(), "one read ahead, on the scheduler's thread");
            ahead.runAll();
            ahead.vm.start(row.id());

            assertTrue(ahead.interactive.isEmpty() && ahead.bulk.isEmpty() && ahead.later.isEmpty(),
                    "no read when the sheet opens");
            assertEquals(reading.shown(), ahead.shown(), row.displayName());
            compared++;
        }
        assertTrue(compared >= 20);
    }

    @Test
    void anOpeningWhileItsReadAheadIsUnderWayWaitsForItInsteadOfReadingTwice() {
        CaseloadRow row = index.all().get(5);
        Sheet reading = new Sheet();
        reading.vm.start(row.id());
        reading.runAll();

        Sheet sheet = new Sheet();
        sheet.vm.readAheadFor(row.id());
        sheet.vm.start(row.id());
        assertEquals(1, sheet.interactive.size(), "one job: waiting for the read under way");
        sheet.later.poll().run();
        sheet.interactive.poll().run();

        assertTrue(sheet.interactive.isEmpty() && sheet.bulk.isEmpty() && sheet.later.isEmpty(),
                "no read of its own and no hours check read: the read ahead answered both");
        assertEquals(reading.shown(), sheet.shown());
    }

    /** Only the coach's typing is kept as a draft: filling in the placement and the buddy plans no draft write. */
    @Test
    void openingWithoutTypingPlansNoDraft() {
        for (CaseloadRow row : index.all()) {
            Sheet reading = new Sheet();
            reading.vm.start(row.id());
            reading.runAll();
            Sheet ahead = new Sheet();
            ahead.vm.readAheadFor(row.id());
            ahead.runAll();
            ahead.vm.start(row.id());
            assertEquals(List.of(), reading.drafts, row.displayName());
            assertEquals(List.of(), ahead.drafts, row.displayName());
            reading.vm.draft.wentWell.set("Getypt");
            assertEquals(1, reading.drafts.size(), "typing is kept");
        }
    }

    @Test
    void aWriteAfterTheReadAheadMakesTheOpeningReadAgain() {
        CaseloadRow row = index.all().get(3);
        Sheet sheet = new Sheet();
        sheet.vm.readAheadFor(row.id());
        sheet.runAll();
        String kept = "{\"wentWell\":\"Voorbereid gesprek met de leidinggevende\"}";
        store.sessionDrafts().keep(row.id(), kept);
        try {
            sheet.vm.start(row.id());
            assertEquals(1, sheet.interactive.size(), "the file is read again: a draft was kept meanwhile");
            sheet.runAll();
            assertTrue(sheet.vm.draftRestored.get(), "the draft kept after the read ahead is offered back");
            assertEquals("Voorbereid gesprek met de leidinggevende", sheet.vm.draft.wentWell.get());
        } finally {
            store.sessionDrafts().discard(row.id());
        }
    }

    @Test
    void anotherCandidateThanTheOneReadAheadIsReadAsBefore() {
        Sheet sheet = new Sheet();
        sheet.vm.readAheadFor(index.all().get(0).id());
        sheet.runAll();
        sheet.vm.start(index.all().get(1).id());
        assertEquals(1, sheet.interactive.size(), "its own read");
    }

    /**
     * For every candidate's coach and many sessions they could type (times, hours up to a 17-hour day, each of the
     * candidate's placements or none, days in the week and one outside it), the week read ahead gives exactly the
     * flags the service reads for the same session.
     */
    @Test
    void theHoursCheckOnTheWeekReadAheadGivesTheServicesFlags() {
        HoursCheckService service = new HoursCheckService(() -> store);
        int flagged = 0;
        int checked = 0;
        for (CaseloadRow row : index.all()) {
            CandidateFile file = store.candidateFiles().forSessionOn(row.id(), TODAY).orElseThrow();
            UUID coach = file.candidate().coachId();
            HoursWeek week = HoursWeek.read(store, coach, TODAY,
                    file.placements().stream().map(p -> p.placement().id()).toList());
            List<PlacementFile> choices = new ArrayList<>(file.placements());
            choices.add(null);
            for (LocalDate day : List.of(TODAY, TODAY.minusDays(2), TODAY.plusDays(4), TODAY.minusDays(9))) {
                for (String hours : List.of("1", "9", "17")) {
                    for (PlacementFile placement : choices) {
                        SessionDraft draft = new SessionDraft(CLOCK);
                        draft.reset(TODAY.atTime(14, 0));
                        draft.date.set(day);
                        draft.time.set("08:30");
                        draft.minutes.set(String.valueOf(Integer.parseInt(hours) * 60));
                        draft.hours.set(hours);
                        draft.placement.set(placement);
                        CoachingSession pending = draft.session(row.id(), coach);
                        List<PlausibilityFlag> inMemory = week.withPending(pending);
                        if (day.equals(TODAY.minusDays(9))) {
                            assertNull(inMemory, "another week: the week read ahead cannot say");
                            continue;
                        }
                        assertNotNull(inMemory);
                        assertEquals(service.withPending(pending), inMemory, row.displayName() + " " + day + " "
                                + hours + " " + placement);
                        checked++;
                        flagged += inMemory.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(checked > 100, "sessions checked: " + checked);
        assertTrue(flagged > 10, "the check is worth something only when flags come out: " + flagged);
    }

    @Test
    void aPlacementWhoseGrantsWereNotReadIsLeftToTheService() {
        CaseloadRow row = index.all().get(0);
        CandidateFile file = store.candidateFiles().forSessionOn(row.id(), TODAY).orElseThrow();
        UUID coach = file.candidate().coachId();
        HoursWeek withoutExtras = HoursWeek.read(store, coach, TODAY, List.of());
        CaseloadRow other = index.all().stream().filter(r -> {
            CandidateFile f = store.candidateFiles().forSessionOn(r.id(), TODAY).orElseThrow();
            return f.placements().stream().anyMatch(p -> !withoutExtras.placementsRead().contains(p.placement().id()));
        }).findFirst().orElseThrow();
        PlacementFile unread = store.candidateFiles().forSessionOn(other.id(), TODAY).orElseThrow().placements()
                .stream().filter(p -> !withoutExtras.placementsRead().contains(p.placement().id())).findFirst()
                .orElseThrow();
        SessionDraft draft = new SessionDraft(CLOCK);
        draft.reset(TODAY.atTime(14, 0));
        draft.time.set("09:00");
        draft.placement.set(unread);
        assertNull(withoutExtras.withPending(draft.session(other.id(), coach)));
        assertFalse(withoutExtras.placementsRead().contains(unread.placement().id()));
    }
}
