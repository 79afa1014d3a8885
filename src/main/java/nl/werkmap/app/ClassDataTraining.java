package nl.werkmap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run for the installed app's class-data sharing archive, without a screen: loads and links the
 * classes of the first window (first-window-classes.txt) and runs the part of the start-up that needs no JavaFX
 * toolkit (settings, machine file, texts) in a throwaway folder, then exits. Run as
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

    /**
     * The whole training: the first window's classes only. The unlock warm-up (CryptoWarmup, CaseloadWarmup) is
     * left out on purpose: it runs in the background while the coach types the passphrase, so its classes are off
     * the path a coach waits on, and taking them in made the archive 30 MB instead of 2 MB with no gain (and by the
     * measurements a loss) at the first window; see docs/installing.md. The classes the unlock loads up to the
     * caseload list were tried too (loaded by name) and left out: the first window stayed as it was, the cold
     * unlock at 150,000 candidates was not faster (issue 13).
     */
    static int train() throws IOException {
        return loadFirstWindow();
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
