import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fails the installer build when the jlink'd runtime lacks a module the app uses. A missing module only shows when
 * a coach reaches the code that needs it (the packaged {@code sync} once failed on a missing {@code jdk.random}), so
 * it is caught here instead:
 * <ol>
 *   <li>jdeps lists the modules that the app jar and its libraries reference ({@code --print-module-deps});</li>
 *   <li>installer/runtime/service-modules.txt adds the modules found only at run time (services, locales,
 *   reflection), which jdeps cannot see;</li>
 *   <li>every one of them must be in the runtime image's {@code release} file (MODULES=...), the modules jlink
 *   actually put in, transitive ones included.</li>
 * </ol>
 * Run by installer/Packager.java right after jlink; also on its own from the project folder:
 * {@code java installer/runtime/ModuleCheck.java target/werkmap.jar target/lib target/installer/runtime}.
 */
public final class ModuleCheck {

    private static final Path SERVICE_MODULES = Path.of("installer/runtime/service-modules.txt");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            fail("Gebruik: java installer/runtime/ModuleCheck.java APP.jar LIB-MAP RUNTIME-MAP");
        }
        Path appJar = Path.of(args[0]);
        Path libDir = Path.of(args[1]);
        Path runtime = Path.of(args[2]);

        Set<String> needed = new TreeSet<>(jdepsModules(appJar, libDir));
        Set<String> fromJdeps = Set.copyOf(needed);
        needed.addAll(serviceModules());
        Set<String> inImage = runtimeModules(runtime);
        List<String> missing = needed.stream().filter(m -> !inImage.contains(m)).toList();
        if (!missing.isEmpty()) {
            boolean one = missing.size() == 1;
            fail("de runtime in " + runtime + " mist " + (one ? "de module " : "de modules ")
                    + String.join(", ", missing) + " die de app gebruikt"
                    + (missing.stream().allMatch(fromJdeps::contains) ? " (volgens jdeps)" : "")
                    + ". Voeg " + (one ? "die" : "ze") + " toe aan --add-modules in installer/runtime/jlink.args.");
        }
        System.out.println("[installer] OK modules: de runtime heeft alle " + needed.size()
                + " modules die de app gebruikt (" + fromJdeps.size() + " volgens jdeps, de rest uit "
                + SERVICE_MODULES + ")");
    }

    /** JavaFX jars go on the module path (they are modules in the runtime too), every other jar on the class path. */
    private static Set<String> jdepsModules(Path appJar, Path libDir) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(libDir)) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
        String sep = java.io.File.pathSeparator;
        // javafx-base-21.0.11.jar is an empty placeholder; the classifier jar (…-linux.jar) holds the module.
        String modulePath = jars.stream().filter(j -> name(j).matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar"))
                .map(Path::toString).collect(Collectors.joining(sep));
        String classPath = jars.stream().filter(j -> !name(j).startsWith("javafx-"))
                .map(Path::toString).collect(Collectors.joining(sep));
        List<String> command = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17"));
        if (!modulePath.isEmpty()) {
            command.addAll(List.of("--module-path", modulePath));
        }
        command.addAll(List.of("--class-path", classPath, appJar.toString()));
        String jdk = System.getProperty("java.home");
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("jdeps ontbreekt in deze JDK (" + jdk + ")"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), command.toArray(String[]::new));
        List<String> lines = out.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (code != 0 || lines.isEmpty() || !lines.get(lines.size() - 1).matches("[a-z0-9.,]+")) {
            fail("jdeps gaf geen modulelijst (code " + code + "):\n" + out + err);
        }
        return Set.of(lines.get(lines.size() - 1).split(","));
    }

    private static Set<String> serviceModules() throws IOException {
        Set<String> modules = new TreeSet<>();
        for (String line : Files.readAllLines(SERVICE_MODULES)) {
            String module = line.replaceFirst("#.*$", "").strip();
            if (!module.isEmpty()) {
                modules.add(module);
            }
        }
        return modules;
    }

    /** The release file jlink writes: {@code MODULES="java.base java.logging ..."}. */
    private static Set<String> runtimeModules(Path runtime) throws IOException {
        Path release = runtime.resolve("release");
        if (!Files.isRegularFile(release)) {
            fail(release + " ontbreekt; is de runtime met jlink gebouwd?");
        }
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("MODULES=")) {
                return Set.of(line.substring("MODULES=".length()).replace("\"", "").strip().split("\\s+"));
            }
        }
        fail(release + " noemt geen MODULES.");
        return Set.of();
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static void fail(String message) {
        System.err.println("[installer] FOUT: " + message);
        System.exit(1);
    }
}
