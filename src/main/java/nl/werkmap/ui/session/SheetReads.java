package nl.werkmap.ui.session;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Scheduler;

/**
 * Where "Sessie vastleggen" gets what it reads for the picked candidate (issue 13): what was read ahead while the
 * coach looked at that candidate's page, used while nothing was written since; a read ahead still under way, waited
 * for rather than read twice; or, failing both, a read of its own on the worker. The read ahead runs once the lanes
 * are idle, on the scheduler's thread, and writes nothing.
 */
final class SheetReads {

    private static final Logger LOG = LoggerFactory.getLogger(SheetReads.class);
    /** How long an opening waits for a read ahead under way before it reads for itself. */
    private static final Duration READ_AHEAD_WAIT = Duration.ofSeconds(5);

    /** What the sheet does with the reads for one picked candidate; called on the FX thread. */
    interface Filler {

        /** Read ahead and still valid: the file, a kept draft, the goals and the coach's week. */
        void ahead(SheetReadAhead.Ready ready);

        /** Read by the opening itself. */
        void read(SheetReadAhead.Picked picked);

        /** The opening's own read failed (told whether or not the candidate is still picked). */
        void failed(Exception e);
    }

    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final Scheduler scheduler;
    private final Clock clock;
    /** The coach working here (null: the candidate's own coach, as the sheet logs it). */
    private final Supplier<UUID> coach;
    private final BooleanSupplier sheetOpen;
    /** What was read ahead for one candidate (set from the scheduler's thread). */
    private volatile SheetReadAhead.Ready ready;
    /** The candidate whose page shows: the one to read ahead for once the lanes are idle (null: none). */
    private volatile UUID wanted;
    /** The read ahead under way (null when none) and its candidate: an opening for them waits for it. */
    private volatile CompletableFuture<SheetReadAhead.Ready> underWay;
    private volatile UUID underWayFor;
    /** Runs work once the lanes are idle (the app: and the window painted); tests run it at once. */
    private Consumer<Runnable> whenIdle = Runnable::run;

    SheetReads(Background background, Supplier<CaseloadStore> store, Scheduler scheduler, Clock clock,
            Supplier<UUID> coach, BooleanSupplier sheetOpen) {
        this.background = background;
        this.store = store;
        this.scheduler = scheduler;
        this.clock = clock;
        this.coach = coach;
        this.sheetOpen = sheetOpen;
    }

    /** How the read ahead waits for a quiet moment; without this it runs at once (tests). */
    void aheadWhen(Consumer<Runnable> idle) {
        this.whenIdle = Objects.requireNonNull(idle);
    }

    /** The coach looks at this candidate's page (null: at none): read ahead for them once the lanes are idle. */
    void aheadFor(UUID candidateId) {
        wanted = candidateId;
        if (candidateId == null) {
            return;
        }
        whenIdle.accept(() -> {
            if (!candidateId.equals(wanted) || sheetOpen.getAsBoolean()) {
                return;
            }
            LocalDate today = LocalDate.now(clock);
            CaseloadStore s = store.get();
            SheetReadAhead.Ready known = ready;
            if (known != null && known.validFor(candidateId, today, s) != null) {
                return;
            }
            UUID by = coach.get();
            CompletableFuture<SheetReadAhead.Ready> done = new CompletableFuture<>();
            underWayFor = candidateId;
            underWay = done;
            // On the scheduler's thread, not a background lane: nobody waits for it, so it must not count as the
            // app being busy (a screen that waits for the lanes to be idle would wait for this too).
            scheduler.schedule(() -> {
                try {
                    SheetReadAhead.Ready read = SheetReadAhead.read(s, candidateId, today, by);
                    if (candidateId.equals(wanted)) {
                        ready = read;
                    }
                    done.complete(read);
                } catch (RuntimeException e) {
                    LOG.warn("Vooraf lezen voor 'Sessie vastleggen' mislukt; het blad leest bij openen zelf", e);
                    done.completeExceptionally(e);
                }
            }, Duration.ZERO);
        });
    }

    /**
     * A write of our own is on its way (a save, a draft thrown away) and the form may be filled again before it has
     * ended (and moved the write stamp): what was read ahead is not used.
     */
    void forget() {
        ready = null;
    }

    /**
     * Gets the reads for {@code row} on {@code today} to {@code filler}: at once when read ahead, else from the read
     * under way or a read of its own, as long as {@code stillPicked} holds when they arrive.
     */
    void load(CaseloadRow row, LocalDate today, BooleanSupplier stillPicked, Filler filler) {
        SheetReadAhead.Ready known = ready;
        SheetReadAhead.Ready ahead = known != null ? known.validFor(row.id(), today, store.get()) : null;
        if (ahead != null) {
            // Read while the coach looked at the page and nothing was written since: the form fills in this pulse,
            // with no trip to the worker.
            filler.ahead(ahead);
            return;
        }
        CompletableFuture<SheetReadAhead.Ready> coming = underWay;
        if (coming == null || coming.isDone() || !row.id().equals(underWayFor)) {
            readOwn(row, today, stillPicked, filler);
            return;
        }
        // Its read ahead is under way (the coach clicked at once): wait for it rather than read it all twice.
        background.call(() -> coming.get(READ_AHEAD_WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .onSuccess(read -> {
                    SheetReadAhead.Ready valid = read.validFor(row.id(), today, store.get());
                    if (!stillPicked.getAsBoolean()) {
                        return;
                    }
                    if (valid == null) {
                        readOwn(row, today, stillPicked, filler);
                        return;
                    }
                    filler.ahead(valid);
                })
                .onError(e -> {
                    if (stillPicked.getAsBoolean()) {
                        readOwn(row, today, stillPicked, filler);
                    }
                }).start();
    }

    /** The opening's own read of the picked candidate (nothing read ahead for them). */
    private void readOwn(CaseloadRow row, LocalDate today, BooleanSupplier stillPicked, Filler filler) {
        background.call(() -> SheetReadAhead.Picked.read(store.get(), row.id(), today)).onSuccess(picked -> {
            if (stillPicked.getAsBoolean()) {
                filler.read(picked);
            }
        }).onError(filler::failed).start();
    }
}
