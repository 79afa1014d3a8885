package nl.werkmap.bench.sync;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.bench.jvm.InstalledJavaOptions;
import nl.werkmap.bench.jvm.JvmThreadsCpu;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.hub.Hub;
import nl.werkmap.hub.http.HubServer;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.sync.SyncEngine;
import nl.werkmap.sync.SyncReport;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.sync.outbox.Backoff;

/**
 * First sync of a real team to a new team-lead laptop, device apply included: a coach's laptop holds a demo
 * region's candidates ({@code N}, default 5,000) with their placements, employers, sessions and plans, written as a
 * coach writes them (with change-log entries) and sent to a hub on loopback HTTP; then a new team-lead laptop,
 * enrolled in the same team, runs sync rounds until nothing more comes: the hub's query and sealing, the transfer,
 * the device's decrypt and verify, and the apply into its own sealed caseload. The floor, in the same run: the same
 * rows (as the coach's file holds them) bulk-inserted into a new SQLite file with {@code INSERT ... SELECT}.
 * Wall and whole-process CPU (all threads; the hub runs in this process too, so its work counts).
 *
 * <p>With {@code DIR} given, the team (hub file, coach's file, keyring) is made there once and kept: a rerun with
 * the same {@code N} only enrols a new team-lead laptop and measures its first sync (a different N starts DIR over).
 *
 * <p>{@code -Dbench.hub=process} (on a team kept in DIR): the hub as the municipality runs it, its own long-running
 * JVM started through the real {@code hub serve} command, optionally warmed by {@code -Dbench.hubWarm=N} first syncs
 * of other new team-lead laptops (each its own JVM, not timed); the new laptop measured is a fresh JVM this bench
 * starts with the installed app's JVM options (installer/runtime/java-options.args, then {@code -Dbench.jvm}; the
 * warm-up laptops get the installed options alone). Printed per process: the laptop JVM's wall and CPU, the hub
 * JVM's CPU over the same rounds and the sum.
 *
 * <p>{@code -Dbench.hub=replay} (on a team kept in DIR; {@link ReplayMode}): the laptop alone against a hub that
 * costs it nothing, as in the field where the hub has its own machine: the real hub's answers to a new team-lead
 * laptop's first sync recorded once through a proxy, with the laptop's files right after enrolment; then each run a
 * fresh laptop JVM (started as in process mode) on a copy of those files against a loopback server answering from
 * memory, checked to be the same sync (every request the recorded one, the same caseload).
 *
 * <pre>mvn -o -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.werkmap.bench.sync.TeamSyncBench -Dexec.args="5000 DIR"</pre>
 */
public final class TeamSyncBench {

    static final String PASSPHRASE = "bench wachtwoord voor de hub";
    private static final List<String> TABLES = List.of("candidate", "employer", "placement", "coaching_session",
            "plan_goal", "plan_action");
    static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private TeamSyncBench() {
    }

    public static void main(String[] args) throws Exception {
        if ("replay".equals(System.getProperty("bench.hub"))) {
            // The hub's answers recorded once, then replayed from memory to a fresh laptop JVM (ReplayMode).
            if (Boolean.getBoolean(LAPTOP_JVM)) {
                ReplayMode.laptop(args);
            } else {
                ReplayMode.run(args);
            }
            return;
        }
        if ("process".equals(System.getProperty("bench.hub")) && !Boolean.getBoolean(LAPTOP_JVM)) {
            // The measured laptop is a fresh JVM with the installed app's options; this one only waits for it.
            int exit = runAsInstalledLaptop(args);
            if (exit != 0) {
                throw new IllegalStateException("the laptop JVM failed (exit " + exit + "), its output is above");
            }
            return;
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("werkmap-team-sync");
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f at start%n",
                Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());
        // The team (the coach's laptop and the hub holding everything it sent) is made once per DIR and size and
        // kept: making it takes far longer than the sync measured. Each run enrols a new team-lead laptop.
        Path marker = dir.resolve("prepared-" + size);
        Path keyring = dir.resolve("keyring.json");
        Path coachFile = dir.resolve("coach.db");
        boolean prepared = Files.exists(marker);
        boolean hubProcess = "process".equals(System.getProperty("bench.hub"));
        if (hubProcess && !prepared) {
            throw new IllegalStateException("-Dbench.hub=process syncs a team made and kept in DIR: run once without"
                    + " it first");
        }
        if (!prepared) {
            // Only this bench's own files: a half-made team of an earlier run, or one of another size.
            try (var old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    String name = p.getFileName().toString();
                    if (name.startsWith("prepared-") || name.equals("keyring.json")
                            || name.matches("(hub|coach|demo)\\.db(-wal|-shm|-journal)?")) {
                        Files.delete(p);
                    }
                }
            }
        }
        Vault vault = prepared ? TestVaults.unlock(keyring, TestVaults.PASSPHRASE.toCharArray())
                : TestVaults.create(keyring, TestVaults.PASSPHRASE.toCharArray());
        FieldSealer sealer = vault.sealer();
        Clock clock = Clock.systemUTC();
        Path leadFile = dir.resolve("lead-" + UUID.randomUUID() + ".db");
        Path floorFile = dir.resolve("floor-" + UUID.randomUUID() + ".db");
        if (hubProcess) {
            try {
                System.out.println("team: kept from an earlier run in " + dir + " (" + Files.readString(marker)
                        .strip() + ")");
                runWithHubProcess(dir, sealer, clock, leadFile, floorFile, coachFile);
            } finally {
                vault.lock();
                deleteFiles(leadFile, floorFile);
            }
            return;
        }
        try (Hub hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null),
                "gemeente-bench", clock, PASSPHRASE.toCharArray());
             HubServer server = HubServer.start(hub, clock, "127.0.0.1", 0, Optional.empty())) {
            String url = server.baseUrl();
            if (prepared) {
                System.out.println("team: kept from an earlier run in " + dir + " (" + Files.readString(marker).strip()
                        + ")");
            } else {
                String made = prepare(hub, url, sealer, clock, size, dir, coachFile);
                Files.writeString(marker, made + "\n");
            }
            try (CaseloadStore lead = CaseloadStore.open(leadFile, sealer, clock)) {
                String leadDevice = Enroller.enroll(lead, sealer, new HubClient(url), url,
                        hub.issueEnrollmentCode("Lead", HubRole.TEAMLEIDER, "noord", Duration.ofHours(1)), "lead")
                        .deviceId();
                SyncEngine leadEngine = engine(lead, sealer, clock);
                Timed timed = timeRounds(lead, leadEngine, leadFile);
                try {
                    hubStages(hub, leadDevice);
                } catch (NoSuchMethodError older) {
                    System.out.println("hub alone: not measured (a build from before Hub.feed)");
                }

                double[] floor = floor(coachFile, floorFile);
                double floorWall = floor[0];
                double floorCpu = floor[1];
                System.out.printf(Locale.ROOT, "first sync to a new team-lead laptop (hub query + seal + HTTP +"
                        + " device decrypt/verify + apply): %,d changes in %d bundles, %,d candidates and %,d"
                        + " change-log entries on the lead's laptop; %.0f ms wall, %.0f ms CPU (all threads) | floor"
                        + " (same rows bulk-inserted, INSERT ... SELECT into a new file): %.0f ms wall, %.0f ms CPU |"
                        + " ratio %.1fx wall | load %.1f%n", timed.changes(), timed.bundles(), timed.candidates(),
                        timed.logged(), timed.wall(), timed.cpu(), floorWall, floorCpu, timed.wall() / floorWall,
                        OS.getSystemLoadAverage());
            }
        } finally {
            vault.lock();
            deleteFiles(leadFile, floorFile);
        }
    }

    /** Set in the laptop JVM {@link #runAsInstalledLaptop} starts. */
    static final String LAPTOP_JVM = "bench.laptopJvm";

    /**
     * {@code -Dbench.hub=process}: this bench again in a fresh JVM with the installed app's options
     * ({@link InstalledJavaOptions}: installer/runtime/java-options.args, then {@code -Dbench.jvm}) and this JVM's
     * {@code bench.*} and {@code werkmap.*} properties, output passed through; that JVM is the laptop measured.
     */
    private static int runAsInstalledLaptop(String[] args) throws java.io.IOException, InterruptedException {
        List<String> options = new ArrayList<>(InstalledJavaOptions.withBenchJvm());
        System.getProperties().stringPropertyNames().stream().sorted()
                .filter(name -> (name.startsWith("bench.") || name.startsWith("werkmap.")) && !name.equals("bench.jvm"))
                .forEach(name -> options.add("-D" + name + "=" + System.getProperty(name)));
        options.add("-D" + LAPTOP_JVM + "=true");
        return HubProcess.runFresh(options, TeamSyncBench.class.getName(), args);
    }

    private static void deleteFiles(Path... files) throws java.io.IOException {
        for (Path file : files) {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
    }

    /** What the timed rounds of a new laptop's first sync came to (in this JVM). */
    record Timed(double wall, double cpu, int changes, int bundles, int candidates, int logged,
                         Map<String, Double> stages) {
    }

    /**
     * The new team-lead laptop's sync rounds, timed in this JVM, until one brings no changes: prints the device
     * stages of the first round, the CPU and allocation per stage of all rounds and the rounds line.
     */
    static Timed timeRounds(CaseloadStore lead, SyncEngine leadEngine, Path leadFile) {
        // The device stages: CPU per thread group (the writer thread ends with each round).
        ThreadCpuWatch threads = new ThreadCpuWatch(TeamSyncBench::stage);
        RunQueueWatch waits = new RunQueueWatch(RunQueueWatch::syncGroup);
        JvmThreadsCpu jvmThreads = new JvmThreadsCpu();
        long writes0 = lead.writeStamp();
        long cpu0 = OS.getProcessCpuTime();
        long w0 = System.nanoTime();
        DeviceStages stages = DeviceStages.watch(leadFile, w0);
        int bundles = 0;
        int changes = 0;
        int rounds = 0;
        double firstWall = 0;
        double firstCpu = 0;
        // Until a round brings no changes: the hub always answers with at least one bundle (it carries
        // its current key), so counting bundles never ended and ran 50 rounds.
        for (int round = 0; round < 50; round++) {
            SyncReport down = leadEngine.syncOnce(true);
            if (!down.ok()) {
                throw new IllegalStateException(down.error());
            }
            rounds++;
            bundles += down.bundlesReceived();
            changes += down.changesReceived();
            if (round == 0) {
                firstWall = (System.nanoTime() - w0) / 1e6;
                firstCpu = (OS.getProcessCpuTime() - cpu0) / 1e6;
                stages.print(firstCpu);
            }
            if (down.changesReceived() == 0) {
                break;
            }
        }
        double wall = (System.nanoTime() - w0) / 1e6;
        double cpu = (OS.getProcessCpuTime() - cpu0) / 1e6;
        Map<String, Double> perStage = threads.stop();
        System.out.println("CPU per stage (all rounds): " + ThreadCpuWatch.format(perStage));
        System.out.println("the JVM's own threads (all rounds, /proc): " + jvmThreads.format());
        System.out.println("waited for a core (all rounds; runnable while another thread, of any process, had it;"
                + " /proc schedstat): " + RunQueueWatch.format(waits.stop()));
        System.out.println("allocated per stage, MB: " + ThreadCpuWatch.format(threads.allocatedMb())
                .replace(" ms", ""));
        int leadCandidates = lead.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.CANDIDATE));
        int logged = lead.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.CHANGE_LOG));
        System.out.printf(Locale.ROOT, "rounds: %d (the last one to see that nothing more comes); the first"
                + " round alone %.0f ms wall, %.0f ms CPU; write transactions on the lead's laptop: %d (runs"
                + " of bundles share one: -Dwerkmap.sync.bundlesPerTransaction)%n", rounds, firstWall,
                firstCpu, lead.writeStamp() - writes0);
        return new Timed(wall, cpu, changes, bundles, leadCandidates, logged, perStage);
    }

    /** The floor: the same rows bulk-inserted into a new SQLite file; wall and CPU of this process, in ms. */
    static double[] floor(Path coachFile, Path floorFile) throws Exception {
        long fc0 = OS.getProcessCpuTime();
        long f0 = System.nanoTime();
        BulkCopyFloor.copy(coachFile, floorFile, TABLES);
        return new double[] {(System.nanoTime() - f0) / 1e6, (OS.getProcessCpuTime() - fc0) / 1e6};
    }

    /**
     * {@code -Dbench.hub=process}: the hub as the municipality runs it, a long-running server in its own JVM
     * started through the real command ({@link HubProcess}); optionally warmed by {@code -Dbench.hubWarm=N} first
     * syncs of other new team-lead laptops (each a JVM of its own, not timed); then this JVM, which has run no
     * sync code yet, is the new laptop and its first sync is timed as in the default mode. Printed per process:
     * this laptop JVM's wall and CPU (its JVM share: GC, JIT), the hub JVM's CPU over the same rounds, and the sum.
     */
    private static void runWithHubProcess(Path dir, FieldSealer sealer, Clock clock, Path leadFile, Path floorFile,
                                          Path coachFile) throws Exception {
        int warm = Integer.getInteger("bench.hubWarm", 0);
        List<String> codes = new ArrayList<>();
        // All for the coach "Lead", as in the default mode: the hub keeps one coach per name, so the measured laptop
        // gets the same rows in every picture (another name would add that coach's record to the team's feed).
        for (int i = 0; i <= warm; i++) {
            codes.add(HubProcess.enrollmentCode(dir, PASSPHRASE, "Lead"));
        }
        System.out.println("hub: its own JVM, `werkmap hub serve --data " + dir + " --port 0` with "
                + String.join(" ", HubProcess.hubJavaOptions()) + "; " + codes.size() + " enrolment codes from"
                + " `hub enroll-code`");
        try (HubProcess hub = HubProcess.serve(dir, PASSPHRASE)) {
            String url = hub.url();
            System.out.printf(Locale.ROOT, "hub started: %.0f ms CPU (pid %d)%n", hub.cpuMs(), hub.pid());
            for (int i = 1; i <= warm; i++) {
                double h0 = hub.cpuMs();
                long w0 = System.nanoTime();
                int exit = HubProcess.runFresh(InstalledJavaOptions.installed(), WarmUpLaptop.class.getName(), url,
                        codes.get(i));
                if (exit != 0) {
                    throw new IllegalStateException("warm-up laptop " + i + " failed (exit " + exit + ")");
                }
                System.out.printf(Locale.ROOT, "warm-up %d of %d (not timed): %.0f ms wall, hub JVM %.0f ms CPU%n", i,
                        warm, (System.nanoTime() - w0) / 1e6, hub.cpuMs() - h0);
            }
            System.out.println("laptop JVM options (installer/runtime/java-options.args, then -Dbench.jvm): "
                    + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
            try (CaseloadStore lead = CaseloadStore.open(leadFile, sealer, clock)) {
                Enroller.enroll(lead, sealer, new HubClient(url), url, codes.get(0), "lead");
                SyncEngine leadEngine = engine(lead, sealer, clock);
                double hub0 = hub.cpuMs();
                Timed timed = timeRounds(lead, leadEngine, leadFile);
                double hubCpu = hub.cpuMs() - hub0;
                System.out.println("hub alone: not measured here (the hub is another process; HubFeedBench measures"
                        + " it)");
                double[] floor = floor(coachFile, floorFile);
                String picture = warm == 0 ? "cold (just started)" : "warmed by " + warm + " earlier first sync"
                        + (warm == 1 ? "" : "s");
                System.out.printf(Locale.ROOT, "first sync to a new team-lead laptop, hub in its own JVM, %s: %,d"
                        + " changes in %d bundles, %,d candidates and %,d change-log entries on the lead's laptop;"
                        + " laptop JVM %.0f ms wall, %.0f ms CPU (all threads; JVM (GC, JIT) and the rest %.0f ms)"
                        + " + hub JVM %.0f ms CPU over the same rounds = %.0f ms CPU | floor (same rows"
                        + " bulk-inserted, INSERT ... SELECT into a new file): %.0f ms wall, %.0f ms CPU | ratio"
                        + " %.1fx wall | load %.1f%n", picture, timed.changes(), timed.bundles(), timed.candidates(),
                        timed.logged(), timed.wall(), timed.cpu(),
                        timed.stages().getOrDefault("JVM (GC, JIT) and the rest", 0.0), hubCpu,
                        timed.cpu() + hubCpu, floor[0], floor[1], timed.wall() / floor[0],
                        OS.getSystemLoadAverage());
            }
        }
    }

    /**
     * The hub's half alone, after the sync (so on a warm page cache), for the lead's first fetch again: reading the
     * feed (query, opening the values) and sealing its bundles. Since the hub reads a first fetch in pages while it
     * seals (FirstFeed), the two are one stream: printed are the time until the first bundle is sealed (what the
     * device waits for before it can start) and until the last. CPU of this thread.
     */
    private static void hubStages(Hub hub, String deviceId) {
        var threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        // In the form the lead's laptop asked for over HTTP (its token says it reads the newest).
        var feed = hub.feed(deviceId, 0, nl.werkmap.sync.protocol.BundleEnvelope.NEWEST_FORM);
        int[] count = {0};
        long[] bytes = {0};
        long[] first = {0, 0};
        feed.sealEach(jwe -> {
            if (count[0]++ == 0) {
                first[0] = System.nanoTime();
                first[1] = threads.getCurrentThreadCpuTime();
            }
            bytes[0] += jwe.length();
        });
        long c2 = threads.getCurrentThreadCpuTime();
        long w2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "hub alone, the same first fetch again: first bundle read and sealed %.0f ms"
                + " wall, %.0f ms CPU; all %d bundles (%.1f MB) read and sealed %.0f ms wall, %.0f ms CPU%n",
                (first[0] - w0) / 1e6, (first[1] - c0) / 1e6, count[0], bytes[0] / 1e6, (w2 - w0) / 1e6,
                (c2 - c0) / 1e6);
    }

    /**
     * The team, once: a coach's laptop with the demo region's records written as the coach writes them, enrolled
     * at the hub and synced up, so the hub holds the whole team.
     */
    private static String prepare(Hub hub, String url, FieldSealer sealer, Clock clock, int size, Path dir,
                                  Path coachFile) throws Exception {
        Path demoFile = dir.resolve("demo.db");
        try (CaseloadStore demo = CaseloadStore.open(demoFile, sealer, clock);
             CaseloadStore coach = CaseloadStore.open(coachFile, sealer, clock)) {
            var coachId = UUID.fromString(Enroller.enroll(coach, sealer, new HubClient(url), url,
                    hub.issueEnrollmentCode("Coach", HubRole.JOBCOACH, "noord", Duration.ofHours(1)), "coach")
                    .coachId());
            // The coach as the hub knows them, so the records' coach references hold on both laptops.
            coach.coaches().save(new Coach(coachId, "Coach Bench", CoachRole.JOBCOACH, "noord", 60));
            long t0 = System.nanoTime();
            DemoCaseload.generate(demo, size, 2026, LocalDate.now(), done -> { });
            int[] rows = copyAsTheCoachWrites(demo, coach, coachId);
            String made = String.format(Locale.ROOT, "%,d candidates, %,d placements, %,d sessions, %,d goals +"
                    + " actions, %,d employers", rows[0], rows[1], rows[2], rows[3], rows[4]);
            System.out.printf(Locale.ROOT, "team: %s (made in %.0f s)%n", made, (System.nanoTime() - t0) / 1e9);
            SyncEngine coachEngine = engine(coach, sealer, clock);
            long s0 = System.nanoTime();
            SyncReport up = coachEngine.syncOnce(true);
            System.out.printf(Locale.ROOT, "coach sends: %d bundles in %.1f s%s%n", up.bundlesSent(),
                    (System.nanoTime() - s0) / 1e9, up.ok() ? "" : " (" + up.error() + ")");
            if (!up.ok()) {
                throw new IllegalStateException(up.error());
            }
            return made;
        } finally {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(Path.of(demoFile + suffix));
            }
        }
    }

    /** The stage a thread's CPU counts in, by the thread's name. */
    private static String stage(String thread) {
        if (thread.equals("werkmap-sync-apply")) {
            return "device apply (writer thread: merge, SQLite)";
        }
        if (thread.equals("main")) {
            return "device read (caller thread: fetch answer, open, check, seal again)";
        }
        if (thread.startsWith("JettyServerThreadPool") || thread.startsWith("hub")) {
            return "hub (HTTP server threads)";
        }
        if (thread.startsWith("HttpClient")) {
            return "HTTP client";
        }
        return "other threads";
    }

    static SyncEngine engine(CaseloadStore store, FieldSealer sealer, Clock clock) {
        return new SyncEngine(store, sealer, clock, new Backoff(Duration.ofMillis(1), Duration.ofMillis(5),
                RandomGenerator.getDefault()), url -> new HubClient(url, null, Duration.ofMinutes(5)));
    }

    /**
     * The demo region's records put in the coach's (real, enrolled) caseload through the repositories, so each
     * write has its change-log entries as a coach's own would; every candidate and session becomes this coach's,
     * so the hub hands them to the coach's team lead.
     */
    private static int[] copyAsTheCoachWrites(CaseloadStore demo, CaseloadStore coach, UUID coachId) {
        List<Employer> employers = demo.employers().all();
        coach.employers().saveAll(employers);
        List<String> ids = demo.read(dsl -> dsl.select(nl.werkmap.store.jooq.Tables.CANDIDATE.ID)
                .from(nl.werkmap.store.jooq.Tables.CANDIDATE)
                .fetch(nl.werkmap.store.jooq.Tables.CANDIDATE.ID));
        int[] counts = new int[5];
        counts[4] = employers.size();
        for (int start = 0; start < ids.size(); start += 500) {
            List<nl.werkmap.domain.Candidate> candidates = new ArrayList<>();
            List<Placement> placements = new ArrayList<>();
            List<CoachingSession> sessions = new ArrayList<>();
            List<PlanGoal> goals = new ArrayList<>();
            List<PlanAction> actions = new ArrayList<>();
            for (String id : ids.subList(start, Math.min(ids.size(), start + 500))) {
                CandidateFile file = demo.candidateFiles().load(UUID.fromString(id)).orElseThrow();
                candidates.add(file.candidate().withCoach(coachId));
                for (PlacementFile p : file.placements()) {
                    placements.add(p.placement());
                }
                for (CoachingSession s : file.sessions()) {
                    sessions.add(new CoachingSession(s.id(), s.candidateId(), s.placementId(), coachId, s.startsAt(),
                            s.durationMinutes(), s.location(), s.type(), s.attendees(), s.wentWell(), s.concerns(),
                            s.agreements(), s.hoursAccounted(), s.place()));
                }
                goals.addAll(file.goals());
                actions.addAll(file.actions());
            }
            coach.candidates().saveAll(candidates);
            coach.placements().saveAll(placements);
            coach.sessions().saveAll(sessions);
            goals.forEach(coach.plans()::saveGoal);
            actions.forEach(coach.plans()::saveAction);
            counts[0] += candidates.size();
            counts[1] += placements.size();
            counts[2] += sessions.size();
            counts[3] += goals.size() + actions.size();
        }
        return counts;
    }

    private static Path coachFileOf(CaseloadStore store) {
        return store.read(dsl -> Path.of(dsl.fetchOne("PRAGMA database_list").get("file", String.class)));
    }
}
