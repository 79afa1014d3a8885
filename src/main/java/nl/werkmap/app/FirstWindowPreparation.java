package nl.werkmap.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.app.config.MachineConfig;
import nl.werkmap.app.settings.EffectivePreferences;
import nl.werkmap.app.settings.SettingsStore;
import nl.werkmap.ui.common.Messages;

/**
 * What the first window needs that does not need JavaFX, done on its own thread while JavaFX starts its toolkit
 * (GTK, the renderer, its own classes): the coach's settings (Gson), IT's machine file, the texts in the chosen
 * language, and loading and verifying the classes the first window will use (first-window-classes.txt). On a
 * two-core laptop the toolkit's start leaves the second core mostly idle, so this work no longer adds to the time
 * before the window appears.
 *
 * <p>The classes are only loaded and linked, never initialized: a static initializer that needs the toolkit still
 * runs on the FX thread, when the window first uses the class. A class that is missing (the list is older than the
 * code) is skipped; the window then loads what it needs itself, as it always did.
 */
final class FirstWindowPreparation {

    /** The list of classes, made from a class-load log of a start-up; see installer/first-window-classes.sh. */
    static final String CLASS_LIST = "first-window-classes.txt";

    /** What {@link WerkmapApp#start} needs before it can build the first window. */
    record Prepared(SettingsStore settingsStore, MachineConfig machine, EffectivePreferences preferences,
                    Messages messages) {
    }

    private final Path dataDir;
    private final CompletableFuture<Prepared> prepared = new CompletableFuture<>();
    private final CompletableFuture<Integer> classesLoaded = new CompletableFuture<>();

    private FirstWindowPreparation(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Starts the preparation for the app on {@code dataDir} on a daemon thread and returns at once. */
    static FirstWindowPreparation start(Path dataDir) {
        FirstWindowPreparation preparation = new FirstWindowPreparation(dataDir);
        Thread thread = new Thread(preparation::run, "werkmap-voorbereiden");
        thread.setDaemon(true);
        thread.start();
        return preparation;
    }

    /** Does the preparation on the calling thread; for a start-up without the extra thread (and for tests). */
    static Prepared prepareHere(Path dataDir) {
        SettingsStore settingsStore = SettingsStore.open(dataDir);
        MachineConfig machine = MachineConfig.loadForThisMachine();
        EffectivePreferences preferences = new EffectivePreferences(settingsStore.settings(), machine);
        Messages messages = Messages.forLocale(Locale.forLanguageTag(preferences.languageProperty().get()));
        return new Prepared(settingsStore, machine, preferences, messages);
    }

    /** The caseload folder this preparation read the settings of. */
    Path dataDir() {
        return dataDir;
    }

    private void run() {
        try {
            prepared.complete(prepareHere(dataDir));
        } catch (RuntimeException | Error e) {
            // Handed to the FX thread, which fails the start as it did when it read the settings itself.
            prepared.completeExceptionally(e);
        }
        try {
            classesLoaded.complete(loadClasses(FirstWindowPreparation.class.getClassLoader(), classList()));
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the window loads every class it needs itself anyway.
            Holder.LOG.debug("Klassen voor het eerste venster niet vooraf geladen", e);
            classesLoaded.completeExceptionally(e);
        }
    }

    /**
     * The settings, machine file and texts; waits for the preparation thread when it is not done yet. A failure
     * there is thrown here, on the caller's thread, as it would have been without the preparation.
     */
    Prepared await() {
        try {
            return prepared.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** How many classes of the list were loaded and linked ahead; for tests and start-up measurements. */
    CompletableFuture<Integer> classesLoaded() {
        return classesLoaded;
    }

    /**
     * Loads and links each named class without initializing it. Linking (bytecode verification) is asked through
     * reflection, which links a class but does not run its static initializer. Returns how many were found.
     */
    static int loadClasses(ClassLoader loader, List<String> names) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                type.getDeclaredConstructors();
                loaded++;
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // An older list or a class of another platform: the window loads what it needs when it needs it.
                Holder.LOG.trace("Klasse {} niet vooraf geladen: {}", name, e.toString());
            }
        }
        return loaded;
    }

    /** The class names of {@link #CLASS_LIST}, in the order the first window first used them. */
    static List<String> classList() {
        InputStream in = FirstWindowPreparation.class.getResourceAsStream(CLASS_LIST);
        if (in == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De klassenlijst " + CLASS_LIST + " kon niet worden gelezen", e);
        }
        return names;
    }

    /** The logger, made when first used: logging's own start-up then happens on the preparation thread. */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(FirstWindowPreparation.class);
    }
}
