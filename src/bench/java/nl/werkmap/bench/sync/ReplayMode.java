package nl.werkmap.bench.sync;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.werkmap.bench.jvm.InstalledJavaOptions;
import nl.werkmap.bench.sync.RecordedAnswers.Exchange;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.SyncEngine;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.device.Enroller;

/**
 * TeamSyncBench {@code -Dbench.hub=replay} (on a team kept in DIR): the laptop alone, against a hub that costs it
 * nothing, as in the field where the hub is the municipality's server on its own machine.
 *
 * <p>Record (once per DIR and size, or again with {@code -Dbench.replayRecord=true}): the real hub in its own JVM
 * ({@link HubProcess}, {@code hub serve}, a code from {@code hub enroll-code}); a new team-lead laptop (a JVM with the
 * installed app's options) enrols at it, its hub address being a {@link RecordingProxy} on loopback; its files are
 * kept right after enrolment (the snapshot); then it makes its first sync through the proxy, which keeps every
 * answer byte for byte with its request. The caseload it ends with is kept as {@link CaseloadFingerprint}.
 *
 * <p>Replay ({@code -Dbench.replayRuns=N} times, default 1): the snapshot restored into a fresh folder, a
 * {@link ReplayServer} on the proxy's port answering from memory, and a fresh laptop JVM started as process mode
 * starts it, timed as there. Checked after each: every request was the next recorded one and every recorded one
 * was asked for; the caseload equals the recorded run's. Printed: the laptop JVM's figures, and this JVM's CPU over
 * the laptop's run (the replay server's cost, all of this JVM's threads).
 *
 * <p>{@code -Dbench.replayWarmFirst=true}: the laptop JVM first applies the same recorded sync, untimed, to a copy of
 * its restored files (the server answers the recording twice, in full each time), then times the sync as always:
 * what the sync costs with the JVM's compilers done, beside the cold figure.
 */
final class ReplayMode {

    private static final String ROLE = "bench.replayRole";
    private static final String WORK = "bench.replayWork";
    private static final List<String> SUFFIXES = List.of("", "-wal", "-shm", "-journal");
    /** The laptop JVM's wall time of its sync, in ms, written for the bench's JVM. */
    private static final String LAPTOP_WALL = "laptop-wall-ms.txt";
    /** The same recorded sync applied first, untimed, in the laptop's JVM. */
    private static final boolean WARM_FIRST = Boolean.getBoolean("bench.replayWarmFirst");

    private ReplayMode() {
    }

    /** The bench's own JVM: records if needed, then replays. */
    static void run(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        if (args.length < 2 || !Files.exists(Path.of(args[1]).resolve("prepared-" + size))) {
            throw new IllegalStateException("-Dbench.hub=replay syncs a team made and kept in DIR: run once without"
                    + " it first");
        }
        Path dir = Path.of(args[1]);
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f at start%n",
                Runtime.getRuntime().availableProcessors(), TeamSyncBench.OS.getSystemLoadAverage());
        System.out.println("team: kept from an earlier run in " + dir + " (" + Files.readString(dir.resolve(
                "prepared-" + size)).strip() + ")");
        RecordingFolder recording = new RecordingFolder(dir.resolve("replay-" + size));
        if (!recording.complete() || Boolean.getBoolean("bench.replayRecord")) {
            record(args, dir, recording);
        } else {
            System.out.println("recording: kept from an earlier run in " + recording.dir()
                    + " (-Dbench.replayRecord=true records again)");
        }
        List<Exchange> exchanges = recording.exchanges();
        int port = recording.port();
        List<String> expected = recording.expected();
        int runs = Integer.getInteger("bench.replayRuns", 1);
        for (int run = 1; run <= runs; run++) {
            replayOnce(args, dir, recording, exchanges, port, expected, run, runs);
        }
    }

    private static void record(String[] args, Path dir, RecordingFolder recording) throws Exception {
        recording.delete();
        Files.createDirectories(recording.snapshot());
        Path work = Files.createDirectories(recording.dir().resolve("recorded-run"));
        String code = HubProcess.enrollmentCode(dir, TeamSyncBench.PASSPHRASE, "Lead");
        System.out.println("record: the hub in its own JVM, `werkmap hub serve --data " + dir + " --port 0` with "
                + String.join(" ", HubProcess.hubJavaOptions()) + ", an enrolment code from `hub enroll-code`");
        try (HubProcess hub = HubProcess.serve(dir, TeamSyncBench.PASSPHRASE);
             RecordingProxy proxy = RecordingProxy.start(hub.url())) {
            System.out.println("record: the laptop's hub is the recording proxy " + proxy.url() + " -> " + hub.url());
            Map<String, String> role = new LinkedHashMap<>();
            role.put("bench.replayHubUrl", hub.url());
            role.put("bench.replayProxyUrl", proxy.url());
            role.put("bench.replayCode", code);
            role.put("bench.replaySnapshot", recording.snapshot().toString());
            role.put("bench.replayTeam", dir.toString());
            int exit = laptopJvm(args, "record", work, role);
            if (exit != 0) {
                throw new IllegalStateException("the recording laptop JVM failed (exit " + exit + "), its output is"
                        + " above");
            }
            List<Exchange> exchanges = proxy.exchanges();
            recording.saveExchanges(exchanges, proxy.port());
            for (Exchange e : exchanges) {
                System.out.printf(Locale.ROOT, "record: %s -> %d, %,d bytes%n", e.request(), e.status(),
                        e.answer().length);
            }
        }
        List<String> fingerprint = fingerprint(work);
        recording.saveExpected(fingerprint);
        deleteFolder(work);
        recording.markComplete();
        System.out.println("record: kept in " + recording.dir() + "; the recorded run's caseload: "
                + summary(fingerprint));
    }

    private static void replayOnce(String[] args, Path dir, RecordingFolder recording, List<Exchange> exchanges,
                                   int port, List<String> expected, int run, int runs) throws Exception {
        Path work = Files.createDirectories(dir.resolve("replay-run-" + UUID.randomUUID()));
        try {
            try (var files = Files.list(recording.snapshot())) {
                for (Path p : files.toList()) {
                    Files.copy(p, work.resolve(p.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            RecordedAnswers answers = new RecordedAnswers(exchanges, WARM_FIRST ? 2 : 1);
            int exit;
            double serverCpu;
            try (ReplayServer server = ReplayServer.start(port, answers)) {
                long cpu0 = TeamSyncBench.OS.getProcessCpuTime();
                exit = laptopJvm(args, "replay", work, Map.of());
                serverCpu = (TeamSyncBench.OS.getProcessCpuTime() - cpu0) / 1e6;
            }
            answers.verify();
            if (exit != 0) {
                throw new IllegalStateException("the laptop JVM failed (exit " + exit + "), its output is above");
            }
            List<String> got = fingerprint(work);
            if (!got.equals(expected)) {
                List<String> differ = new ArrayList<>();
                for (int i = 0; i < Math.max(got.size(), expected.size()); i++) {
                    String g = i < got.size() ? got.get(i) : "(none)";
                    String e = i < expected.size() ? expected.get(i) : "(none)";
                    if (!g.equals(e)) {
                        differ.add(g + " (recorded: " + e + ")");
                    }
                }
                throw new IllegalStateException("the replayed sync left another caseload than the recorded one: "
                        + String.join("; ", differ));
            }
            System.out.printf(Locale.ROOT, "replay %d of %d: all %d requests answered from the recording (a real HTTP"
                    + " server on 127.0.0.1:%d in the bench's JVM: %.0f ms CPU over the laptop's run, all that JVM's"
                    + " threads); the laptop's caseload equals the recorded sync's (%s) | load %.1f%n", run, runs,
                    answers.answered(), port, serverCpu, summary(got), TeamSyncBench.OS.getSystemLoadAverage());
            // The floor beside it, in the same run: the replayed caseload's rows (read just now for the check, so
            // from memory, as the laptop got its bundles) bulk-inserted into a new file, as the other modes do.
            double laptopWall = Double.parseDouble(Files.readString(work.resolve(LAPTOP_WALL)));
            double[] floor = TeamSyncBench.floor(work.resolve("lead.db"), work.resolve("floor.db"));
            System.out.printf(Locale.ROOT, "replay %d of %d: floor (the same rows bulk-inserted, INSERT ... SELECT"
                    + " from the replayed caseload into a new file, no indexes, change log or decryption): %.0f ms"
                    + " wall, %.0f ms CPU | ratio %.1fx wall | load %.1f%n", run, runs, floor[0], floor[1],
                    laptopWall / floor[0], TeamSyncBench.OS.getSystemLoadAverage());
        } finally {
            if (Boolean.getBoolean("bench.replayKeep")) {
                System.out.println("kept: " + work);
            } else {
                deleteFolder(work);
            }
        }
    }

    /**
     * A fresh laptop JVM started as process mode starts it (the installed app's options, then {@code -Dbench.jvm};
     * this JVM's {@code bench.*} and {@code werkmap.*} properties), in {@code role} on the folder {@code work}.
     */
    private static int laptopJvm(String[] args, String role, Path work, Map<String, String> more) throws Exception {
        List<String> options = new ArrayList<>(InstalledJavaOptions.withBenchJvm());
        System.getProperties().stringPropertyNames().stream().sorted()
                .filter(name -> (name.startsWith("bench.") || name.startsWith("werkmap.")) && !name.equals("bench.jvm"))
                .forEach(name -> options.add("-D" + name + "=" + System.getProperty(name)));
        more.forEach((name, value) -> options.add("-D" + name + "=" + value));
        options.add("-D" + ROLE + "=" + role);
        options.add("-D" + WORK + "=" + work);
        options.add("-D" + TeamSyncBench.LAPTOP_JVM + "=true");
        return HubProcess.runFresh(options, TeamSyncBench.class.getName(), args);
    }

    /** The laptop JVM: enrols and records ({@code record}) or syncs a restored snapshot ({@code replay}). */
    static void laptop(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        boolean recording = "record".equals(System.getProperty(ROLE));
        Path work = Path.of(System.getProperty(WORK));
        Path keyring = work.resolve("keyring.json");
        Path leadFile = work.resolve("lead.db");
        Clock clock = Clock.systemUTC();
        if (recording) {
            // The lead's laptop uses the team's keyring, as in the other modes.
            Files.copy(Path.of(System.getProperty("bench.replayTeam")).resolve("keyring.json"), keyring);
        }
        Vault vault = TestVaults.unlock(keyring, TestVaults.PASSPHRASE.toCharArray());
        FieldSealer sealer = vault.sealer();
        try {
            if (recording) {
                // Enrolled at the hub itself; the address it keeps (and syncs with) is the recording proxy's.
                String hubUrl = System.getProperty("bench.replayHubUrl");
                try (CaseloadStore lead = CaseloadStore.open(leadFile, sealer, clock)) {
                    Enroller.enroll(lead, sealer, new HubClient(hubUrl), System.getProperty("bench.replayProxyUrl"),
                            System.getProperty("bench.replayCode"), "lead");
                }
                Path snapshot = Path.of(System.getProperty("bench.replaySnapshot"));
                for (String suffix : SUFFIXES) {
                    Path file = Path.of(leadFile + suffix);
                    if (Files.exists(file)) {
                        Files.copy(file, snapshot.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
                Files.copy(keyring, snapshot.resolve("keyring.json"), StandardCopyOption.COPY_ATTRIBUTES);
                System.out.println("record: the laptop's files kept right after enrolment, before its first sync");
            }
            System.out.println("laptop JVM options (installer/runtime/java-options.args, then -Dbench.jvm): "
                    + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
            if (!recording && WARM_FIRST) {
                warmFirst(leadFile, sealer, clock);
            }
            try (CaseloadStore lead = CaseloadStore.open(leadFile, sealer, clock)) {
                SyncEngine engine = TeamSyncBench.engine(lead, sealer, clock);
                TeamSyncBench.Timed timed = TeamSyncBench.timeRounds(lead, engine, leadFile);
                System.out.printf(Locale.ROOT, "first sync to a new team-lead laptop, %s: %,d changes in %d"
                        + " bundles, %,d candidates and %,d change-log entries on the lead's laptop; laptop JVM %.0f"
                        + " ms wall, %.0f ms CPU (all threads; JVM (GC, JIT) and the rest %.0f ms) | load %.1f%n",
                        recording ? "RECORDING through the proxy to the real hub in its own JVM (not a replay figure)"
                                : "hub replayed from memory (costs the laptop nothing)", timed.changes(),
                        timed.bundles(), timed.candidates(), timed.logged(), timed.wall(), timed.cpu(),
                        timed.stages().getOrDefault("JVM (GC, JIT) and the rest", 0.0),
                        TeamSyncBench.OS.getSystemLoadAverage());
                // For the bench's JVM, which puts the floor beside it.
                Files.writeString(work.resolve(LAPTOP_WALL), Double.toString(timed.wall()));
            }
        } finally {
            vault.lock();
        }
    }

    /**
     * The recorded sync applied to a copy of the laptop's files in this JVM, untimed, rounds until one brings nothing;
     * the copy is deleted after.
     */
    private static void warmFirst(Path leadFile, FieldSealer sealer, Clock clock) throws Exception {
        Path warm = Files.createDirectories(leadFile.resolveSibling("warm-first"));
        for (String suffix : SUFFIXES) {
            Path file = Path.of(leadFile + suffix);
            if (Files.exists(file)) {
                Files.copy(file, warm.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        long start = System.nanoTime();
        int changes = 0;
        try (CaseloadStore copy = CaseloadStore.open(warm.resolve(leadFile.getFileName()), sealer, clock)) {
            SyncEngine engine = TeamSyncBench.engine(copy, sealer, clock);
            for (int round = 0; round < 50; round++) {
                nl.werkmap.sync.SyncReport report = engine.syncOnce(true);
                if (report.error() != null) {
                    throw new IllegalStateException("the warm-first sync failed: " + report.error());
                }
                int received = report.changesReceived();
                changes += received;
                if (received == 0) {
                    break;
                }
            }
        }
        System.out.printf(Locale.ROOT, "warm-first: the same recorded sync applied to a copy of the laptop's files in"
                + " this JVM (untimed): %,d changes, %.0f ms wall%n", changes, (System.nanoTime() - start) / 1e6);
        deleteFolder(warm);
    }

    private static List<String> fingerprint(Path work) throws Exception {
        Vault vault = TestVaults.unlock(work.resolve("keyring.json"), TestVaults.PASSPHRASE.toCharArray());
        try {
            return CaseloadFingerprint.of(work.resolve("lead.db"), vault.sealer());
        } finally {
            vault.lock();
        }
    }

    private static String summary(List<String> fingerprint) {
        long rows = 0;
        for (String line : fingerprint) {
            rows += Long.parseLong(line.replaceAll(".*: rows (\\d+),.*", "$1"));
        }
        return String.format(Locale.ROOT, "%d tables, %,d rows, each table's rows hashed with sealed values opened",
                fingerprint.size(), rows);
    }

    private static void deleteFolder(Path folder) throws java.io.IOException {
        new RecordingFolder(folder).delete();
    }
}
