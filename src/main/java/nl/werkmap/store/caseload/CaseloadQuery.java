package nl.werkmap.store.caseload;

import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record5;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import nl.werkmap.domain.PlacementType;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.repo.SessionMapping;

/**
 * Builds the caseload overview in two queries: one set-based row per candidate (its latest session, ladder
 * measurement and profile consent from the trigger-kept candidate_summary, see {@link CandidateLine#SELECT}) and the running
 * proefplaatsingen; coach names come from the small coach table. Only the names are decrypted, on all cores and while
 * the rows are still being read; a non-pupil's birth date (the second cue) stays sealed in the row until a screen
 * asks for its cue ({@link SealedCue}); for the completeness score the other sealed fields are only checked for
 * presence in SQL.
 */
public final class CaseloadQuery {

    /**
     * Lines per batch handed to the pool: large enough that handing over costs nothing next to opening them, small
     * enough that the last batch left after the read is short.
     */
    private static final int BATCH = 2_000;

    private final int batch;

    private final Database database;
    private final FieldSealer sealer;
    private final Clock clock;

    /** Gives the lines read ahead at most once (see {@link ListReadAhead}), or null. */
    private final Supplier<ListReadAhead> readAhead;

    /** With the lines {@code readAhead} gives (null: none), used instead of reading them if still current. */
    public CaseloadQuery(Database database, FieldSealer sealer, Supplier<ListReadAhead> readAhead) {
        this(database, sealer, Clock.systemDefaultZone(), BATCH, readAhead);
    }

    /** With another batch size: tests make many small batches of a small caseload. */
    CaseloadQuery(Database database, FieldSealer sealer, Clock clock, int batch) {
        this(database, sealer, clock, batch, () -> null);
    }

    CaseloadQuery(Database database, FieldSealer sealer, Clock clock, int batch, Supplier<ListReadAhead> readAhead) {
        this.database = database;
        this.sealer = sealer;
        this.clock = clock;
        this.batch = batch;
        this.readAhead = readAhead;
    }

    /** Every live candidate, with warnings and completeness as of today. */
    public List<CaseloadRow> load() {
        return load(LocalDate.now(clock));
    }

    public List<CaseloadRow> load(LocalDate today) {
        return database.readUnmapped(dsl -> load(dsl, today, UnaryOperator.identity(), null)).rows();
    }

    /** The rows of a whole-list read and their search index. */
    public record Listed(List<CaseloadRow> rows, CaseloadIndex index) {
    }

    /**
     * Every live candidate as {@link #load(LocalDate)} reads them, each passed through {@code adjust} (on the pool's
     * threads, so it must be safe to call from several at once), with the search index of the adjusted rows. Each
     * batch of rows is folded for the index on the pool while SQLite is still being read (issue 13: on two cores
     * the pool has time left beside the reading thread), so only the sort is left after the read; the index equals
     * {@link CaseloadIndex#build} of the same rows.
     */
    public Listed loadIndexed(LocalDate today, UnaryOperator<CaseloadRow> adjust) {
        return database.readUnmapped(dsl -> load(dsl, today, adjust, new ConcurrentHashMap<>()));
    }

    /**
     * The SQL this query runs for {@code today}, with its day parameters written in, as the sqlite3 shell would take
     * it: benches time it there as the floor beside the whole load.
     */
    public static List<String> statements(LocalDate today) {
        DSLContext dsl = DSL.using(SQLDialect.SQLITE);
        return List.of(CandidateLine.SELECT.replace("?", "'" + today.plusDays(1) + "'"),
                dsl.renderInlined(coachNamesQuery(dsl)), dsl.renderInlined(runningProefplaatsingen(dsl)));
    }

    /** With {@code folded} null no index is made ({@link Listed#index()} null). */
    private Listed load(DSLContext dsl, LocalDate today, UnaryOperator<CaseloadRow> adjust,
                        Map<List<String>, String[]> folded) {
        ListReadAhead ahead = readAhead.get();
        ListReadAhead.Lines read = ahead == null ? null : ahead.take(today);
        if (read != null) {
            try {
                Listed listed = fromReadAhead(read, today, adjust, folded);
                if (listed != null) {
                    return listed;
                }
            } finally {
                ahead.close();
            }
        }
        // The two small reads first, so rows can be built while the large one is still being read.
        Map<String, String> coachNames = coachNames(dsl);
        Map<String, List<Record>> proefplaatsingen = proefplaatsingen(dsl);
        // One table of days for the read: the lines' days and the rows' birth days share their LocalDates.
        DayTable days = new DayTable();
        Rows rows = new Rows(new CaseloadRowBuilder(sealer, today, days, true), coachNames, proefplaatsingen, adjust,
                folded);
        // Each full batch goes to the pool while the reading thread fetches the next lines from SQLite.
        CandidateLine.Reader reader = new CandidateLine.Reader(days);
        Batching batching = new Batching(batch, rows::start);
        dsl.connection(connection -> eachLine(connection, today, reader, batching));
        batching.finish();
        return rows.listed();
    }

    /**
     * The list from the lines read while the passphrase was typed, the rows built as each chunk comes in; null if the
     * file changed since they were read (the rows made are then dropped, those not yet made never are).
     */
    private Listed fromReadAhead(ListReadAhead.Lines read, LocalDate today, UnaryOperator<CaseloadRow> adjust,
                                 Map<List<String>, String[]> folded) {
        ListReadAhead.Start start = read.start();
        // Birth dates stay sealed until a row's cue is shown: sorting, searching and filtering never need them.
        Rows rows = new Rows(new CaseloadRowBuilder(sealer, today, start.days(), true), start.coachNames(),
                start.proefplaatsingen(), adjust, folded);
        for (List<CandidateLine> chunk = read.next(); chunk != null; chunk = read.next()) {
            rows.start(chunk);
        }
        if (!read.current()) {
            rows.drop();
            return null;
        }
        return rows.listed();
    }

    /** The rows of one list read, built in batches on the pool as the lines come in. */
    private final class Rows {

        private final CaseloadRowBuilder builder;
        private final CaseloadCoaches coaches;
        private final RunningTrials trials;
        private final UnaryOperator<CaseloadRow> adjust;
        private final Map<List<String>, String[]> folded;
        private final List<Batch> batches = new ArrayList<>();

        Rows(CaseloadRowBuilder builder, Map<String, String> coachNames,
             Map<String, List<Record>> proefplaatsingen, UnaryOperator<CaseloadRow> adjust,
             Map<List<String>, String[]> folded) {
            this.builder = builder;
            this.coaches = new CaseloadCoaches(coachNames, builder);
            this.trials = new RunningTrials(proefplaatsingen);
            this.adjust = adjust;
            this.folded = folded;
        }

        void start(List<CandidateLine> lines) {
            batches.add(Batch.start(lines, builder, coaches, trials, adjust, folded));
        }

        /** Batches the pool has not begun are never built. */
        void drop() {
            batches.forEach(Batch::drop);
        }

        /** Builds what the pool has not taken yet (from the last), then the rows in reading order and their index. */
        Listed listed() {
            for (int i = batches.size() - 1; i >= 0; i--) {
                batches.get(i).run();
            }
            List<CaseloadRow> rows = new ArrayList<>(batches.size() * batch);
            for (Batch batch : batches) {
                rows.addAll(Arrays.asList(batch.rows()));
            }
            if (folded == null) {
                return new Listed(rows, null);
            }
            IndexEntry[] entries = new IndexEntry[rows.size()];
            int at = 0;
            for (Batch batch : batches) {
                System.arraycopy(batch.entries, 0, entries, at, batch.entries.length);
                at += batch.entries.length;
            }
            return new Listed(rows, CaseloadIndex.ofEntries(entries));
        }
    }

    /** Cuts the lines as read into runs of {@code size}, each handed on as soon as it is full. */
    static final class Batching implements Consumer<CandidateLine> {

        private final int size;
        private final Consumer<List<CandidateLine>> full;
        private List<CandidateLine> lines;

        Batching(int size, Consumer<List<CandidateLine>> full) {
            this.size = size;
            this.full = full;
            this.lines = new ArrayList<>(size);
        }

        @Override
        public void accept(CandidateLine line) {
            lines.add(line);
            if (lines.size() == size) {
                full.accept(lines);
                lines = new ArrayList<>(size);
            }
        }

        /** Hands on the last, shorter run, if any. */
        void finish() {
            if (!lines.isEmpty()) {
                full.accept(lines);
            }
        }
    }

    /**
     * Rows built from a run of lines. Opening the names and applying the rules is most of the work and independent
     * per row, so a batch goes to the common pool while the reading thread fetches the next lines from SQLite: on two
     * cores reading and opening overlap instead of following each other. Once the read is done the reading thread
     * builds the batches the pool has not taken yet itself (from the last), so no core sits idle at the end. Each
     * batch is built once, by whoever claims it first, and fills only its own array.
     */
    private static final class Batch implements Runnable {

        private final List<CandidateLine> lines;
        private final CaseloadRowBuilder builder;
        private final CaseloadCoaches coaches;
        private final RunningTrials trials;
        private final UnaryOperator<CaseloadRow> adjust;
        private final Map<List<String>, String[]> folded;
        private final CaseloadRow[] rows;
        /** The rows folded for the search index; empty when no index is made. */
        private final IndexEntry[] entries;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<CaseloadRow[]> done = new CompletableFuture<>();

        private Batch(List<CandidateLine> lines, CaseloadRowBuilder builder, CaseloadCoaches coaches,
                      RunningTrials trials, UnaryOperator<CaseloadRow> adjust, Map<List<String>, String[]> folded) {
            this.lines = lines;
            this.builder = builder;
            this.coaches = coaches;
            this.trials = trials;
            this.adjust = adjust;
            this.folded = folded;
            this.rows = new CaseloadRow[lines.size()];
            this.entries = new IndexEntry[folded == null ? 0 : lines.size()];
        }

        static Batch start(List<CandidateLine> lines, CaseloadRowBuilder builder, CaseloadCoaches coaches,
                           RunningTrials trials, UnaryOperator<CaseloadRow> adjust,
                           Map<List<String>, String[]> folded) {
            Batch batch = new Batch(lines, builder, coaches, trials, adjust, folded);
            ForkJoinPool.commonPool().execute(batch);
            return batch;
        }

        /** Never builds this batch if nobody began it yet (its rows are not wanted). */
        void drop() {
            claimed.set(true);
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                for (int i = 0; i < rows.length; i++) {
                    CandidateLine line = lines.get(i);
                    UUID id = UUID.fromString(line.id());
                    CaseloadCoaches.Coach coach = coaches.of(line.coachId());
                    CaseloadRow row = adjust.apply(builder.row(line, id, coach == null ? null : coach.id(),
                            coach == null ? null : coach.name(), trials.of(id, line.id())));
                    rows[i] = row;
                    if (folded != null) {
                        entries[i] = IndexEntry.of(row, folded);
                    }
                }
                done.complete(rows);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }

        /** The rows; rethrows what building them threw (a seal that does not open), as it was thrown. */
        CaseloadRow[] rows() {
            try {
                return done.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    /** Every line of {@link CandidateLine#SELECT} for {@code today}, in the order read, to {@code each}. */
    static void eachLine(Connection connection, LocalDate today, CandidateLine.Reader reader,
                         Consumer<CandidateLine> each) throws SQLException {
        // Plain JDBC: a jOOQ record per row would cost more than everything else this method does with it.
        try (PreparedStatement select = connection.prepareStatement(CandidateLine.SELECT)) {
            CandidateLine.bindDay(select, today);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    each.accept(reader.read(rs));
                }
            }
        }
    }

    /** Each coach's name by id. */
    static Map<String, String> coachNames(DSLContext dsl) {
        return coachNamesQuery(dsl).fetchMap(COACH.ID, COACH.NAME);
    }

    /** The running proefplaatsingen by candidate id. */
    static Map<String, List<Record>> proefplaatsingen(DSLContext dsl) {
        Map<String, List<Record>> running = new HashMap<>();
        runningProefplaatsingen(dsl).forEach(r -> running.computeIfAbsent(r.get(PLACEMENT.CANDIDATE_ID),
                k -> new ArrayList<>()).add(r));
        return running;
    }

    private static ResultQuery<Record2<String, String>> coachNamesQuery(DSLContext dsl) {
        return dsl.select(COACH.ID, COACH.NAME).from(COACH);
    }

    private static ResultQuery<Record5<String, String, String, String, String>> runningProefplaatsingen(
            DSLContext dsl) {
        return dsl.select(PLACEMENT.ID, PLACEMENT.CANDIDATE_ID, PLACEMENT.EMPLOYER_ID, PLACEMENT.START_DATE,
                        PLACEMENT.PLANNED_END)
                .from(PLACEMENT)
                .where(PLACEMENT.TYPE.eq(PlacementType.PROEFPLAATSING.name()))
                .and(PLACEMENT.ACTUAL_END.isNull())
                .and(PLACEMENT.DELETED.isFalse());
    }
}
