package nl.werkmap.bench.jvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JVM options a coach's installed app runs with, for the JVMs a bench starts to stand for that app (the caseload
 * screen's fresh JVMs, the new team-lead laptop of the first-sync bench): read from
 * {@code installer/runtime/java-options.args} as the installer reads it (one option a line; empty lines and lines
 * starting with {@code #} left out), so a bench measures what the installed app runs and not a copy that drifts.
 *
 * <p>Two differences from the installed app, both named here: the app-image has JavaFX as named modules of its
 * runtime, a bench JVM has JavaFX's jars on the class path (the unnamed module), which already sees every package,
 * so the {@code --add-exports}/{@code --add-opens}/{@code --add-reads} lines are left out (the JVM would only warn
 * about unknown modules); and {@code -Dbench.jvm="..."} (split on white space) comes after them, to profile or try
 * another option, where a collector it chooses ({@code -XX:+UseSerialGC} and the like) replaces the installed one
 * (the JVM refuses two).
 */
public final class InstalledJavaOptions {

    /** The file the installer reads, relative to the repository's root (where the benches run). */
    public static final Path FILE = Path.of("installer/runtime/java-options.args");

    private static final Pattern MODULE_OPTION = Pattern.compile("--add-(exports|opens|reads)=.*");
    private static final Pattern COLLECTOR = Pattern.compile("-XX:[+-]Use(Serial|Parallel|G1|Z|Shenandoah|Epsilon)GC");

    private InstalledJavaOptions() {
    }

    /** The installed app's options on a class path, then {@code -Dbench.jvm}'s. */
    public static List<String> withBenchJvm() {
        return withExtra(onClassPath(read(FILE)), System.getProperty("bench.jvm"));
    }

    /** The installed app's options on a class path, without {@code -Dbench.jvm} (JVMs that are not measured). */
    public static List<String> installed() {
        return onClassPath(read(FILE));
    }

    /** The options in the file, one a line, as installer/Packager.java reads them. */
    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (NoSuchFileException missing) {
            throw new IllegalStateException("no " + file + ": run the bench from the repository's root, where the"
                    + " installer reads the app's JVM options", missing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without the module options, which name JavaFX modules a class-path JVM does not have. */
    static List<String> onClassPath(List<String> installed) {
        return installed.stream().filter(option -> !MODULE_OPTION.matcher(option).matches()).toList();
    }

    /** {@code extra} (white-space separated, may be null) after {@code options}; its collector replaces theirs. */
    public static List<String> withExtra(List<String> options, String extra) {
        List<String> added = extra == null || extra.isBlank() ? List.of() : Arrays.asList(extra.trim().split("\\s+"));
        boolean choosesCollector = added.stream().anyMatch(option -> COLLECTOR.matcher(option).matches());
        List<String> all = new ArrayList<>();
        for (String option : options) {
            if (!(choosesCollector && COLLECTOR.matcher(option).matches())) {
                all.add(option);
            }
        }
        all.addAll(added);
        return all;
    }
}
