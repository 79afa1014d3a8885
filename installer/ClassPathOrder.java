import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Puts the jars the first window loads its classes from at the front of werkmap.jar's manifest Class-Path; the
 * others keep their order behind them. Run by the build after the jar is made:
 * {@code java installer/ClassPathOrder.java target/werkmap.jar}.
 *
 * <p>Why: for every class it loads, the JVM asks the jars of the class path one by one in this order. Maven lists
 * them by dependency, so JavaFX's graphics classes sat behind four other jars, and the settings' Gson and the
 * logging behind twenty to sixty. With `java -jar` those thousands of lookups made the JIT compile the JDK's jar
 * lookup (URLClassPath$JarLoader.getResource, 36 KB of machine code) with C2 before the first window was on
 * screen. The jars are the same; only the order of asking changes. No class or resource the app reads is in one of
 * these jars and in another (checked on 2026-12-05: only licence, Maven and module-info files are), so which jar
 * answers stays the same.
 *
 * <p>The jar is copied entry by entry with only the manifest replaced, so the manifest stays its first entry.
 */
public final class ClassPathOrder {

    /** The first window's jars, most classes first: JavaFX (with the platform's classifier), the theme, Gson, logging. */
    static final List<Pattern> FIRST = List.of(
            Pattern.compile("lib/javafx-graphics-[^/]+-(linux|win|mac)[^/]*\\.jar"),
            Pattern.compile("lib/javafx-base-[^/]+-(linux|win|mac)[^/]*\\.jar"),
            Pattern.compile("lib/javafx-controls-[^/]+-(linux|win|mac)[^/]*\\.jar"),
            Pattern.compile("lib/atlantafx-base-[^/]+\\.jar"),
            Pattern.compile("lib/gson-[^/]+\\.jar"),
            Pattern.compile("lib/slf4j-api-[^/]+\\.jar"),
            Pattern.compile("lib/slf4j-simple-[^/]+\\.jar"));

    private ClassPathOrder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Gebruik: java installer/ClassPathOrder.java target/werkmap.jar");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Manifest manifest;
        try (JarFile in = new JarFile(jar.toFile())) {
            manifest = in.getManifest();
        }
        String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        if (classPath == null) {
            System.err.println(jar + " heeft geen Class-Path in zijn manifest; niets te ordenen.");
            System.exit(1);
        }
        List<String> ordered = order(Arrays.asList(classPath.trim().split("\\s+")));
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", ordered));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        manifest.write(bytes);
        Path copy = jar.resolveSibling(jar.getFileName() + ".ordering");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copied = new ZipEntry(entry.getName());
                copied.setTime(entry.getTime());
                out.putNextEntry(copied);
                if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    out.write(bytes.toByteArray());
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[werkmap] Class-Path begint nu met: " + String.join(" ", ordered.subList(0,
                Math.min(FIRST.size(), ordered.size()))));
    }

    /** The entries matching {@link #FIRST}, in its order, then all others as they were. */
    static List<String> order(List<String> entries) {
        List<String> first = new ArrayList<>();
        for (Pattern pattern : FIRST) {
            for (String entry : entries) {
                if (pattern.matcher(entry).matches() && !first.contains(entry)) {
                    first.add(entry);
                }
            }
        }
        List<String> ordered = new ArrayList<>(first);
        for (String entry : entries) {
            if (!first.contains(entry)) {
                ordered.add(entry);
            }
        }
        return ordered;
    }
}
