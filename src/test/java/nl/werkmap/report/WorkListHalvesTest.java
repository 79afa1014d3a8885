package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The werklijst read in two halves on two read connections (issue 13, weekall3) holds no connection while it waits
 * for the other half: with a single connection to hand out it still ends, with the items of the one-connection
 * read (had the calling thread kept its connection while joining, the other half would wait for it forever). A
 * failure in a half comes out of the call.
 */
class WorkListHalvesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate MADE = LocalDate.of(2026, 12, 4);
    private static final Clock CLOCK = Clock.fixed(MADE.atTime(9, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);

    @Test
    void endsWithOneConnectionToHandOut(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 300, 7, MADE, done -> { });
            WorkList oneConnection = store.read(dsl -> WorkList.compute(dsl, CLOCK, ReportScope.all()));
            Semaphore single = new Semaphore(1);
            WorkList.Reads oneAtATime = new WorkList.Reads() {
                @Override
                public <T> T read(Function<DSLContext, T> work) {
                    single.acquireUninterruptibly();
                    try {
                        return store.read(work);
                    } finally {
                        single.release();
                    }
                }
            };
            for (int i = 0; i < 20; i++) {
                WorkList halves = assertTimeoutPreemptively(Duration.ofSeconds(60),
                        () -> WorkList.compute(oneAtATime, CLOCK, ReportScope.all()));
                assertEquals(oneConnection.items(), halves.items());
                assertEquals(oneConnection.olderOverdue(), halves.olderOverdue());
            }
            assertTrue(oneConnection.items().size() > 50, "items to compare: " + oneConnection.items().size());
        }
    }

    @Test
    void aFailingHalfFailsTheCall(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 50, 7, MADE, done -> { });
            WorkList.Reads broken = new WorkList.Reads() {
                @Override
                public <T> T read(Function<DSLContext, T> work) {
                    throw new IllegalStateException("read refused");
                }
            };
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> WorkList.compute(broken, CLOCK, ReportScope.all()));
            assertEquals("read refused", e.getMessage());
        }
    }
}
