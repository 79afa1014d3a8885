package nl.werkmap.bench.sync;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hub as the municipality runs it, for TeamSyncBench's {@code -Dbench.hub=process}: its own JVM started through
 * the real command ({@code werkmap hub serve --data DIR}, as the systemd unit does, with the unit's example
 * {@code JAVA_OPTS} from installer/hub/hub.env), plain HTTP on 127.0.0.1 (the command allows that without a
 * keystore), the hub passphrase in {@code WERKMAP_HUB_PASSPHRASE}. Enrolment codes come from the real
 * {@code hub enroll-code}, each its own short JVM, before the hub serves. The hub process's CPU (all its threads,
 * JIT and GC included) is read from {@code /proc/PID/stat}.
 */
final class HubProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("luistert op (\\S+)");
    private static final Pattern CODE = Pattern.compile("Aanmeldcode \\([^)]*\\): (\\S+)");

    private final Process process;
    private final String url;

    private HubProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts {@code hub serve --data dir --port 0} and waits until it says where it listens. */
    static HubProcess serve(Path dir, String passphrase) throws IOException, InterruptedException {
        List<String> command = java(hubJavaOptions());
        command.addAll(List.of("nl.werkmap.app.Launcher", "hub", "serve", "--data", dir.toString(), "--port", "0"));
        Process process = start(command, passphrase);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            System.out.println("  hub| " + line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                String url = m.group(1);
                Thread drain = new Thread(() -> {
                    try {
                        for (String rest; (rest = out.readLine()) != null; ) {
                            System.out.println("  hub| " + rest);
                        }
                    } catch (IOException closed) {
                        // The hub stopped.
                    }
                }, "bench-hub-output");
                drain.setDaemon(true);
                drain.start();
                return new HubProcess(process, url);
            }
        }
        throw new IllegalStateException("the hub command ended (exit " + process.waitFor() + ") before it listened");
    }

    /** One code from the real {@code hub enroll-code} (its own JVM), for a new team-lead device of team noord. */
    static String enrollmentCode(Path dir, String passphrase, String name) throws IOException, InterruptedException {
        List<String> command = java(List.of());
        command.addAll(List.of("nl.werkmap.app.Launcher", "hub", "enroll-code", "--data", dir.toString(), "--name", name,
                "--role", "teamleider", "--team", "noord", "--valid-hours", "2"));
        Process process = start(command, passphrase);
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Matcher m = CODE.matcher(text);
        if (exit != 0 || !m.find()) {
            throw new IllegalStateException("hub enroll-code failed (exit " + exit + "): " + text);
        }
        return m.group(1);
    }

    String url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    /** CPU of the hub's whole process so far, in ms (user + system, all threads), from /proc/PID/stat. */
    double cpuMs() {
        return processCpuMs(process.pid());
    }

    /** A process's CPU so far, in ms, from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s). */
    static double processCpuMs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count from after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000.0 / CLOCK_TICKS;
        } catch (IOException e) {
            throw new IllegalStateException("no /proc/" + pid + "/stat: this mode needs Linux", e);
        }
    }

    /** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK); -Dbench.clockTicks to say otherwise. */
    private static final int CLOCK_TICKS = Integer.getInteger("bench.clockTicks", 100);

    /** Stops the hub as systemd does (SIGTERM) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Runs a bench class in a fresh JVM of its own (the warm-up laptops), output passed through. */
    static int runFresh(List<String> javaOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = java(javaOptions);
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static Process start(List<String> command, String passphrase) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("WERKMAP_HUB_PASSPHRASE", passphrase);
        return builder.start();
    }

    /** The JAVA_OPTS of the hub unit's example environment file (installer/hub/hub.env), read only. */
    static List<String> hubJavaOptions() throws IOException {
        List<String> options = new ArrayList<>();
        Path env = Path.of("installer/hub/hub.env");
        if (Files.exists(env)) {
            for (String line : Files.readAllLines(env)) {
                if (line.startsWith("JAVA_OPTS=")) {
                    options.addAll(Arrays.asList(line.substring("JAVA_OPTS=".length()).trim().split("\\s+")));
                }
            }
        }
        // As the unit's ExecStart line says.
        options.add("-Dorg.jooq.no-logo=true");
        return options;
    }

    private static List<String> java(List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(classPath());
        return command;
    }

    /**
     * This JVM's class path; under {@code mvn exec:java} that is Maven's own, so then the project's, from the
     * class loader exec:java made.
     */
    static String classPath() {
        String own = System.getProperty("java.class.path");
        if (!own.contains("plexus-classworlds")) {
            return own;
        }
        List<String> entries = new ArrayList<>();
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader urls) {
            for (URL u : urls.getURLs()) {
                try {
                    entries.add(Path.of(u.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
