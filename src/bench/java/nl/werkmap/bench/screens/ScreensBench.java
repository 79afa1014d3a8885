package nl.werkmap.bench.screens;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.testfx.api.FxToolkit;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.bench.caseload.Figures;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.agenda.WeekAgenda;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.LoggingExecutors;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.TestPreferences;
import nl.werkmap.ui.main.MainWindow;

/**
 * The coach's screens timed through the real window (headless Monocle, the app's two background lanes), from the
 * event to the first pulse after its background work ended and the screen shows the result: opening a candidate
 * with the most sessions (cold: a page never built; warm: built before), the week view, "Sessie vastleggen"
 * opening, and a save from it until the list row and the open candidate's page are read again. Each figure is wall
 * time and CPU time of the whole process (all threads), beside its floor in the same run: the candidate's own SQL
 * with decrypt, the week's set-based reads with the names shown, the session write alone.
 *
 * <pre>mvn -o -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.werkmap.bench.screens.ScreensBench -Dexec.args="5000 /tmp/werkmap-screens-5000"</pre>
 * Arguments: the number of demo candidates (made in DIR once, reused after) and DIR; {@code -Druns=N} (default
 * 20) candidates opened.
 */
public final class ScreensBench {

    /** {@code -Dbench.passphrase=...} opens a caseload another bench made in DIR (e.g. "bench passphrase 2026"). */
    private static final String PASSPHRASE = System.getProperty("bench.passphrase", "bench wachtwoord schermen 2026");
    private static final int RUNS = Integer.getInteger("runs", 20);
    private static final int PRE_OPEN = Integer.getInteger("bench.preOpen", 0);
    /** Whether each timed action reaches the window as input first ({@link #asInput}). */
    private static final boolean AS_INPUT = !"false".equals(System.getProperty("bench.asInput"));
    private static final int SESSIONS_EACH = 110;
    /** -Dbench.threads=true: each opening's CPU by thread (JIT, GC, renderer, FX), from /proc. */
    private static final boolean THREADS = Boolean.getBoolean("bench.threads");
    /**
     * -Dbench.painted=true: the openings end when painted (the renderer's job behind the pulse), each after the
     * step before has settled (painted, JIT and GC quiet); see {@link PaintedLap}.
     */
    private static final boolean PAINTED = Boolean.getBoolean("bench.painted");
    /** Pulses seen by {@link #measure}'s listener, for pulses per save (each walks the whole scene's bounds). */
    private static final java.util.concurrent.atomic.AtomicInteger PULSES = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * The save laps time the click on "Opslaan" alone, the note typed (and painted) before; -Dbench.typedInLap=true
     * times typing and click together, as before this session (the typing's repaint of the sheet was charged to the
     * save).
     */
    private static final boolean TYPED_APART = !Boolean.getBoolean("bench.typedInLap");
    /** -Dbench.saveRounds=N: the save laps go N times over the candidates, for enough profile samples. */
    private static final int SAVE_ROUNDS = Integer.getInteger("bench.saveRounds", 1);
    /** Jobs started on the interactive and the bulk lane, for jobs per save (each is a worker trip and an FX hop). */
    private static final java.util.concurrent.atomic.AtomicInteger INTERACTIVE_JOBS =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger BULK_JOBS =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ScreensBench() {
    }

    /**
     * One timing: wall and whole-process CPU, and the collectors' time that fell in it (G1: its stop-the-world
     * pauses, as the JVM's collector beans count them), in milliseconds.
     */
    record Lap(double wall, double cpu, double gc) {
    }


    public static void main(String[] args) throws Exception {
        headless();
        // As the app does for Dutch (WerkmapApp): date pickers and dates in the shots as a Dutch coach sees them.
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("nl-NL"));
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("werkmap-screens");
        Files.createDirectories(dir);
        CaseloadFiles files = new CaseloadFiles(dir.resolve("keyring.json"), dir.resolve("werkmap.db"));
        if (!OpenCaseload.exists(files)) {
            long t0 = System.nanoTime();
            try (OpenCaseload open = OpenCaseload.create(files, PASSPHRASE.toCharArray())) {
                DemoCaseload.generate(open.store(), size, 2026, LocalDate.now(), done -> { });
            }
            System.out.printf(Locale.ROOT, "demo caseload of %,d made in %.0f s (%s)%n", size,
                    (System.nanoTime() - t0) / 1e9, dir);
        }
        Vault vault = Vault.unlock(files.keyring(), PASSPHRASE.toCharArray());
        try (CaseloadStore floorStore = CaseloadStore.open(files.database(), vault.sealer())) {
            run(files, floorStore);
        }
        vault.lock();
        FxToolkit.cleanupStages();
        Platform.exit();
        System.exit(0);
    }

    /**
     * Takes out (tombstones) the sessions an earlier run of this bench saved for these candidates ("Bench: ..."):
     * on a copy used before, the save laps' sessions of today added up past the 16-hour day, the sheet then asked
     * for a reason and the first save lap never ended.
     */
    private static void removeEarlierSaves(CaseloadStore floor, List<UUID> candidates) {
        int removed = 0;
        for (UUID id : candidates) {
            for (CoachingSession session : floor.sessions().forCandidate(id)) {
                if (session.wentWell() != null && session.wentWell().startsWith("Bench: ")) {
                    floor.sessions().tombstone(session.id());
                    removed++;
                }
            }
        }
        if (removed > 0) {
            System.out.printf(Locale.ROOT, "%d sessions an earlier run saved taken out first%n", removed);
        }
    }

    /** Monocle's headless window on the software renderer at 1366×768, as every screen bench runs. */
    static void headless() {
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1366x768-32");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    private static void run(CaseloadFiles files, CaseloadStore floor) throws Exception {
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f at start%n",
                Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());
        int candidates = floor.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.CANDIDATE));
        List<UUID> heavy = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        floor.read(dsl -> dsl.fetch("SELECT candidate_id, count(*) FROM coaching_session WHERE deleted = 0"
                + " GROUP BY candidate_id ORDER BY count(*) DESC LIMIT " + (RUNS + 5 + PRE_OPEN))).forEach(r -> {
                    heavy.add(UUID.fromString(r.get(0, String.class)));
                    counts.add(r.get(1, Integer.class));
                });
        // -Dbench.preOpen=N: the N after the timed ones are opened first, untimed (a coach's earlier openings).
        List<UUID> preOpened = new ArrayList<>(heavy.subList(Math.min(RUNS + 5, heavy.size()), heavy.size()));
        heavy.subList(Math.min(RUNS + 5, heavy.size()), heavy.size()).clear();
        counts.subList(heavy.size(), counts.size()).clear();
        removeEarlierSaves(floor, heavy);
        topUp(floor, heavy, counts);
        System.out.printf(Locale.ROOT, "caseload: %,d candidates; the %d opened have %d..%d sessions%n", candidates,
                heavy.size(), counts.get(counts.size() - 1), counts.get(0));

        // The toolkit set up as the app's own start sets it: its pulse rate and how it paints backgrounds (a
        // -Djavafx.animation.pulse or -Dprism.disableRegionCaching given to this JVM wins).
        nl.werkmap.app.PulseRate.beforeToolkit();
        nl.werkmap.app.RegionPainting.beforeToolkit();
        Stage stage = FxToolkit.registerPrimaryStage();
        ExecutorService interactive = LoggingExecutors.singleWorker("bench-werk");
        ExecutorService bulk = LoggingExecutors.singleWorker("bench-bulk");
        // Counted on the way in, so a save's worker trips show beside its pulses (save, issue 13).
        Background background = new Background(job -> {
            INTERACTIVE_JOBS.incrementAndGet();
            interactive.execute(traceJob("interactive", job));
        }, job -> {
            BULK_JOBS.incrementAndGet();
            bulk.execute(traceJob("bulk", job));
        }, Platform::runLater);
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            window[0] = new MainWindow(stage, files, Messages.dutch(), background, new TestPreferences(),
                    Optional.empty());
            window[0].show();
        });
        MainWindow app = window[0];
        Lap unlock = measure(stage, background, () -> {
            PasswordField field = (PasswordField) stage.getScene().lookup("#passphrase");
            field.setText(PASSPHRASE);
            ((Button) stage.getScene().lookup("#unlockButton")).fire();
        }, () -> {
            TableView<?> table = (TableView<?>) stage.getScene().lookup("#table");
            return table != null && !table.getItems().isEmpty();
        });
        System.out.printf(Locale.ROOT, "unlock (key derivation included) -> caseload list shown: %s%n", text(unlock));
        long afterUnlock = Long.getLong("bench.afterUnlock", 0);
        if (afterUnlock > 0) {
            // -Dbench.afterUnlock=MS: the coach looks at the list this long before the first click; meanwhile the JIT
            // works off what the unlock gave it (at 150,000 some seconds of compiling on one core).
            Thread.sleep(afterUnlock);
        }

        if (Boolean.getBoolean("bench.sessionOnly")) {
            // -Dbench.sessionOnly=true: "Sessie vastleggen" opening alone, painted, by thread (sessie, issue 13).
            SessionSheetLaps.run(stage, background, app, heavy, RUNS);
            openOnlyEnd(interactive, bulk);
            return;
        }
        if (Boolean.getBoolean("bench.weekOnly")) {
            // -Dbench.weekOnly=true: the week view alone, e.g. on a large caseload made elsewhere (weekall, issue 13).
            weekView(stage, background, app, floor);
            openOnlyEnd(interactive, bulk);
            return;
        }
        if (Boolean.getBoolean("bench.saveOnly")) {
            // -Dbench.saveOnly=true: the two save rows alone, for profiling them (save, issue 13).
            saves(stage, background, app, heavy, floor);
            openOnlyEnd(interactive, bulk);
            return;
        }
        if (Boolean.getBoolean("bench.preReadOnly")) {
            // -Dbench.preReadOnly=true: the pre-opened candidates' files only read, on the bench's own store.
            for (UUID id : preOpened) {
                floor.candidateFiles().loadStamped(id).orElseThrow();
                floor.coaches().all();
            }
            preOpened.clear();
        }
        for (UUID id : preOpened) {
            measure(stage, background, app::showCaseload, () -> true);
            fx(() -> { });
            measure(stage, background, () -> app.openCandidate(id), () -> candidatePainted(stage));
        }
        if (!preOpened.isEmpty()) {
            System.out.printf(Locale.ROOT, "%d other candidates opened first, untimed%n", preOpened.size());
        }
        // Open a candidate: first of the process (JVM cold), then each a page never built before.
        mark("open-cold");
        List<Lap> cold = new ArrayList<>();
        List<Lap> floors = new ArrayList<>();
        List<Lap> back = new ArrayList<>();
        List<Double> backWaits = new ArrayList<>();
        Lap first = null;
        ThreadCpu coldThreads = new ThreadCpu();
        for (int i = 0; i < Math.min(RUNS + 1, heavy.size()); i++) {
            UUID id = heavy.get(i);
            // Back to the list until it is painted, then until what the list queued after that pulse (the next
            // candidate's screen, made ahead and styled in slices) has run too. The coach does not wait for it, the
            // FX thread does.
            long backFrom = System.currentTimeMillis();
            FxWaitProbe probe = FxWaitProbe.start();
            back.add(timed(() -> {
                try {
                    measure(stage, background, app::showCaseload, () -> true);
                    fxQuiet();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
            // The probe a little longer: work the list queued may start just after the lap's own last task.
            Thread.sleep(100);
            backWaits.add(probe.stop());
            window("back", backFrom);
            if (PAINTED) {
                PaintedLap.settle();
            }
            long from = System.currentTimeMillis();
            java.util.Map<String, Long> threads0 = THREADS ? ThreadCpu.snapshot() : null;
            tracing = i > 0;
            Lap lap = PAINTED
                    ? PaintedLap.measure(stage, background, () -> app.openCandidate(id), () -> candidatePainted(stage))
                    : measure(stage, background, () -> app.openCandidate(id), () -> candidatePainted(stage));
            tracing = false;
            if (THREADS && i > 0) {
                coldThreads.add(threads0, ThreadCpu.snapshot());
            }
            window("open-cold", from);
            if (first == null) {
                first = lap;
            } else {
                cold.add(lap);
            }
            floors.add(timed(() -> floor.candidateFiles().load(id).orElseThrow()));
        }
        System.out.printf(Locale.ROOT, "open candidate, first in this JVM: %s%n", text(first));
        if (THREADS) {
            System.out.println("open candidate, first open, CPU per lap by thread: " + coldThreads.perLap());
        }
        if (PAINTED) {
            System.out.println("open candidate, first open: " + PaintedLap.counts());
        }
        if (System.getProperty("bench.openShot") != null) {
            PaintedLap.shot(stage, Path.of(System.getProperty("bench.openShot")));
        }
        printJobs("open", cold.size());
        report("back to the list, next candidate's screen made ahead meanwhile (not waited for)",
                back.subList(1, back.size()), null, "-");
        reportWaits("back to the list: the longest a key typed meanwhile would wait for the FX thread",
                backWaits.subList(1, backWaits.size()));
        report("open candidate (100+ sessions), first open (its screen made ahead while the list showed)", cold,
                floors.subList(1, floors.size()),
                "its SQL + decrypt (CandidateFileQuery)");
        mark("open-warm");
        List<Lap> warm = new ArrayList<>();
        ThreadCpu warmThreads = new ThreadCpu();
        for (int i = 0; i < Math.min(RUNS, heavy.size()); i++) {
            UUID id = heavy.get(i);
            fx(app::showCaseload);
            // The click comes once the list shows and the FX thread has nothing queued, as for a coach who looks at
            // the list first: the next screen made ahead is then whole (its slices all styled).
            fxQuiet();
            if (PAINTED) {
                PaintedLap.settle();
            }
            java.util.Map<String, Long> threads0 = THREADS ? ThreadCpu.snapshot() : null;
            warm.add(PAINTED
                    ? PaintedLap.measure(stage, background, () -> app.openCandidate(id), () -> candidatePainted(stage))
                    : measure(stage, background, () -> app.openCandidate(id), () -> candidatePainted(stage)));
            if (THREADS) {
                warmThreads.add(threads0, ThreadCpu.snapshot());
            }
        }
        if (THREADS) {
            System.out.println("open candidate again, CPU per lap by thread: " + warmThreads.perLap());
        }
        if (PAINTED) {
            System.out.println("open candidate again: " + PaintedLap.counts());
        }
        report("open candidate again (its page let go when it left the scene: a fresh screen, file read again)",
                warm, floors.subList(1, floors.size()),
                "its SQL + decrypt");

        if (Boolean.getBoolean("bench.openOnly")) {
            // The kept pages' openings too, with the openings alone (the later phases keep their order).
            openKept(stage, background, app, heavy, floors.subList(1, floors.size()));
            // What the hidden pages cost each changed pulse, on the scene as the openings left it (opencand).
            System.out.println(BoundsWalk.measure(stage));
            // -Dbench.openOnly=true: the opening figures alone, for profiling them (opencand, issue 13).
            openOnlyEnd(interactive, bulk);
            return;
        }
        weekView(stage, background, app, floor);

        saves(stage, background, app, heavy, floor);
        mark("end");
        System.out.printf(Locale.ROOT, "load average at end %.1f%n", OS.getSystemLoadAverage());
        interactive.shutdown();
        bulk.shutdown();
        interactive.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** "Sessie vastleggen" over an open candidate and its save, then the same over the list. */
    private static void saves(Stage stage, Background background, MainWindow app, List<UUID> heavy,
                              CaseloadStore floor) throws Exception {
        // "Sessie vastleggen" over an open candidate, and its save until row and page are read again.
        mark("quick+save");
        List<Lap> quick = new ArrayList<>();
        List<Lap> saves = new ArrayList<>();
        List<Lap> writes = new ArrayList<>();
        ThreadCpu saveThreads = new ThreadCpu();
        int savePulses = 0;
        int[] saveJobs = new int[2];
        Label[] forWhom = new Label[1];
        for (int i = 0; i < Math.min(RUNS, heavy.size()) * SAVE_ROUNDS; i++) {
            UUID id = heavy.get(i % Math.min(RUNS, heavy.size()));
            fx(app::showCaseload);
            measure(stage, background, () -> app.openCandidate(id), () -> candidatePainted(stage));
            long from = System.currentTimeMillis();
            // Looked up at most until found: the sheet stays in the scene hidden after its first opening.
            quick.add(measure(stage, background, () -> app.logSession(id), () -> {
                if (forWhom[0] == null) {
                    forWhom[0] = (Label) stage.getScene().lookup("#forWhomName");
                }
                Label name = forWhom[0];
                return name != null && shown(name) && !name.getText().isEmpty();
            }));
            window("quick", from);
            int n = i;
            // Looked up once: walking the whole scene at every pulse would be the bench's cost, not the app's.
            Node wentWell = lookupOnFx(stage, "#wentWell");
            Node save = lookupOnFx(stage, "#save");
            if (TYPED_APART) {
                // The coach types, then clicks: the typing's layout and paint are done before the click is timed.
                measure(stage, background, () -> ((TextArea) wentWell).setText("Bench: ging goed " + n), () -> true);
                measure(stage, background, () -> { }, () -> true);
            }
            from = System.currentTimeMillis();
            java.util.Map<String, Long> threads0 = THREADS ? ThreadCpu.snapshot() : null;
            int pulses0 = PULSES.get();
            int jobs0 = INTERACTIVE_JOBS.get();
            int bulk0 = BULK_JOBS.get();
            tracing = true;
            lapStart();
            saves.add(measure(stage, background, () -> {
                if (!TYPED_APART) {
                    ((TextArea) wentWell).setText("Bench: ging goed " + n);
                }
                ((Button) save).fire();
            }, () -> wentWell.getScene() == null || !shown(wentWell)));
            tracing = false;
            savePulses += PULSES.get() - pulses0;
            saveJobs[0] += INTERACTIVE_JOBS.get() - jobs0;
            saveJobs[1] += BULK_JOBS.get() - bulk0;
            if (THREADS) {
                saveThreads.add(threads0, ThreadCpu.snapshot());
            }
            window("save", from);
            writes.add(timed(() -> floor.sessions().save(new CoachingSession(UUID.randomUUID(), id, null, null,
                    LocalDateTime.now().minusHours(1), 30, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                    Set.of(), "Bench: vloer " + n, null, null, 0, null))));
        }
        report("'Sessie vastleggen' opens (candidate picked, placements read)", quick, null, "-");
        // Under load the wall figure is mostly waiting for a core; the process's CPU per opening is steadier.
        System.out.printf(Locale.ROOT, "'Sessie vastleggen' opens: first %s; CPU p95 %.1f ms%n", text(quick.get(0)),
                pct(quick, 0.95, false));
        if (System.getProperty("bench.saveShot") != null) {
            // -Dbench.saveShot=FILE.png: the candidate's page after its last save, and FILE-list.png the list
            // after the last save over it, to look at what a save leaves on screen.
            PaintedLap.shot(stage, Path.of(System.getProperty("bench.saveShot")));
        }
        // The first save apart: while the day's integrity check of the file still runs (due at the day's first
        // open, and at every open of this bench: its own connection leaves the file's companions behind), a write
        // waits for its verdict, at 150,000 on two slow cores 10-13 s (IntegrityWatch). Inside the p95 of twenty it
        // was the one lap the p95 leaves out.
        System.out.printf(Locale.ROOT, "save, the first after the unlock (waits for the day's integrity check while it"
                + " runs): %s%n", text(saves.get(0)));
        report("save -> list row and candidate page read again, after the first", saves.subList(1, saves.size()),
                writes.subList(1, writes.size()), "the session write alone");
        saveCounts("save", saves.size(), savePulses, saveJobs, saveThreads, stage);
        printJobs("save", saves.size());
        saveOverTheList(stage, background, app, heavy, floor);
    }

    /**
     * A save with the list on screen: "Sessie vastleggen" opened over the caseload list, saved, until the saved
     * candidate's row is read and put in again, the table told, and laid out (the list behind a candidate's page
     * is told only when it shows again, see CaseloadViewModel.onScreen).
     */
    private static void saveOverTheList(Stage stage, Background background, MainWindow app, List<UUID> heavy,
                                             CaseloadStore floor) throws Exception {
        mark("save-list");
        List<Lap> saves = new ArrayList<>();
        List<Lap> writes = new ArrayList<>();
        ThreadCpu threads = new ThreadCpu();
        int pulses = 0;
        int[] jobs = new int[2];
        Node name = lookupOnFx(stage, "#forWhomName");
        Node wentWell = lookupOnFx(stage, "#wentWell");
        Node save = lookupOnFx(stage, "#save");
        for (int i = 0; i < Math.min(RUNS, heavy.size()) * SAVE_ROUNDS; i++) {
            UUID id = heavy.get(i % Math.min(RUNS, heavy.size()));
            fx(app::showCaseload);
            measure(stage, background, () -> app.logSession(id),
                    () -> shown(name) && !((Label) name).getText().isEmpty());
            int n = i;
            if (TYPED_APART) {
                // The coach types, then clicks: the typing's layout and paint are done before the click is timed.
                measure(stage, background, () -> ((TextArea) wentWell).setText("Bench: over de lijst " + n),
                        () -> true);
                measure(stage, background, () -> { }, () -> true);
            }
            long from = System.currentTimeMillis();
            java.util.Map<String, Long> threads0 = THREADS ? ThreadCpu.snapshot() : null;
            int pulses0 = PULSES.get();
            int jobs0 = INTERACTIVE_JOBS.get();
            int bulk0 = BULK_JOBS.get();
            tracing = true;
            lapStart();
            saves.add(measure(stage, background, () -> {
                if (!TYPED_APART) {
                    ((TextArea) wentWell).setText("Bench: over de lijst " + n);
                }
                ((Button) save).fire();
            }, () -> wentWell.getScene() == null || !shown(wentWell)));
            tracing = false;
            pulses += PULSES.get() - pulses0;
            jobs[0] += INTERACTIVE_JOBS.get() - jobs0;
            jobs[1] += BULK_JOBS.get() - bulk0;
            if (THREADS) {
                threads.add(threads0, ThreadCpu.snapshot());
            }
            window("save-list", from);
            writes.add(timed(() -> floor.sessions().save(new CoachingSession(UUID.randomUUID(), id, null, null,
                    LocalDateTime.now().minusHours(1), 30, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                    Set.of(), "Bench: vloer lijst " + n, null, null, 0, null))));
        }
        if (System.getProperty("bench.saveShot") != null) {
            PaintedLap.shot(stage, Path.of(System.getProperty("bench.saveShot").replaceFirst("\\.png$", "")
                    + "-list.png"));
        }
        report("save over the list -> its row put in again and the list laid out", saves, writes,
                "the session write alone");
        saveCounts("save over the list", saves.size(), pulses, jobs, threads, stage);
        printJobs("save over the list", saves.size());
    }

    /**
     * Counts beside a save's times, steadier than wall time on a loaded machine: pulses per save (the bench asks
     * for one per frame while it waits, and every pulse walks the bounds of every node in the scene, shown or
     * not), the scene's nodes, and with -Dbench.threads the CPU per save by thread.
     */
    private static void saveCounts(String what, int laps, int pulses, int[] jobs, ThreadCpu threads, Stage stage)
            throws Exception {
        int[] nodes = new int[1];
        fx(() -> nodes[0] = countNodes(stage.getScene().getRoot()));
        double per = Math.max(1, laps);
        System.out.printf(Locale.ROOT, "%s: %.1f pulses per save, %,d nodes in the scene; jobs per save %.1f on the"
                + " interactive lane (the write included), %.1f on the bulk lane%n", what, pulses / per, nodes[0],
                jobs[0] / per, jobs[1] / per);
        if (THREADS) {
            System.out.println(what + ", CPU per save by thread: " + threads.perLap());
        }
    }

    private static int countNodes(Node node) {
        int n = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                n += countNodes(child);
            }
        }
        return n;
    }

    /**
     * Back and forth between the list and the two candidates opened last, in turn: each opening finds its page kept
     * in the scene (ShellController.KEPT), where "open candidate again" above finds its page let go (the workspace
     * keeps no page the scene dropped, unless it holds input) and fills a fresh one. With the walk over hidden pages
     * this is what a smaller KEPT would save or cost.
     */
    private static void openKept(Stage stage, Background background, MainWindow app, List<UUID> heavy,
                                 List<Lap> floors) throws Exception {
        mark("open-kept");
        List<Lap> kept = new ArrayList<>();
        ThreadCpu keptThreads = new ThreadCpu();
        for (int i = 0; i < Math.min(RUNS, heavy.size()) + 2; i++) {
            UUID id = heavy.get(i % 2);
            fx(app::showCaseload);
            if (PAINTED) {
                PaintedLap.settle();
            }
            java.util.Map<String, Long> threads0 = THREADS ? ThreadCpu.snapshot() : null;
            long from = System.currentTimeMillis();
            Lap lap = PAINTED
                    ? PaintedLap.measure(stage, background, () -> app.openCandidate(id), () -> candidatePainted(stage))
                    : measure(stage, background, () -> app.openCandidate(id), () -> candidatePainted(stage));
            window("open-kept", from);
            // The first two make sure both pages are in the scene; not counted.
            if (i >= 2) {
                kept.add(lap);
                if (THREADS) {
                    keptThreads.add(threads0, ThreadCpu.snapshot());
                }
            }
        }
        if (THREADS) {
            System.out.println("open a kept candidate, CPU per lap by thread: " + keptThreads.perLap());
        }
        if (PAINTED) {
            System.out.println("open a kept candidate: " + PaintedLap.counts());
        }
        report("open a kept candidate (one of the two opened last, page in the scene, file read again)", kept, floors,
                "its SQL + decrypt");
    }

    /**
     * The week view: "Deze week" for the coach working here (everyone when unknown, as in this bench), six times
     * from the caseload list, beside WeekAgenda.load for everyone on this thread, each timed to its lists painted and
     * on to the count line filled. {@code -Dbench.weekShot=FILE.png} saves the window after the last,
     * {@code -Dbench.weekListsShot=FILE.png} the last as soon as its lists were painted.
     */
    private static void weekView(Stage stage, Background background, MainWindow app, CaseloadStore floor)
            throws Exception {
        mark("week");
        List<Lap> agenda = new ArrayList<>();
        List<Lap> agendaLists = new ArrayList<>();
        List<Lap> agendaFloor = new ArrayList<>();
        int weekRuns = Integer.getInteger("bench.weekRuns", 6);
        String listsShot = System.getProperty("bench.weekListsShot");
        for (int i = 0; i < weekRuns; i++) {
            fx(app::showCaseload);
            // To the lists painted, then on until the older overdue items are counted too (weekall2).
            AgendaListsLap.Laps laps = AgendaListsLap.of(stage, background, app::showAgenda,
                    i == weekRuns - 1 && listsShot != null ? Path.of(listsShot) : null);
            agendaLists.add(laps.lists());
            agenda.add(laps.done());
            agendaFloor.add(timed(() -> new WeekAgenda(Clock.systemDefaultZone()).load(floor, null)));
        }
        System.out.printf(Locale.ROOT, "week view, first: lists painted %s; all done %s%n", text(agendaLists.get(0)),
                text(agenda.get(0)));
        if (agenda.size() > 1) {
            report("week view (later), lists painted", agendaLists.subList(1, agendaLists.size()),
                    agendaFloor.subList(1, agendaFloor.size()),
                    "WeekAgenda.load, everyone (set-based reads + names shown)");
            report("week view (later), count line too", agenda.subList(1, agenda.size()),
                    agendaFloor.subList(1, agendaFloor.size()),
                    "WeekAgenda.load, everyone (set-based reads + names shown)");
        }
        if (System.getProperty("bench.weekShot") != null) {
            PaintedLap.shot(stage, Path.of(System.getProperty("bench.weekShot")));
        }
    }

    private static void openOnlyEnd(ExecutorService interactive, ExecutorService bulk) throws Exception {
        mark("end");
        System.out.printf(Locale.ROOT, "load average at end %.1f%n", OS.getSystemLoadAverage());
        interactive.shutdown();
        bulk.shutdown();
        interactive.awaitTermination(5, TimeUnit.SECONDS);
    }

    /**
     * -Dbench.jobTrace=true: in the save laps, each job's starter (our frames on the FX thread's stack) and the
     * worker CPU it used, summed by starter and printed after each save row: which reads run per save and what each
     * costs (save, issue 13).
     */
    private static volatile boolean tracing;
    private static final java.util.Map<String, long[]> JOB_CPU = new java.util.concurrent.ConcurrentHashMap<>();

    private static Runnable traceJob(String lane, Runnable job) {
        if (!tracing || !Boolean.getBoolean("bench.jobTrace")) {
            return job;
        }
        StringBuilder who = new StringBuilder(lane + ":");
        int kept = 0;
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            String c = e.getClassName();
            if (kept < 3 && c.startsWith("nl.werkmap.ui") && !c.contains("Background")) {
                who.append(' ').append(c.substring(c.lastIndexOf('.') + 1)).append('.').append(e.getMethodName());
                kept++;
            }
        }
        String key = who.toString();
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return () -> {
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            try {
                job.run();
            } finally {
                long[] sum = JOB_CPU.computeIfAbsent(key, k -> new long[4]);
                long wall = System.nanoTime() - wall0;
                synchronized (sum) {
                    sum[0]++;
                    sum[1] += mx.getCurrentThreadCpuTime() - cpu0;
                    sum[2] += wall;
                    sum[3] = Math.max(sum[3], wall);
                }
            }
        };
    }

    /** Prints and clears the jobs traced: count per save and worker CPU per job, by starter. */
    private static void printJobs(String what, int laps) {
        if (!Boolean.getBoolean("bench.jobTrace")) {
            return;
        }
        JOB_CPU.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).forEach(e ->
                System.out.printf(Locale.ROOT, "%s job %s: %.1f per lap, %.2f ms worker CPU, %.2f ms wall each"
                        + " (longest %.1f ms)%n", what, e.getKey(), e.getValue()[0] / (double) laps,
                        e.getValue()[1] / 1e6 / Math.max(1, e.getValue()[0]),
                        e.getValue()[2] / 1e6 / Math.max(1, e.getValue()[0]), e.getValue()[3] / 1e6));
        JOB_CPU.clear();
    }

    /** With -Dbench.marks: a line where a save lap starts, to find its pulses in the pulse logger's output. */
    private static void lapStart() {
        if (Boolean.getBoolean("bench.marks")) {
            System.out.println("lap starts");
        }
    }

    /** With -Dbench.marks: the wall clock at each phase's start, to cut a flight recording by phase. */
    private static void mark(String phase) {
        if (Boolean.getBoolean("bench.marks")) {
            System.out.printf(Locale.ROOT, "mark %s %d (JVM started %d)%n", phase, System.currentTimeMillis(),
                    ManagementFactory.getRuntimeMXBean().getStartTime());
        }
    }

    /**
     * With -Dbench.marks: one timed action's wall-clock window ("window save FROM TO"), so a flight recording's
     * samples can be cut to the measured laps alone, without the bench's own steps between them.
     */
    private static void window(String what, long from) {
        if (Boolean.getBoolean("bench.marks")) {
            System.out.printf(Locale.ROOT, "window %s %d %d%n", what, from, System.currentTimeMillis());
        }
    }

    /**
     * Waits until the FX thread has nothing queued: three tasks in a row ran within 3 ms of being posted (work the
     * app queues in steps, such as the next candidate's screen styled in slices, keeps it busy until then).
     */
    static void fxQuiet() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int quick = 0;
        while (quick < 3) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the FX thread was not quiet for 10 s");
            }
            // Posted and awaited directly: TestFX's own wait polls, and its polling alone takes longer than 3 ms.
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
            long posted = System.nanoTime();
            Platform.runLater(ran::countDown);
            ran.await();
            quick = System.nanoTime() - posted < TimeUnit.MILLISECONDS.toNanos(3) ? quick + 1 : 0;
        }
    }

    /** Runs on the FX thread and waits for it. */
    static void fx(Runnable work) throws Exception {
        FxToolkit.setupFixture(work);
    }

    /**
     * The demo's busiest candidates have about 50 sessions at 5,000; a coach's long trajectory has over 100. The
     * candidates opened get sessions with sealed notes up to {@link #SESSIONS_EACH}, as StoreBench's heavy ones.
     */
    private static void topUp(CaseloadStore store, List<UUID> ids, List<Integer> counts) {
        List<CoachingSession> more = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int n = counts.get(i); n < SESSIONS_EACH; n++) {
                more.add(new CoachingSession(UUID.randomUUID(), ids.get(i), null, null,
                        LocalDateTime.now().minusDays(3L * n + 2).withHour(10).withMinute(0), 45,
                        SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                        "Werkte zelfstandig aan de orderpicking, vroeg twee keer om uitleg. " + n,
                        "Moe na de middagpauze.", "Volgende week samen het rooster bekijken.", 0, null));
            }
            counts.set(i, Math.max(counts.get(i), SESSIONS_EACH));
        }
        if (!more.isEmpty()) {
            store.sessions().saveAll(more);
        }
    }

    static Node lookupOnFx(Stage stage, String id) throws Exception {
        Node[] found = new Node[1];
        fx(() -> found[0] = stage.getScene().lookup(id));
        return found[0];
    }

    /** On screen: the node and every parent visible (closed sheets and other pages stay in the scene hidden). */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static boolean candidatePainted(Stage stage) {
        Scene scene = stage.getScene();
        Node name = scene.lookup("#candidateName");
        TabPane tabs = (TabPane) scene.lookup("#tabs");
        return name instanceof Label label && !label.getText().isEmpty() && tabs != null
                && tabs.getSelectionModel().getSelectedItem() != null
                && tabs.getSelectionModel().getSelectedItem().getContent() != null;
    }

    /**
     * Runs {@code action} on the FX thread and waits for the first pulse after which no background job runs and
     * {@code shown} holds; wall and process CPU from just before the action to that pulse.
     */
    static Lap measure(Stage stage, Background background, Runnable action, BooleanSupplier shown)
            throws Exception {
        CompletableFuture<Lap> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            forgetFiredEvents(stage);
            long cpu0 = OS.getProcessCpuTime();
            long gc0 = Figures.gcMs();
            long t0 = System.nanoTime();
            asInput(scene);
            action.run();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                PULSES.incrementAndGet();
                if (!done.isDone() && !background.busyProperty().get() && shown.getAsBoolean()) {
                    done.complete(new Lap((System.nanoTime() - t0) / 1e6, (OS.getProcessCpuTime() - cpu0) / 1e6,
                            Figures.gcMs() - gc0));
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        try {
            return done.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // What the screen showed when the lap never ended (a message in the way, a sheet left open).
            java.nio.file.Path shot = Files.createTempFile("werkmap-bench-timeout", ".png");
            PaintedLap.shot(stage, shot);
            System.out.printf(Locale.ROOT, "lap never ended (background busy %s); the screen: %s%n",
                    background.busyProperty().get(), shot);
            throw e;
        }
    }

    /**
     * TestFX keeps every event its registered stage sees (its toolkit context's fired events), and each event its
     * target: over a run they kept every candidate page a lap touched alive, some 6 MB each, so the bench's heap grew
     * in a way the app's does not. Registering the stage again starts an empty list, so the list holds one lap's
     * events. Called on the FX thread before a lap's clock starts.
     */
    static void forgetFiredEvents(Stage stage) {
        FxToolkit.toolkitContext().setRegisteredStage(stage);
    }

    /**
     * Each timed action stands for the coach's click or key, so it reaches the window as input first: a key let go
     * (Shift, which no screen acts on), seen by the window's event filters as a real key is. The app holds its
     * background work back while the coach gives input (InputQuiet: the day's integrity check at 150,000); without
     * this the bench measured every screen beside work the app holds back for a coach. {@code -Dbench.asInput=false}
     * leaves it out.
     */
    static void asInput(Scene scene) {
        if (AS_INPUT) {
            javafx.event.Event.fireEvent(scene.getRoot(), new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_RELEASED, "", "", javafx.scene.input.KeyCode.SHIFT, false, false,
                    false, false));
        }
    }

    /** The floor: the same work straight on the store, on this thread. */
    static Lap timed(Runnable work) {
        long cpu0 = OS.getProcessCpuTime();
        long gc0 = Figures.gcMs();
        long t0 = System.nanoTime();
        work.run();
        return new Lap((System.nanoTime() - t0) / 1e6, (OS.getProcessCpuTime() - cpu0) / 1e6,
                Figures.gcMs() - gc0);
    }

    /** Per lap the longest wait of the FX thread's queue ({@link FxWaitProbe}): p50, p95, the longest, each lap. */
    private static void reportWaits(String what, List<Double> waits) {
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, longest %.1f ms (n=%d); each lap: %s%n", what,
                percentile(waits, 0.5), percentile(waits, 0.95), percentile(waits, 1.0), waits.size(),
                waits.stream().map(w -> String.format(Locale.ROOT, "%.0f", w))
                        .collect(java.util.stream.Collectors.joining(" | ")));
    }

    static String text(Lap lap) {
        return String.format(Locale.ROOT, "%.1f ms wall, %.1f ms CPU", lap.wall(), lap.cpu());
    }

    static void report(String what, List<Lap> laps, List<Lap> floor, String floorName) {
        if (Boolean.getBoolean("bench.laps")) {
            // -Dbench.laps=true: every lap's wall time in order, to see whether a slow one is early (the JIT) or not,
            // and the collectors' time that fell in it ("107 gc 60"): a lap that held a pause is not the screen's own.
            System.out.println(what + ", each lap: " + laps.stream().map(l -> String.format(Locale.ROOT, "%.0f",
                    l.wall()) + (l.gc() > 0 ? String.format(Locale.ROOT, " gc %.0f", l.gc()) : ""))
                    .collect(java.util.stream.Collectors.joining(" | ")));
            List<Lap> calm = laps.stream().filter(l -> l.gc() == 0).toList();
            if (!calm.isEmpty() && calm.size() < laps.size()) {
                System.out.printf(Locale.ROOT, "%s: %d of %d laps held a collection (%.0f ms of pauses in all); the"
                        + " other %d: p50 %.1f ms, p95 %.1f ms wall%n", what, laps.size() - calm.size(), laps.size(),
                        laps.stream().mapToDouble(Lap::gc).sum(), calm.size(), pct(calm, 0.5, true),
                        pct(calm, 0.95, true));
            }
        }
        double p50 = pct(laps, 0.5, true);
        double p95 = pct(laps, 0.95, true);
        double cpu50 = pct(laps, 0.5, false);
        if (floor == null) {
            System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms wall; CPU p50 %.1f ms (n=%d)%n", what, p50,
                    p95, cpu50, laps.size());
            return;
        }
        double f50 = pct(floor, 0.5, true);
        double f95 = pct(floor, 0.95, true);
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms wall; CPU p50 %.1f ms (n=%d) | floor (%s):"
                + " p50 %.1f ms, p95 %.1f ms wall, CPU p50 %.1f ms | ratio p95 %.1fx%n", what, p50, p95, cpu50,
                laps.size(), floorName, f50, f95, pct(floor, 0.5, false), p95 / Math.max(f95, 0.001));
    }

    static double pct(List<Lap> laps, double q, boolean wall) {
        List<Double> values = new ArrayList<>();
        for (Lap l : laps) {
            values.add(wall ? l.wall() : l.cpu());
        }
        return percentile(values, q);
    }

    /** The {@code q} quantile of {@code values} (nearest rank, as every figure of this bench). */
    static double percentile(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
