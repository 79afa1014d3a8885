package nl.werkmap.bench.caseload;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.bench.jvm.AppImageJvm;
import nl.werkmap.bench.jvm.InstalledJavaOptions;
import nl.werkmap.bench.store.ColdFile;
import nl.werkmap.store.CaseloadFolder;
import nl.werkmap.store.caseload.CaseloadQuery;

/**
 * What a coach waits for on the caseload screen, measured through the real app window (Monocle headless, software
 * rendering), each figure from the event to the layout pass of the pulse that shows it:
 * <ul>
 *   <li>unlock → caseload usable, cold: a fresh JVM per run ({@code -Dbench.cold=N}, default 3), after the coach
 *       took {@code -Dbench.pause=MS} (default 3000) to type the passphrase; key derivation is timed apart in the
 *       same JVM, cold (first thing the JVM does) and warm, and subtracted warm;</li>
 *   <li>unlock again through the lock card, warm ({@code -Dbench.warm=N} per JVM, default 3);</li>
 *   <li>each keystroke of realistic typing in the search box ({@link RealisticTyping}, {@code -Dbench.rounds=N},
 *       default 30 rounds of two names), p50/p95, beside one pass over the folded names per keystroke;</li>
 *   <li>live heap after a full collection, GC count and time; {@code -Dbench.xmx=256m} runs the JVMs with that
 *       heap.</li>
 * </ul>
 * The floor for unlock is the same SQL in the sqlite3 shell ({@link CaseloadQuery#statements}), run between the
 * JVMs; without sqlite3 on the PATH that row says so. CPU is the whole process (all threads, JIT and GC).
 * {@code -Dbench.jfr=DIR} writes a flight recording of each fresh JVM into DIR; {@code -Dbench.shot=FILE.png} saves
 * the window after the typing with "an" in the search box. Typing alone (at 150,000): {@code -Dbench.cold=1
 * -Dbench.warm=0}; the one cold unlock is still needed to reach the list. {@code -Dbench.coldFile=true} drops the
 * caseload's own files from the page cache before each fresh JVM (and measures the floor once on a cold file), as
 * at the first unlock after a reboot, without touching the cache of other programs (Linux, GNU dd).
 * Usage: {@code CaseloadScreenBench SIZE DIR}; DIR gets a demo caseload of SIZE candidates the first time (as the
 * app's demo: same generator, density as at 5,000) and is reused after.
 *
 * <pre>mvn -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.werkmap.bench.caseload.CaseloadScreenBench -Dexec.args="5000 /tmp/caseload-5000"</pre>
 */
public final class CaseloadScreenBench {

    static final String PASSPHRASE = "bench passphrase 2026";

    private CaseloadScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            ScreenRun.main(Path.of(args[1]), PASSPHRASE, Integer.getInteger("bench.warm", 3),
                    Integer.getInteger("bench.rounds", 30), Long.getLong("bench.pause", 3_000));
            System.exit(0);
        }
        if (args.length != 2) {
            System.err.println("usage: CaseloadScreenBench SIZE DIR");
            System.exit(2);
        }
        int size = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]).toAbsolutePath();
        int cold = Integer.getInteger("bench.cold", 3);
        System.out.printf(Locale.ROOT, "%d processors, load average %.2f at start%n",
                Runtime.getRuntime().availableProcessors(), Figures.loadAverage());
        ensureCaseload(dir, size);

        Map<String, List<Double>> figures = new LinkedHashMap<>();
        List<double[]> floors = new ArrayList<>();
        boolean coldFile = Boolean.getBoolean("bench.coldFile");
        if (coldFile) {
            // The floor on a cold file too: the same SQL in the shell with the caseload's pages out of the cache.
            ColdFile.evict(dir.resolve("werkmap.db"));
            double[] coldFloor = shellFloor(dir);
            System.out.printf(Locale.ROOT, "floor on a cold file (the list's SQL in the sqlite3 shell): %.0f ms wall,"
                    + " %.0f ms cpu; load average %.2f%n", coldFloor[0], coldFloor[1] + coldFloor[2],
                    Figures.loadAverage());
        }
        floors.add(shellFloor(dir));
        for (int i = 0; i < cold; i++) {
            if (coldFile) {
                // As at the first unlock after a reboot, for the caseload's file (the JVM's own files stay cached).
                ColdFile.evict(dir.resolve("werkmap.db"));
            }
            child(dir, figures);
            floors.add(shellFloor(dir));
        }
        report(size, figures, floors);
    }

    private static void ensureCaseload(Path dir, int size) throws IOException {
        CaseloadFolder folder = new CaseloadFolder(dir.resolve("keyring.json"), dir.resolve("werkmap.db"));
        if (folder.exists()) {
            System.out.println("reusing the caseload in " + dir);
            return;
        }
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        try (CaseloadFolder.Opened opened = folder.create(PASSPHRASE.toCharArray())) {
            DemoCaseload.generate(opened.store(), size, 2026, LocalDate.now(), done -> { });
        }
        System.out.printf(Locale.ROOT, "demo caseload of %,d candidates made in %.0f s, %,d MB%n", size,
                (System.nanoTime() - t0) / 1e9, Files.size(dir.resolve("werkmap.db")) / (1024 * 1024));
    }

    /** Real, user and system seconds of the caseload's SQL in the sqlite3 shell; NaN without sqlite3. */
    private static double[] shellFloor(Path dir) throws IOException, InterruptedException {
        Path script = ListSqlShell.script(LocalDate.now());
        try {
            return ListSqlShell.run(dir.resolve("werkmap.db"), script);
        } catch (IOException noShell) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        } finally {
            Files.delete(script);
        }
    }

    private static void child(Path dir, Map<String, List<Double>> figures) throws Exception {
        // -Dbench.appImage=DIR: the app-image's runtime, launcher options (its class-data archive) and class path,
        // the bench's classes after it; otherwise this JDK with the installed app's JVM options
        // (installer/runtime/java-options.args). Then -Dbench.xmx, then
        // -Dbench.jvm="-XX:StartFlightRecording=filename=/tmp/x.jfr" and the like, to profile or try an option.
        String appImageDir = System.getProperty("bench.appImage");
        AppImageJvm appImage = appImageDir == null ? null : AppImageJvm.of(Path.of(appImageDir));
        List<String> command = new ArrayList<>(List.of(appImage != null ? appImage.java().toString()
                : Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        List<String> options = new ArrayList<>(appImage != null ? appImage.options()
                : InstalledJavaOptions.installed());
        String xmx = System.getProperty("bench.xmx");
        if (xmx != null) {
            options.add("-Xmx" + xmx);
        }
        options = InstalledJavaOptions.withExtra(options, System.getProperty("bench.jvm"));
        command.addAll(options);
        String jfr = System.getProperty("bench.jfr");
        if (jfr != null) {
            // Where a cold unlock's time goes: one flight recording per JVM, in that folder.
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(jfr).toAbsolutePath()
                    .resolve("screen-" + System.nanoTime() + ".jfr"));
        }
        if ("gtk".equals(System.getProperty("bench.glass"))) {
            // -Dbench.glass=gtk: the installed app's own toolkit (GTK on an X display, e.g. under xvfb-run), the
            // renderer JavaFX picks there, keys typed through the X server by JavaFX's Robot (-Dbench.robot).
            command.add("-Dbench.robot=true");
        } else {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dheadless.geometry=1366x768-32"));
        }
        command.addAll(List.of("-Duser.language=nl", "-Duser.country=NL"));
        for (String p : List.of("bench.warm", "bench.rounds", "bench.pause", "bench.shot", "bench.split", "bench.gap", "bench.idle",
                "bench.keysOut")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        String classPath = appImage != null ? appImage.classPath(classpath()) : classpath();
        command.addAll(List.of("-cp", classPath, CaseloadScreenBench.class.getName(), "--child", dir.toString()));
        System.out.println("  screen JVM options: " + String.join(" ", options));
        Path log = Files.createTempFile("caseload-screen-bench", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        List<String> lines = Files.readAllLines(log);
        if (exit != 0) {
            lines.forEach(System.err::println);
            throw new IllegalStateException("bench JVM failed (exit " + exit + "), its output is above");
        }
        Files.delete(log);
        for (String line : lines) {
            if (line.startsWith("EFFECT ") || line.startsWith("PROBE ")) {
                System.out.println(line);
            }
            if (line.startsWith("RESULT ")) {
                String[] parts = line.substring(7).split(" ");
                for (int i = 0; i + 1 < parts.length; i += 2) {
                    figures.computeIfAbsent(parts[i], k -> new ArrayList<>()).add(Double.parseDouble(parts[i + 1]));
                }
            }
        }
        System.out.printf(Locale.ROOT, "  cold JVM: unlock %.0f ms (cpu %.0f ms), key derivation cold %.0f / before the"
                        + " click %.0f ms, keystroke p95 %.1f ms, load average %.2f%n", last(figures, "unlock_cold_ms"),
                last(figures, "unlock_cold_cpu_ms"), last(figures, "kdf_cold_ms"), last(figures, "kdf_quiet_ms"),
                last(figures, "keystroke_p95_ms"), Figures.loadAverage());
    }

    private static double last(Map<String, List<Double>> figures, String key) {
        List<Double> values = figures.getOrDefault(key, List.of());
        return values.isEmpty() ? Double.NaN : values.get(values.size() - 1);
    }

    private static double median(Map<String, List<Double>> figures, String key) {
        return Figures.percentile(figures.getOrDefault(key, List.of()), 50);
    }

    private static void report(int size, Map<String, List<Double>> f, List<double[]> floors) {
        List<Double> floorReal = floors.stream().map(x -> x[0]).toList();
        List<Double> floorCpu = floors.stream().map(x -> x[1] + x[2]).toList();
        double floor = Figures.percentile(floorReal, 50);
        double unlock = median(f, "unlock_cold_ms");
        double unlockCpu = median(f, "unlock_cold_cpu_ms");
        double kdfWarm = median(f, "kdf_warm_ms");
        double kdfWarmCpu = median(f, "kdf_warm_cpu_ms");
        double kdfQuiet = median(f, "kdf_quiet_ms");
        double kdfQuietCpu = median(f, "kdf_quiet_cpu_ms");
        double afterKdf = unlock - kdfQuiet;
        double warm = median(f, "unlock_warm_ms");
        double warmCpu = median(f, "unlock_warm_cpu_ms");
        System.out.printf(Locale.ROOT, "%n== %,d candidates (%,.0f rows in the table), %d cold JVMs ==%n", size,
                median(f, "rows"), f.getOrDefault("unlock_cold_ms", List.of()).size());
        System.out.printf(Locale.ROOT, "key derivation apart: cold %.0f ms wall, %.0f ms cpu (first in a fresh JVM);"
                + " just before the cold unlock's click %.0f ms wall, %.0f ms cpu; warm %.0f ms wall, %.0f ms cpu"
                + " (median, each taken beside a warm unlock)%n", median(f, "kdf_cold_ms"), median(f, "kdf_cold_cpu_ms"),
                kdfQuiet, kdfQuietCpu, kdfWarm, kdfWarmCpu);
        System.out.printf(Locale.ROOT, "unlock click -> caseload usable, cold JVM: %.0f ms wall, %.0f ms cpu (all threads);"
                + " less the key derivation taken just before the click: %.0f ms wall, %.0f ms cpu%n", unlock,
                unlockCpu, afterKdf, unlockCpu - kdfQuietCpu);
        System.out.printf(Locale.ROOT, "unlock again (lock card) -> list shown, warm: %.0f ms wall, %.0f ms cpu;"
                + " less key derivation: %.0f ms wall, %.0f ms cpu%n", warm, warmCpu, warm - kdfWarm,
                warmCpu - kdfWarmCpu);
        // Nothing is written while locked here: what the app still does after the list shows (the list read again
        // behind it, before issue 13's unlock-again check) is the difference between the two lines.
        System.out.printf(Locale.ROOT, "unlock again (lock card) -> process quiet again (a 500 ms window under 100 ms of"
                + " CPU): %.0f ms wall, %.0f ms cpu, key derivation included%n", median(f, "unlock_warm_settled_ms"),
                median(f, "unlock_warm_settled_cpu_ms"));
        System.out.printf(Locale.ROOT, "floor, the same SQL in the sqlite3 shell: %.0f ms real, %.0f ms cpu (median of %d,"
                + " between the JVMs); ratio cold %.1fx wall, %.1fx cpu; warm %.1fx wall, %.1fx cpu%n", floor,
                Figures.percentile(floorCpu, 50), floors.size(), afterKdf / floor,
                (unlockCpu - kdfQuietCpu) / Figures.percentile(floorCpu, 50), (warm - kdfWarm) / floor,
                (warmCpu - kdfWarmCpu) / Figures.percentile(floorCpu, 50));
        double p95 = median(f, "keystroke_p95_ms");
        double pass = median(f, "name_pass_p95_ms");
        System.out.printf(Locale.ROOT, "keystroke -> list laid out (%,.0f keys of realistic typing): p50 %.1f ms, p95 %.1f ms,"
                + " max %.1f ms, cpu %.1f ms per key (the floor's passes left out: %.1f ms per key); floor, one pass"
                + " over the folded names: p95 %.2f ms; ratio %.1fx%n",
                median(f, "keystrokes"), median(f, "keystroke_p50_ms"), p95, median(f, "keystroke_max_ms"),
                median(f, "keystroke_cpu_per_key_ms"), median(f, "name_pass_cpu_per_key_ms"), pass, p95 / pass);
        if (f.containsKey("passphrase_key_p95_ms")) {
            // -Dbench.passKeys=true: the passphrase typed key by key while the app warms up behind the card.
            System.out.printf(Locale.ROOT, "passphrase key -> field laid out, while the app warms up behind the card: p50 %.1f ms,"
                    + " p95 %.1f ms, max %.1f ms%n", median(f, "passphrase_key_p50_ms"),
                    median(f, "passphrase_key_p95_ms"), median(f, "passphrase_key_max_ms"));
        }
        StringBuilder split = new StringBuilder();
        f.forEach((key, values) -> {
            if (key.startsWith("split_") || key.startsWith("count_")) {
                split.append(String.format(Locale.ROOT, " %s %.2f", key, median(f, key)));
            }
        });
        if (split.length() > 0) {
            // -Dbench.split=true: where a keystroke's CPU goes, per key (FX thread by phase, renderer, the rest).
            System.out.println("keystroke split, CPU ms per key:" + split);
        }
        if (f.containsKey("idle_cpu_ms_per_s")) {
            // -Dbench.idle=S: nothing happening after the typing, the caret blinking in the search box.
            System.out.printf(Locale.ROOT, "idle after the typing: %.1f ms cpu per second (whole process), %.0f pulses"
                    + " per second; with the focus on the table (no caret): %.1f ms cpu per second, %.0f pulses per"
                    + " second%n", median(f, "idle_cpu_ms_per_s"), median(f, "idle_pulses_per_s"),
                    median(f, "idle_table_cpu_ms_per_s"), median(f, "idle_table_pulses_per_s"));
        }
        long notFull = f.getOrDefault("live_heap_full_gc", List.of()).stream().filter(v -> v < 1).count();
        System.out.printf(Locale.ROOT, "heap: live %.0f MB after a full GC%s, max %.0f MB; %,.0f collections, %,.0f ms"
                + " in GC over the whole JVM%n", median(f, "live_heap_mb"),
                notFull == 0 ? "" : " (in " + notFull + " JVM(s) no full collection ran: not the live heap there)",
                median(f, "max_heap_mb"), median(f, "gc_count"), median(f, "gc_ms"));
        System.out.printf(Locale.ROOT, "load average at the end %.2f (figures are indicative on a shared machine)%n",
                Figures.loadAverage());
    }

    /** The classpath this bench runs on, for the JVMs it starts (exec:java runs it in its own class loader). */
    private static String classpath() throws URISyntaxException {
        ClassLoader loader = CaseloadScreenBench.class.getClassLoader();
        if (loader instanceof URLClassLoader urls) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
