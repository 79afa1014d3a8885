package nl.werkmap.app.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import javafx.beans.InvalidationListener;

import nl.werkmap.security.PrivateFiles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads {@code settings.json} from the data folder and saves it again shortly after each change. Saving writes a
 * temp file beside it and moves that over the old file, so a crash never leaves half a settings file.
 */
public final class SettingsStore implements AutoCloseable {

    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final long DEBOUNCE_MILLIS = 500;
    private static final long STRAY_AFTER_MILLIS = 60_000;

    private final Path file;
    private final Settings settings;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> pending;
    /** Each snapshot's number, in the order they were taken; the file holds {@link #written}'s. */
    private long taken;
    private long written = -1;

    private SettingsStore(Path file, Settings settings) {
        this.file = file;
        this.settings = settings;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "werkmap-settings");
            thread.setDaemon(true);
            return thread;
        });
        InvalidationListener onChange = obs -> scheduleSave();
        for (var observable : settings.observables()) {
            observable.addListener(onChange);
        }
    }

    /** Reads the settings in {@code dataDir}; a missing or unreadable file gives the defaults (and a log line). */
    public static SettingsStore open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Settings settings = new Settings();
        if (Files.isRegularFile(file)) {
            try {
                // Written by an older Werkmap with the umask's mode: only the coach may read it.
                PrivateFiles.tighten(dataDir);
                PrivateFiles.tighten(file);
            } catch (IOException e) {
                LOG.warn("Instellingen in {} konden niet worden afgeschermd voor andere gebruikers.", file, e);
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                SettingsJson json = Json.GSON.fromJson(reader, SettingsJson.class);
                if (json != null) {
                    settings.apply(json);
                }
            } catch (IOException | JsonParseException e) {
                LOG.warn("Instellingen in {} zijn onleesbaar; de standaardwaarden gelden.", file, e);
            }
        }
        removeStrayTemps(dataDir);
        return new SettingsStore(file, settings);
    }

    /**
     * Temp files a save left when the app was stopped halfway (power off, a killed process): the file they were for
     * is whole (the move is what replaces it), so they are only litter. A minute old at least, so a save of another
     * Werkmap on the same folder at this very moment keeps its own.
     */
    static void removeStrayTemps(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        long before = System.currentTimeMillis() - STRAY_AFTER_MILLIS;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dataDir, FILE_NAME + "*.tmp")) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).toMillis() < before) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            LOG.warn("Achtergebleven tijdelijke bestanden in {} konden niet worden opgeruimd.", dataDir, e);
        }
    }

    public Settings settings() {
        return settings;
    }

    private synchronized void scheduleSave() {
        if (pending != null) {
            pending.cancel(false);
        }
        SettingsJson snapshot = settings.toJson();
        long number = ++taken;
        pending = scheduler.schedule(() -> write(snapshot, number), DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Writes pending changes now; used at exit and in tests. */
    public synchronized void flush() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        write(settings.toJson(), ++taken);
    }

    /**
     * Writes snapshot {@code number}, unless a later one is already in the file: a debounced save already running
     * when {@link #flush} took a newer snapshot must not put the older settings back after it.
     */
    synchronized void write(SettingsJson json, long number) {
        if (number <= written) {
            return;
        }
        Path temp = null;
        try {
            PrivateFiles.createFolder(file.getParent());
            // createTempFile makes it 0600 on POSIX; the move keeps that mode.
            temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            Files.writeString(temp, Json.GSON.toJson(json), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            written = number;
        } catch (IOException e) {
            LOG.error("Instellingen konden niet worden opgeslagen in {}", file, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Tijdelijk bestand {} kon niet worden verwijderd.", temp, e);
        }
    }

    @Override
    public void close() {
        flush();
        scheduler.shutdown();
        try {
            // A debounced save already under way finishes (it writes nothing older than the flush), so the app's
            // exit does not cut it off halfway and leave its temp file.
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Gson, made when a settings file is first read or written: on a first start there is none, and building Gson
     * (about 130 classes) would only add to the CPU spent before the first window.
     */
    private static final class Json {
        static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    }
}
