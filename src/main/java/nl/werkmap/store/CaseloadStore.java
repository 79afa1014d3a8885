package nl.werkmap.store;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.caseload.CandidateFileQuery;
import nl.werkmap.store.caseload.CandidateHistory;
import nl.werkmap.store.caseload.CaseloadQuery;
import nl.werkmap.store.caseload.ListReadAhead;
import nl.werkmap.store.changelog.ChangeLog;
import nl.werkmap.store.db.BackupExpiry;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.db.IntegrityCheck;
import nl.werkmap.store.db.IntegrityWatch;
import nl.werkmap.store.db.OpenProgress;
import nl.werkmap.store.db.SchemaMigrator;
import nl.werkmap.store.repo.BaankansRepository;
import nl.werkmap.store.repo.CandidateRepository;
import nl.werkmap.store.repo.CoachRepository;
import nl.werkmap.store.repo.ConsentRepository;
import nl.werkmap.store.repo.EmployerContactRepository;
import nl.werkmap.store.repo.EmployerRepository;
import nl.werkmap.store.repo.LoonwaardeRepository;
import nl.werkmap.store.repo.MeasurementRepository;
import nl.werkmap.store.repo.PlacementRepository;
import nl.werkmap.store.repo.PlanRepository;
import nl.werkmap.store.repo.ProfielRepository;
import nl.werkmap.store.repo.RecordTransaction;
import nl.werkmap.store.repo.SessionDrafts;
import nl.werkmap.store.repo.SessionRepository;
import nl.werkmap.store.repo.StoreContext;

/**
 * The coach's local caseload: one SQLite file, checked, backed up and migrated at open, then used through the
 * repositories (writes, each in its own transaction and change-logged), the caseload read model and the change
 * log for sync. Open it after unlocking the vault; close it when locking.
 */
public final class CaseloadStore implements AutoCloseable {

    private final Database database;
    /** The list's lines read ahead before the unlock, until the first list read takes them (or none). */
    private final AtomicReference<ListReadAhead> readAhead = new AtomicReference<>();
    private final HybridLogicalClock clock;
    private final Optional<Path> backup;
    private final FieldSealer sealer;
    private final StoreContext context;
    private final ChangeLog changeLog;
    private final Clock wallClock;
    /** One for the store: it keeps the days its one-row reads met between saves. */
    private final nl.werkmap.store.caseload.CaseloadRowQuery caseloadRow;

    private CaseloadStore(Database database, HybridLogicalClock clock, Optional<Path> backup, FieldSealer sealer,
                          Clock wallClock) {
        this.wallClock = wallClock;
        this.database = database;
        this.clock = clock;
        this.backup = backup;
        this.sealer = sealer;
        this.context = StoreContext.of(database, sealer, clock);
        this.changeLog = new ChangeLog(database, clock);
        this.caseloadRow = new nl.werkmap.store.caseload.CaseloadRowQuery(database, sealer);
    }

    /**
     * Opens (or creates) the caseload file. A file that is not a Werkmap caseload, or that fails SQLite's
     * quick_check, is refused untouched; an older caseload is copied to {@code backups/} beside it before its schema
     * is migrated; a sealer whose key does not belong to this caseload is refused before it writes anything.
     *
     * @throws StoreException with a Dutch message saying what is wrong and what to do
     */
    public static CaseloadStore open(Path dbFile, FieldSealer sealer) {
        return open(dbFile, sealer, Clock.systemUTC());
    }

    /** As {@link #open(Path, FieldSealer)}, with the clock that stamps changes and names backups. */
    public static CaseloadStore open(Path dbFile, FieldSealer sealer, Clock clock) {
        return open(dbFile, sealer, clock, IntegrityCheck.Policy.DAILY);
    }

    /** As {@link #open(Path, FieldSealer, Clock)}; {@code integrity} says when SQLite's quick_check runs first. */
    public static CaseloadStore open(Path dbFile, FieldSealer sealer, Clock clock, IntegrityCheck.Policy integrity) {
        return open(dbFile, sealer, clock, integrity, OpenProgress.NONE);
    }

    /** As {@link #open(Path, FieldSealer, Clock, IntegrityCheck.Policy)}, telling {@code progress} what takes long. */
    public static CaseloadStore open(Path dbFile, FieldSealer sealer, Clock clock, IntegrityCheck.Policy integrity,
                                     OpenProgress progress) {
        Objects.requireNonNull(sealer, "sealer");
        SchemaMigrator.Prepared prepared = SchemaMigrator.prepare(dbFile, clock, integrity, progress);
        Optional<Path> backup = prepared.backup();
        Database database = Database.open(dbFile);
        try {
            // Before any other write: a keyring from another caseload must not seal anything into this file.
            if (prepared.checkOwed()) {
                // The check runs after the caseload shows (IntegrityWatch); until it passed, writes wait for it.
                LocalDate today = LocalDate.now(clock);
                database.holdWritesFor(IntegrityWatch.pending(dbFile,
                        () -> CaseloadBinding.checkedOn(database, today)));
            }
            CaseloadBinding.verifyOrBind(database, sealer, clock.instant());
            if (prepared.checked()) {
                CaseloadBinding.checkedOn(database, LocalDate.now(clock));
            }
            // Read first: a write here would wait for an owed integrity check, at every open.
            String deviceId = database.read(DeviceIdentity::existing);
            if (deviceId == null) {
                deviceId = database.write(tx -> DeviceIdentity.ensure(tx, clock.instant()));
            }
            String newest = database.read(dsl -> dsl.select(DSL.max(CHANGE_LOG.HLC)).from(CHANGE_LOG)
                    .fetchOne(0, String.class));
            HybridLogicalClock hlc = new HybridLogicalClock(deviceId, clock::millis, newest);
            CaseloadStore store = new CaseloadStore(database, hlc, backup, sealer, clock);
            // avgwis: an erasure interrupted halfway (app closed, power cut) is finished before anything is shown.
            nl.werkmap.store.erasure.LocalErasure.completeAll(store, clock.instant());
            // Indexes and triggers a first sync set aside and could not make again (stopped halfway) are made again
            // before use, the summary those triggers keep worked out anew.
            store.changeLog.restoreSetAside();
            // Copies made before an update are kept 35 days, then removed (docs/bewaren-en-wissen.md).
            BackupExpiry.expire(dbFile, clock);
            return store;
        } catch (RuntimeException e) {
            try {
                database.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Refuses a sealer whose key does not belong to this caseload (see V30), without writing anything: for unlocking
     * again after a lock, when the keyring file is read anew.
     *
     * @throws StoreException with a Dutch message if the key belongs to another caseload
     */
    public void requireOwnKey(FieldSealer candidate) {
        CaseloadBinding.verify(database, candidate);
    }

    /** This device's id, made once when the caseload was created. */
    public String deviceId() {
        return clock.deviceId();
    }

    /** The clock that stamps every change; sync calls {@link HybridLogicalClock#observe} for remote stamps. */
    public HybridLogicalClock clock() {
        return clock;
    }

    public Path file() {
        return database.file();
    }

    /**
     * The integrity check this open owes (policy {@link IntegrityCheck.Policy#DAILY_AFTER_OPEN}), or
     * {@link IntegrityWatch#intact()}: start it once the caseload shows; writes wait for its verdict.
     */
    public IntegrityWatch integrity() {
        return database.integrity();
    }

    /** The copy made before this open migrated the file, if it did. */
    public Optional<Path> backupBeforeMigration() {
        return backup;
    }

    /**
     * True if this file holds a demo caseload: fictional people from the demo generator. A demo caseload must never
     * be enrolled with or synced to a municipality.
     */
    public boolean isDemo() {
        return database.read(CaseloadKind::isDemo);
    }

    /**
     * The deliberate way in for generated demo rows, written without change-log entries. Marks the caseload as
     * demo if it is still empty (no candidates, coaches, employers or changes).
     *
     * @throws StoreException if this caseload is not a demo caseload and already holds real rows
     */
    public DemoImport demoImport() {
        database.write(tx -> {
            CaseloadKind.markDemo(tx, wallClock.instant());
            return null;
        });
        return new DemoImport(database, context.bulk());
    }

    /** Who works on this laptop (enrolment, or the choice at first start). */
    public CurrentCoach currentCoach() {
        return new CurrentCoach(database);
    }

    public ChangeLog changeLog() {
        return changeLog;
    }

    public CandidateRepository candidates() {
        return new CandidateRepository(context);
    }

    public CoachRepository coaches() {
        return new CoachRepository(context);
    }

    public ConsentRepository consents() {
        return new ConsentRepository(context);
    }

    public PlanRepository plans() {
        return new PlanRepository(context);
    }

    public MeasurementRepository measurements() {
        return new MeasurementRepository(context);
    }

    public EmployerRepository employers() {
        return new EmployerRepository(context);
    }

    public PlacementRepository placements() {
        return new PlacementRepository(context);
    }

    public LoonwaardeRepository loonwaarde() {
        return new LoonwaardeRepository(context);
    }

    /** Jobcoach toekenningen per placement and half year. */
    public nl.werkmap.store.repo.GrantRepository grants() {
        return new nl.werkmap.store.repo.GrantRepository(context);
    }

    /** Jobcoach forms: evaluation, satisfaction and the coach's part of the verantwoording (issue 14). */
    public nl.werkmap.store.repo.FormRepository forms() {
        return new nl.werkmap.store.repo.FormRepository(context);
    }

    /** Baankansen at employers (issue 15). */
    public BaankansRepository baankansen() {
        return new BaankansRepository(context);
    }

    /** Profile shares with employers (issue 15); written through the share service. */
    public nl.werkmap.store.repo.ShareRepository shares() {
        return new nl.werkmap.store.repo.ShareRepository(context);
    }

    /** Werknemersprofielen and work experience (issue 15). */
    public ProfielRepository profiles() {
        return new ProfielRepository(context);
    }

    /**
     * Runs one user action that writes several records (the service layer's use cases) in one transaction with
     * its change-log entries: all of it commits, or none of it when {@code work} throws.
     */
    public <T> T inTransaction(Function<RecordTransaction, T> work) {
        return RecordTransaction.run(context, work);
    }

    /** The access log of who opened special category data (avglog, issue 16): append-only. */
    public nl.werkmap.store.avg.AccessLogRepository accessLog() {
        return new nl.werkmap.store.avg.AccessLogRepository(context);
    }

    /**
     * Registers a file Werkmap just wrote for a candidate outside the caseload (a PDF, an inzage, a CSV), so their
     * erasure can remove it or name it (issue 16, {@link nl.werkmap.store.erasure.SavedFiles}).
     */
    public void registerSavedFile(java.util.UUID candidateId, String what, Path file, java.time.Instant at)
            throws java.io.IOException {
        nl.werkmap.store.erasure.SavedFiles.register(this, sealer, candidateId, what, file, at);
    }

    /** The candidates' own statements on records of their file (avglog, issue 16). */
    public nl.werkmap.store.avg.ZienswijzeRepository zienswijzen() {
        return new nl.werkmap.store.avg.ZienswijzeRepository(context);
    }

    /** Everything stored about one candidate, opened, for the inzage (avglog, issue 16). */
    public nl.werkmap.store.avg.PersonalRecords personalRecords() {
        return new nl.werkmap.store.avg.PersonalRecords(database, sealer);
    }

    public EmployerContactRepository employerContacts() {
        return new EmployerContactRepository(context);
    }

    public SessionRepository sessions() {
        return new SessionRepository(context);
    }

    /** Unsaved quick-session input, sealed, local to this laptop (never change-logged, never synced). */
    public SessionDrafts sessionDrafts() {
        return new SessionDrafts(database, sealer, wallClock);
    }

    /** The caseload list for the overview screen; rebuild the index from it after unlock and after saves. */
    public CaseloadQuery caseloadQuery() {
        return new CaseloadQuery(database, sealer, () -> readAhead.getAndSet(null));
    }

    /**
     * The list's lines read before this store opened ({@link ListReadAhead}): the first list read uses them if the
     * file has not changed since, and lets go of them either way.
     */
    public void offerReadAhead(ListReadAhead lines) {
        ListReadAhead before = readAhead.getAndSet(lines);
        if (before != null) {
            before.close();
        }
    }

    /** One candidate's caseload line, read again after a save instead of the whole list. */
    public nl.werkmap.store.caseload.CaseloadRowQuery caseloadRow() {
        return caseloadRow;
    }

    /** Corrections, deletions and restores of one candidate's records, with when and by whom (change log). */
    public CandidateHistory candidateHistory() {
        return new CandidateHistory(database, deviceId());
    }

    /** A coach's day and week: appointments, due actions and school leaving dates, set-based. */
    public nl.werkmap.store.week.WeekQuery weekQuery() {
        return new nl.werkmap.store.week.WeekQuery(database, sealer);
    }

    /** A coach's logged hours across all clients, with the grants they fall under, for plausibility checks. */
    public nl.werkmap.store.hours.CoachHoursQuery coachHours() {
        return new nl.werkmap.store.hours.CoachHoursQuery(database, sealer);
    }

    /** Moves on after every write to this file; equal stamps mean nothing was written in between. */
    public long writeStamp() {
        return database.writeStamp();
    }

    /**
     * Moves on when anything else than this store commits to the file (another process, another open of it): with
     * {@link #writeStamp()} equal too, the file holds nothing new since. Reads the file: not on the FX thread.
     */
    public long othersWrites() {
        return database.othersWrites();
    }

    /** Everything about one candidate, for the candidate screen. */
    public CandidateFileQuery candidateFiles() {
        return new CandidateFileQuery(database, context.reader());
    }

    /**
     * Runs a read-only query on its own snapshot, for aggregate reports over plain columns (statuses, dates,
     * hours). Sealed columns come back as sealed bytes; reports never need them.
     */
    public <T> T read(Function<DSLContext, T> query) {
        return database.read(query);
    }

    /**
     * Runs work in one write transaction behind the single writer, for tables that are not entity tables (sync's
     * outbox and conflict tables, V20+). Entity rows must go through the repositories or {@link #changeLog()}, so
     * they are sealed and change-logged.
     */
    public <T> T writeOwnTables(Function<DSLContext, T> work) {
        return database.write(work);
    }

    /** Internal access for the store's own helpers and tests. */
    Database database() {
        return database;
    }

    @Override
    public void close() {
        ListReadAhead unused = readAhead.getAndSet(null);
        if (unused != null) {
            unused.close();
        }
        database.close();
    }
}
