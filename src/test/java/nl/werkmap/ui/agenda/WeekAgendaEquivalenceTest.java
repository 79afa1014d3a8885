package nl.werkmap.ui.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.MissedReason;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.report.WeekDeadlines;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * Issue 13 (weekall): the week view's rows are the same with the open-row indexes of V46 and the reads written for
 * them as without those indexes (the reads as SQLite ran them before), on the demo caseload with appointments
 * still gepland, done and missed across the twelve months, for everyone and per coach, with and without the older
 * overdue items, and the same as one pass that lists and counts together ({@link OnePassWeekAgenda}, as before the
 * Agenda showed its lists before the count); and the werklijst's deadlines kept between loads are reused only while
 * nothing was written.
 */
class WeekAgendaEquivalenceTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** A Friday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);

    @Test
    void sameWeekRowsWithAndWithoutTheOpenRowIndexes(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 1_200, 42, TODAY, done -> { });
            List<UUID> coaches = appointments(store);
            List<UUID> scopes = new ArrayList<>();
            scopes.add(null);
            scopes.addAll(coaches);
            List<WeekAgenda.Week> withIndexes = weeks(store, scopes);
            store.writeOwnTables(dsl -> {
                dsl.execute("DROP INDEX session_planned");
                dsl.execute("DROP INDEX plan_action_open");
                return null;
            });
            List<WeekAgenda.Week> without = weeks(store, scopes);
            int lines = 0;
            for (int i = 0; i < without.size(); i++) {
                assertEquals(without.get(i), withIndexes.get(i), "scope and older: " + i);
                lines += without.get(i).todayLines().size() + without.get(i).rest().size();
            }
            assertTrue(lines > 500, "lines compared: " + lines);
            // The lists first, the older items counted after (weekall2): the same weeks as the one pass before.
            List<WeekAgenda.Week> onePass = onePass(store, scopes);
            for (int i = 0; i < onePass.size(); i++) {
                assertEquals(onePass.get(i), without.get(i), "one pass, scope and older: " + i);
            }
            WeekAgenda.Week everyone = withIndexes.get(0);
            assertTrue(everyone.todayLines().stream().anyMatch(l -> l.entry().state() == AppointmentState.GEPLAND
                    && l.overdue()), "overdue gepland appointments are among the lines compared");
            assertTrue(everyone.olderOverdue() > 0);
        }
    }

    /**
     * weekall9: the lists make only the werklijst's deadlines of the listed weeks and count the earlier ones
     * ({@code WorkList.week}); the same weeks as the one pass over the whole werklijst, on six days (a Saturday, a
     * Sunday and a Monday among them), for everyone and per coach, with and without the older items listed, and
     * with the deadlines kept while the older items are shown and hidden again.
     */
    @Test
    void sameWeeksAsTheWholeWerklijstOnSeveralDays(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 1_200, 42, TODAY, done -> { });
            List<UUID> scopes = new ArrayList<>();
            scopes.add(null);
            scopes.addAll(appointments(store));
            int lines = 0;
            int older = 0;
            for (LocalDate day : List.of(TODAY.minusMonths(5), TODAY, TODAY.plusDays(1), TODAY.plusDays(2),
                    TODAY.plusDays(3), TODAY.plusDays(26))) {
                Clock clock = Clock.fixed(day.atTime(9, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
                for (UUID scope : scopes) {
                    WeekAgenda keeping = WeekAgenda.keepingDeadlines(clock);
                    for (boolean withOlder : new boolean[] {false, true, false}) {
                        String what = scope + " on " + day + (withOlder ? " with older" : "");
                        WeekAgenda.Week expected = OnePassWeekAgenda.load(clock, store, scope, withOlder);
                        assertEquals(expected, new WeekAgenda(clock).load(store, scope, withOlder), what);
                        assertEquals(expected, keeping.load(store, scope, withOlder), "kept: " + what);
                        lines += expected.todayLines().size() + expected.rest().size();
                        older += expected.olderOverdue();
                    }
                }
            }
            assertTrue(lines > 2_000, "lines compared: " + lines);
            assertTrue(older > 200, "older items counted: " + older);
        }
    }

    @Test
    void keptDeadlinesAreReusedOnlyWhileNothingIsWritten(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 300, 7, TODAY, done -> { });
            DeadlineCache cache = new DeadlineCache();
            LocalDate from = TODAY.minusWeeks(WeekAgenda.RECENT_OVERDUE_WEEKS);
            int[] reads = {0};
            Supplier<WeekDeadlines> read = () -> {
                reads[0]++;
                return new WeekDeadlines(List.of(), 0);
            };
            WeekDeadlines first = cache.read(store, null, TODAY, from, read);
            assertSame(first, cache.read(store, null, TODAY, from, read));
            assertEquals(1, reads[0], "nothing written: kept");
            cache.read(store, UUID.randomUUID(), TODAY, from, read);
            assertEquals(2, reads[0], "another scope reads");
            cache.read(store, null, TODAY.plusDays(1), from, read);
            assertEquals(3, reads[0], "another day reads");
            cache.read(store, null, TODAY.plusDays(1), from.minusMonths(10), read);
            assertEquals(4, reads[0], "the older items listed: reads");
            cache.read(store, null, TODAY.plusDays(1), from, read);
            assertEquals(4, reads[0], "the older items hidden again: from the kept read");
            cache.read(store, null, TODAY.plusDays(1), from.minusMonths(10), read);
            assertEquals(4, reads[0], "the older items listed again: still kept");
            cache.read(store, null, TODAY.plusDays(1), from.minusMonths(11), read);
            assertEquals(5, reads[0], "listed from an earlier day than kept: reads");
            appointments(store);
            cache.read(store, null, TODAY.plusDays(1), from, read);
            assertEquals(6, reads[0], "a write in between reads again");

            WeekAgenda keeping = WeekAgenda.keepingDeadlines(CLOCK);
            assertEquals(new WeekAgenda(CLOCK).load(store, null), keeping.load(store, null));
            assertEquals(new WeekAgenda(CLOCK).load(store, null), keeping.load(store, null), "kept: same week");
            String id = store.read(dsl -> dsl.fetch("SELECT id FROM candidate WHERE deleted = 0"
                    + " AND status <> 'UITGESTROOMD' LIMIT 1").get(0).get(0, String.class));
            UUID someone = UUID.fromString(id);
            store.sessions().save(new CoachingSession(UUID.randomUUID(), someone, null, null,
                    TODAY.plusDays(1).atTime(8, 5), 30, SessionLocation.KANTOOR, SessionType.EVALUATIE, Set.of(),
                    null, null, null, 0, null, AppointmentState.GEPLAND, null));
            assertEquals(new WeekAgenda(CLOCK).load(store, null), keeping.load(store, null), "after a write");
        }
    }

    /** Appointments of all states over the year behind and the week ahead; returns the coaches of those candidates. */
    private static List<UUID> appointments(CaseloadStore store) {
        List<CoachingSession> sessions = new ArrayList<>();
        List<UUID> coaches = new ArrayList<>();
        List<Record> candidates = store.read(dsl -> dsl.fetch("SELECT id, coach_id FROM candidate WHERE deleted = 0"
                + " AND coach_id IS NOT NULL ORDER BY id LIMIT 90"));
        int i = 0;
        for (Record r : candidates) {
            UUID candidate = UUID.fromString(r.get(0, String.class));
            UUID coach = UUID.fromString(r.get(1, String.class));
            if (coaches.size() < 3 && !coaches.contains(coach)) {
                coaches.add(coach);
            }
            for (int daysAgo : new int[] {-2, 3, 20, 55, 70, 150, 300, 400}) {
                AppointmentState state = switch (i++ % 4) {
                    case 0, 1 -> AppointmentState.GEPLAND;
                    case 2 -> AppointmentState.GEDAAN;
                    default -> AppointmentState.NIET_DOORGEGAAN;
                };
                // Some logged by another coach than the candidate's: the coach's view finds them by either.
                UUID by = i % 5 == 0 ? null : coach;
                sessions.add(new CoachingSession(UUID.randomUUID(), candidate, null, by,
                        TODAY.minusDays(daysAgo).atTime(9 + i % 8, 15), 45, SessionLocation.WERKPLEK,
                        SessionType.WERKPLEKBEZOEK, Set.of(), null, null, null, 0, i % 3 == 0 ? "Bij de bakker" : null,
                        state, state == AppointmentState.NIET_DOORGEGAAN ? MissedReason.values()[0] : null));
            }
        }
        store.sessions().saveAll(sessions);
        return coaches;
    }

    private static List<WeekAgenda.Week> weeks(CaseloadStore store, List<UUID> scopes) {
        List<WeekAgenda.Week> out = new ArrayList<>();
        for (UUID scope : scopes) {
            for (boolean older : new boolean[] {false, true}) {
                out.add(new WeekAgenda(CLOCK).load(store, scope, older));
            }
        }
        return out;
    }

    private static List<WeekAgenda.Week> onePass(CaseloadStore store, List<UUID> scopes) {
        List<WeekAgenda.Week> out = new ArrayList<>();
        for (UUID scope : scopes) {
            for (boolean older : new boolean[] {false, true}) {
                out.add(OnePassWeekAgenda.load(CLOCK, store, scope, older));
            }
        }
        return out;
    }
}
