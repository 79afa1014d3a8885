package nl.werkmap.bench.jvm;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A bench JVM started the way a coach's installed app starts, from a built app-image (e.g.
 * {@code target/installer/app-image/Werkmap}, made by {@code mvn -Pinstaller -Dinstaller.types=app-image package}):
 * the app-image's own runtime ({@code lib/runtime/bin/java}, jlinked, JavaFX as modules, its class-data archive with
 * JDK and JavaFX classes), the launcher's options from {@code lib/app/Werkmap.cfg} (the app's JVM options and, once
 * trained, {@code -XX:SharedArchiveFile=$APPDIR/werkmap.jsa}) and its class path in the launcher's order.
 *
 * <p>The bench's own classes come AFTER the app's class path: JDK 17 accepts a dynamic archive when the class path
 * it was made with is a prefix of the running one, so the app's classes still come from the archive, and the bench's
 * copy of the app's classes (target/classes) is never reached. JavaFX's jars are left out of the bench's part (the
 * runtime has JavaFX as modules, which win anyway). Monocle, the headless glass the bench draws on, is not in the
 * runtime: its jar stays on the class path and {@link #MONOCLE_EXPORTS} opens it the JavaFX internals it builds on,
 * as the class-path JVM gets for free. {@code -Xlog:class+load} shows what came from which archive ("shared objects
 * file" the runtime's, "(top)" the app's).
 */
public final class AppImageJvm {

    /** What Monocle (on the class path) needs of javafx.graphics and javafx.base when JavaFX is named modules. */
    static final List<String> MONOCLE_EXPORTS = List.of(
            "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.glass.events=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.glass.ui.delegate=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.glass.utils=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.application=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED",
            "--add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.prism=ALL-UNNAMED",
            "--add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED");

    private final Path java;
    private final List<String> options;
    private final List<String> classPath;

    private AppImageJvm(Path java, List<String> options, List<String> classPath) {
        this.java = java;
        this.options = options;
        this.classPath = classPath;
    }

    /** Reads {@code DIR/lib/app/Werkmap.cfg} as the launcher does ($APPDIR is {@code DIR/lib/app}). */
    public static AppImageJvm of(Path appImage) {
        Path app = appImage.toAbsolutePath().resolve("lib/app");
        Path cfg = app.resolve("Werkmap.cfg");
        Path java = appImage.toAbsolutePath().resolve("lib/runtime/bin/java");
        if (!Files.isRegularFile(cfg) || !Files.isExecutable(java)) {
            throw new IllegalStateException("no app-image in " + appImage + " (no lib/app/Werkmap.cfg or"
                    + " lib/runtime/bin/java); build one with mvn -Pinstaller -Dinstaller.types=app-image package");
        }
        try {
            return parse(Files.readAllLines(cfg), app, java);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AppImageJvm parse(List<String> cfg, Path app, Path java) {
        List<String> options = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        String appDir = app.toString();
        for (String raw : cfg) {
            String line = raw.strip();
            if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()).replace("$APPDIR", appDir));
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()).replace("$APPDIR", appDir));
            }
        }
        return new AppImageJvm(java, options, classPath);
    }

    /** The app-image's java. */
    public Path java() {
        return java;
    }

    /** The launcher's options, then what Monocle needs. */
    public List<String> options() {
        List<String> all = new ArrayList<>(options);
        all.addAll(MONOCLE_EXPORTS);
        return all;
    }

    /** The launcher's class path, then the bench's entries (without JavaFX's jars and what the app has already). */
    public String classPath(String benchClassPath) {
        List<String> all = new ArrayList<>(classPath);
        for (String entry : benchClassPath.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (!entry.isEmpty() && !name.startsWith("javafx-") && !all.contains(entry)) {
                all.add(entry);
            }
        }
        return String.join(File.pathSeparator, all);
    }
}
