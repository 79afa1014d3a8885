package nl.werkmap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.werkmap.security.CryptoWarmup;
import nl.werkmap.store.caseload.CaseloadWarmup;

/**
 * The training run for the installed app's class-data sharing archive, without a screen: loads and links the
 * classes of the first window (first-window-classes.txt), runs the part of the start-up that needs no JavaFX
 * toolkit (settings, machine file, texts) in a throwaway folder and the unlock warm-up on made-up data in memory,
 * then exits. Run as
 * {@code java -XX:ArchiveClassesAtExit=ARCHIVE -cp <the app's jars> nl.werkmap.app.ClassDataTraining}: at exit the
 * JVM writes every class it loaded from the app's jars into ARCHIVE. The .deb's postinst runs it with the installed
 * runtime, because JDK 17 accepts such an archive only at the jar paths it was made with (see docs/installing.md).
 *
 * <p>Nothing here needs a display, a caseload or the network; it never touches a coach's data. Exit code 0 when the
 * class list was found and loaded, 1 otherwise (the caller then keeps the app without the archive).
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        int loaded = train();
        // System.exit, not a plain return: the archive is written on the JVM's exit path either way, and the exit
        // code tells the caller whether the class list was there at all.
        System.exit(loaded > 0 ? 0 : 1);
    }

    /** The whole training: the first window's classes, then the unlock warm-up; returns the first count. */
    static int train() throws IOException {
        int loaded = loadFirstWindow();
        try {
            // What the app does right after its first window (UnlockWarmup, without the toolkit): key derivation,
            // sealing, SQLite in memory, jOOQ and the list's rules, so the first unlock finds those classes mapped too.
            CryptoWarmup.run();
            CaseloadWarmup.run();
        } catch (RuntimeException e) {
            // The archive still holds the first window's classes; the unlock loads the rest from the jars.
            System.out.println("[werkmap] opwarmen voor het ontgrendelen niet gelukt, archief zonder die klassen: " + e);
        }
        return loaded;
    }

    /** Loads what the first window needs and runs its toolkit-free start-up; returns how many classes were loaded. */
    static int loadFirstWindow() throws IOException {
        List<String> names = new ArrayList<>();
        // The launcher's main class is loaded before any list is read, so the class-load log the list is made from
        // does not name it; the launcher loads it at every start.
        names.add(Launcher.class.getName());
        names.addAll(FirstWindowPreparation.classList());
        int loaded = FirstWindowPreparation.loadClasses(ClassDataTraining.class.getClassLoader(), names);
        Path scratch = Files.createTempDirectory("werkmap-cds-training");
        try {
            // The first window's own start-up code paths (Gson on the settings, the texts): their classes and the
            // lambda forms they resolve go into the archive too.
            FirstWindowPreparation.prepareHere(scratch);
        } finally {
            deleteTree(scratch);
        }
        System.out.println("[werkmap] klassen voor het eerste venster geladen: " + loaded + " van " + names.size());
        return loaded;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
