package nl.werkmap.app.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
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

    private final Path file;
    private final Settings settings;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> pending;

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
        return new SettingsStore(file, settings);
    }

    public Settings settings() {
        return settings;
    }

    private synchronized void scheduleSave() {
        if (pending != null) {
            pending.cancel(false);
        }
        SettingsJson snapshot = settings.toJson();
        pending = scheduler.schedule(() -> write(snapshot), DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Writes pending changes now; used at exit and in tests. */
    public synchronized void flush() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        write(settings.toJson());
    }

    private void write(SettingsJson json) {
        try {
            PrivateFiles.createFolder(file.getParent());
            // createTempFile makes it 0600 on POSIX; the move keeps that mode.
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            Files.writeString(temp, Json.GSON.toJson(json), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.error("Instellingen konden niet worden opgeslagen in {}", file, e);
        }
    }

    @Override
    public void close() {
        flush();
        scheduler.shutdown();
    }

    /**
     * Gson, made when a settings file is first read or written: on a first start there is none, and building Gson
     * (about 130 classes) would only add to the CPU spent before the first window.
     */
    private static final class Json {
        static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    }
}
