import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.tools.ToolProvider;

/**
 * Builds the Werkmap installer for the OS it runs on; {@code mvn -Pinstaller package} calls it after the jar and
 * target/lib exist. Steps: stage the app jars (without JavaFX), jlink a runtime with the JDK modules and the JavaFX
 * modules from target/lib, check that it holds every module the app uses (installer/runtime/ModuleCheck.java),
 * move JavaFX's native libraries next to the JVM's own, train and dump a class-data sharing archive into the
 * runtime, jpackage an app-image, then the OS installer from that app-image (a .deb is finished by
 * installer/linux/finish-deb.sh). Options for jlink and jpackage live in argument files under installer/, one set
 * per OS.
 *
 * <p>Run with the JDK's source launcher from the project folder:
 * {@code java installer/Packager.java VERSION [--cds=false] [--types=app-image]}.
 */
public final class Packager {

    enum Os {
        LINUX("linux", "lib", List.of("deb")),
        WINDOWS("windows", "bin", List.of("msi")),
        MACOS("macos", "lib", List.of("dmg"));

        final String folder;
        final String nativeDir;
        final List<String> installerTypes;

        Os(String folder, String nativeDir, List<String> installerTypes) {
            this.folder = folder;
            this.nativeDir = nativeDir;
            this.installerTypes = installerTypes;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.contains("win") ? WINDOWS : name.contains("mac") ? MACOS : LINUX;
        }
    }

    /** The launcher options that open the app-image's AppCDS archive, in its Werkmap.cfg. */
    private static final List<String> APP_CDS_OPTIONS = List.of(
            "java-options=-XX:SharedArchiveFile=$APPDIR/werkmap.jsa", "java-options=-Xlog:cds*=off");

    /** Makes an app's class-data archive in place, headless; see {@link #appCds}. */
    private static final String CLASS_DATA_TRAINING = "installer/linux/train-class-data.sh";

    private final Os os = Os.current();
    private final Path target = Path.of("target");
    private final Path work = target.resolve("installer");
    private final Path input = work.resolve("input");
    private final Path runtime = work.resolve("runtime");
    private final String version;
    private final boolean cds;
    private final boolean installers;

    private Packager(String version, boolean cds, boolean installers) {
        this.version = version;
        this.cds = cds;
        this.installers = installers;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            fail("Gebruik: java installer/Packager.java VERSIE [--cds=false] [--types=app-image]");
        }
        List<String> options = List.of(args).subList(1, args.length);
        boolean cds = !options.contains("--cds=false");
        boolean installers = !options.contains("--types=app-image");
        new Packager(args[0], cds, installers).run();
    }

    private void run() throws Exception {
        if (!Files.isRegularFile(target.resolve("werkmap.jar")) || !Files.isDirectory(target.resolve("lib"))) {
            fail("target/werkmap.jar of target/lib ontbreekt; draai dit via 'mvn -Pinstaller package'.");
        }
        checkPrerequisites();
        deleteTree(work);
        List<Path> javafx = stageInput();
        jlink(javafx);
        // Before anything runs on the new runtime: a module the app needs but the image lacks fails here.
        exec(List.of(tool("java"), "installer/runtime/ModuleCheck.java", target.resolve("werkmap.jar").toString(),
                target.resolve("lib").toString(), runtime.toString()), Map.of());
        moveJavafxNatives(javafx);
        if (cds) {
            new CdsStep().run();
        }
        Path appImage = jpackageAppImage();
        if (cds && os == Os.LINUX) {
            appCds(appImage);
        }
        report("app-image", appImage);
        if (installers) {
            // The archive only works at the app-image's own path (see appCds); an installed copy would carry 30 MB
            // it can never use, so the installers are made from the app-image without it.
            Path archive = appImage.resolve("lib/app/werkmap.jsa");
            Path cfg = appImage.resolve("lib/app/Werkmap.cfg");
            Path asideArchive = work.resolve("werkmap.jsa.aside");
            boolean aside = Files.isRegularFile(archive); // made on Linux only (appCds)
            List<String> cfgWithArchive = aside ? Files.readAllLines(cfg) : List.of();
            if (aside) {
                Files.move(archive, asideArchive, StandardCopyOption.REPLACE_EXISTING);
                Files.write(cfg, cfgWithArchive.stream().filter(line -> !APP_CDS_OPTIONS.contains(line)).toList());
            }
            try {
                for (String type : os.installerTypes) {
                    jpackageInstaller(type);
                }
            } finally {
                if (aside) {
                    Files.move(asideArchive, archive, StandardCopyOption.REPLACE_EXISTING);
                    Files.write(cfg, cfgWithArchive);
                }
            }
            try (Stream<Path> files = Files.list(work.resolve("dist"))) {
                for (Path file : files.toList()) {
                    report("installer", file);
                }
            }
        }
    }

    /** Fails early with the install command, rather than half-way through jpackage with its English message. */
    private void checkPrerequisites() {
        if (os == Os.LINUX && installers) {
            for (String tool : List.of("dpkg-deb", "fakeroot")) {
                if (!onPath(tool)) {
                    fail(tool + " ontbreekt; een .deb bouwen vraagt: sudo apt-get install -y dpkg fakeroot"
                            + " (of bouw alleen het app-image met -Dinstaller.types=app-image).");
                }
            }
        }
        if (os == Os.WINDOWS && installers && !onPath("candle.exe") && !onPath("wix.exe")) {
            fail("WiX Toolset (candle.exe/light.exe) staat niet op het PATH; jpackage heeft WiX 3 nodig voor .msi."
                    + " Zie docs/installing.md.");
        }
    }

    /** target/werkmap.jar and target/lib without JavaFX: JavaFX goes into the runtime as modules instead. */
    private List<Path> stageInput() throws IOException {
        Files.createDirectories(input.resolve("lib"));
        Files.copy(target.resolve("werkmap.jar"), input.resolve("werkmap.jar"));
        List<Path> javafx = new ArrayList<>();
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            for (Path jar : libs.sorted().toList()) {
                String name = jar.getFileName().toString();
                if (name.startsWith("javafx-")) {
                    // javafx-base-21.0.11.jar is an empty placeholder; the classifier jar holds the module.
                    if (name.matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar")) {
                        javafx.add(jar);
                    }
                } else {
                    Files.copy(jar, input.resolve("lib").resolve(name));
                }
            }
        }
        if (javafx.isEmpty()) {
            fail("Geen JavaFX-jars voor dit platform in target/lib gevonden.");
        }
        if (os == Os.LINUX) {
            // Beside the jars in lib/app: the .deb's postinst runs it there after install, and IT can run it again.
            Files.copy(Path.of(CLASS_DATA_TRAINING), input.resolve("train-class-data.sh"));
        }
        return javafx;
    }

    private void jlink(List<Path> javafx) {
        String modulePath = javafx.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(tool("jlink"), "@installer/runtime/jlink.args",
                "--module-path", modulePath, "--output", runtime.toString()));
        if (cds) {
            // Gives the runtime the JDK's default archive; CdsStep replaces it with one that includes JavaFX.
            command.add("--generate-cds-archive");
        }
        exec(command, Map.of());
    }

    /**
     * JavaFX looks for its native libraries beside the JVM's own (java.home/lib, or bin on Windows) before it
     * unpacks them from the module into ~/.openjfx/cache. Putting them there saves that copy on first start and
     * keeps the app from writing outside its data folder. jlink.args leaves them out of the module image.
     */
    private void moveJavafxNatives(List<Path> javafx) throws IOException {
        Path nativeDir = runtime.resolve(os.nativeDir);
        for (Path jar : javafx) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : zip.stream().toList()) {
                    String name = entry.getName();
                    if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, nativeDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    private Path jpackageAppImage() throws IOException {
        Path dest = work.resolve("app-image");
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image",
                "@installer/jpackage/app.args", "@installer/" + os.folder + "/app-image.args",
                "--app-version", packageVersion(), "--runtime-image", runtime.toString(),
                "--input", input.toString(), "--dest", dest.toString()));
        for (String option : javaOptions()) {
            command.addAll(List.of("--java-options", option));
        }
        exec(command, Map.of());
        try (Stream<Path> made = Files.list(dest)) {
            return made.findFirst().orElseThrow();
        }
    }

    /**
     * The app's own classes in a class-data sharing archive of the app-image (JDK 17 dynamic archive on top of the
     * runtime's): installer/linux/train-class-data.sh, copied into lib/app, runs the headless training
     * (nl.werkmap.app.ClassDataTraining) on the app-image's runtime and jars, writes lib/app/werkmap.jsa and, only
     * when the JVM accepts it, adds -XX:SharedArchiveFile=$APPDIR/werkmap.jsa to Werkmap.cfg; the launcher then maps
     * those classes instead of reading and verifying them from the jars at every start. JDK 17 accepts the archive
     * only at the path it was made at: the .deb ships without it, and its postinst runs the same script on the
     * installed files. Without an archive the launcher's options stay as they were (a SharedArchiveFile that does
     * not exist would switch class-data sharing off altogether).
     */
    private void appCds(Path appImage) throws IOException {
        Path app = appImage.resolve(os == Os.MACOS ? "Contents/app" : "lib/app");
        int code = execCode(List.of("sh", app.resolve("train-class-data.sh").toString(),
                app.toAbsolutePath().toString()), Map.of(), 300);
        if (code != 0) {
            System.out.println("[installer] geen AppCDS-archief (code " + code + "); het app-image start zonder");
        }
    }

    private void jpackageInstaller(String type) throws IOException {
        Path appImage;
        try (Stream<Path> made = Files.list(work.resolve("app-image"))) {
            appImage = made.findFirst().orElseThrow();
        }
        boolean deb = type.equals("deb");
        // A .deb is compressed once, by finish-deb.sh after it has added the Debian docs; jpackage's copy stays plain.
        exec(List.of(tool("jpackage"), "--type", type, "@installer/jpackage/installer.args",
                "@installer/" + os.folder + "/installer.args", "--app-version", packageVersion(),
                "--app-image", appImage.toString(), "--dest", work.resolve("dist").toString()),
                deb ? Map.of("DPKG_DEB_COMPRESSOR_TYPE", "none") : Map.of());
        if (deb) {
            String compressor = System.getenv().getOrDefault("DPKG_DEB_COMPRESSOR_TYPE", "xz");
            try (Stream<Path> made = Files.list(work.resolve("dist"))) {
                for (Path file : made.filter(f -> f.toString().endsWith(".deb")).toList()) {
                    exec(List.of("bash", "installer/linux/finish-deb.sh", file.toString()),
                            Map.of("FINAL_COMPRESSOR", compressor));
                }
            }
        }
    }

    /**
     * jpackage wants plain numbers: MSI allows at most three parts, and macOS refuses a bundle version starting with
     * 0, so 0.y.z is packaged there as 1.y.z (the app itself still reports the Maven version).
     */
    private String packageVersion() {
        String plain = version.replaceFirst("-.*$", "");
        if (os == Os.MACOS && plain.startsWith("0.")) {
            String mac = "1." + plain.substring(2);
            System.out.println("[installer] macOS weigert bundelversie " + plain + "; gebruikt " + mac);
            return mac;
        }
        return plain;
    }

    private void report(String what, Path path) throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(path)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(Packager::size).sum();
        }
        System.out.printf("[installer] %s: %s (%.1f MB)%n", what, path, bytes / 1_000_000.0);
    }

    /**
     * Application class-data sharing for the runtime's own classes (JDK and JavaFX): a training run lists the
     * classes the app loads up to its first window, and a static dump writes them into lib/server/classes.jsa,
     * the archive the JVM opens by default. The app's own jars are left out on purpose: JDK 17 only accepts an
     * archive of classpath jars at the exact path it was made at, which an installer cannot promise.
     */
    private final class CdsStep {

        void run() throws Exception {
            Path trainer = compileTrainer();
            String classPath = trainer + java.io.File.pathSeparator + input.resolve("werkmap.jar");
            List<List<String>> runs = List.of(
                    List.of("-cp", classPath, "CdsTraining", "fx"),
                    // Its own data folder, so packaging never touches the caseload of whoever builds.
                    List.of("-cp", classPath, "CdsTraining", "app", "--data",
                            work.resolve("cds-data").toAbsolutePath().toString()),
                    List.of("-cp", classPath, "nl.werkmap.app.Launcher", "--help"));
            Set<String> merged = new LinkedHashSet<>();
            for (int i = 0; i < runs.size(); i++) {
                Path list = work.resolve("cds-training-" + i + ".lst");
                List<String> command = new ArrayList<>(displayWrapper());
                command.addAll(List.of(java(), "-Xshare:off", "-XX:DumpLoadedClassList=" + list));
                command.addAll(javaOptions());
                command.addAll(runs.get(i));
                int code = execCode(command, Map.of(), 120);
                System.out.println("[installer] CDS-training " + String.join(" ", runs.get(i).subList(2, runs.get(i).size()))
                        + " eindigde met code " + code);
                if (Files.exists(list)) {
                    merged.addAll(withoutIds(Files.readAllLines(list)));
                }
            }
            List<String> kept = runtimeClassesOnly(merged);
            if (kept.size() < 100) {
                System.out.println("[installer] CDS-training leverde te weinig op; runtime houdt het standaardarchief.");
                return;
            }
            // Kept beside (not in) the app-image, so installer/measure-startup.sh can compare against it.
            Files.copy(runtime.resolve("lib/server/classes.jsa"), work.resolve("cds-jdk-default.jsa"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path classList = work.resolve("cds-runtime-classes.lst");
            Files.write(classList, kept);
            List<String> dump = new ArrayList<>(List.of(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                    "-XX:SharedArchiveFile=" + runtime.resolve("lib/server/classes.jsa")));
            dump.addAll(javaOptions());
            exec(dump, Map.of());
            // The archive for heaps over 32 GB; Werkmap never runs with such a heap, so it is 11 MB of dead weight.
            Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));
            System.out.println("[installer] CDS-archief met " + kept.size() + " klassen van JDK en JavaFX");
        }

        /** The training shows real windows; on a Linux build machine without a screen, Xvfb stands in. */
        private List<String> displayWrapper() {
            if (os == Os.LINUX && System.getenv("DISPLAY") == null && onPath("xvfb-run")) {
                return List.of("xvfb-run", "-a");
            }
            return List.of();
        }

        private Path compileTrainer() {
            Path classes = work.resolve("cds-trainer");
            int result = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-source", "17", "-target", "17",
                    "--system", runtime.toString(), "-d", classes.toString(), "installer/runtime/CdsTraining.java");
            if (result != 0) {
                fail("installer/runtime/CdsTraining.java compileert niet tegen de nieuwe runtime.");
            }
            return classes;
        }

        /** Ids are per training run; without them the lists of several runs can be merged. */
        private List<String> withoutIds(List<String> lines) {
            return lines.stream().map(line -> line.replaceFirst(" id: \\d+$", "")).toList();
        }

        /** Keeps only classes the runtime image holds; the app's own classes would only give dump warnings. */
        private List<String> runtimeClassesOnly(Set<String> lines) throws IOException {
            Set<String> inImage = new HashSet<>();
            try (FileSystem jrt = FileSystems.newFileSystem(URI.create("jrt:/"),
                    Map.of("java.home", runtime.toAbsolutePath().toString()));
                 Stream<Path> modules = Files.list(jrt.getPath("/modules"))) {
                for (Path module : modules.toList()) {
                    try (Stream<Path> files = Files.walk(module)) {
                        files.map(f -> module.relativize(f).toString())
                                .filter(n -> n.endsWith(".class"))
                                .forEach(n -> inImage.add(n.substring(0, n.length() - 6)));
                    }
                }
            }
            return lines.stream().filter(line -> {
                String[] words = line.split(" ");
                if (line.startsWith("#")) {
                    return true;
                }
                return words[0].startsWith("@") ? words.length > 1 && inImage.contains(words[1]) : inImage.contains(words[0]);
            }).toList();
        }
    }

    /** The JVM options of the installed app, one per line in installer/runtime/java-options.args. */
    private static List<String> javaOptions() throws IOException {
        return Files.readAllLines(Path.of("installer/runtime/java-options.args")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", os == Os.WINDOWS ? name + ".exe" : name).toString();
    }

    private String java() {
        return runtime.resolve("bin").resolve(os == Os.WINDOWS ? "java.exe" : "java").toString();
    }

    private static void exec(List<String> command, Map<String, String> env) {
        int code = execCode(command, env, 1800);
        if (code != 0) {
            fail("Stap mislukt (code " + code + "): " + String.join(" ", command));
        }
    }

    private static int execCode(List<String> command, Map<String, String> env, int timeoutSeconds) {
        System.out.println("[installer] " + String.join(" ", command));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            fail("Kon " + command.get(0) + " niet starten: " + e.getMessage());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("Onderbroken tijdens " + command.get(0));
            return -1;
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void fail(String message) {
        System.err.println("[installer] FOUT: " + message);
        System.exit(1);
    }
}
