package nl.werkmap.app.crash;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's last resort: an exception no screen handled (on the FX thread or a worker) is written to the
 * same {@link CrashLog} as the commands use. The console line names only the thread and the file: stderr of a
 * desktop start often ends up in the session's journal, so the report itself is not printed.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {

    private final CrashLog log;

    public CrashHandler(Path dataDir, Clock clock) {
        this.log = new CrashLog(dataDir, clock);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        try {
            Path file = log.write("app, thread " + thread.getName(), List.of(), failure);
            Holder.LOG.error("Onverwachte fout in thread {} ({}); de details staan in {}", thread.getName(),
                    CrashReport.headline(failure), file.toAbsolutePath());
        } catch (Exception e) {
            Holder.LOG.error("Onverwachte fout in thread {} ({}); het logbestand in {} kon niet worden geschreven ({})",
                    thread.getName(), CrashReport.headline(failure), log.folder(), e.getClass().getSimpleName());
        }
    }

    /**
     * The logger, made at the first crash: the handler is installed before JavaFX starts, and logging's own start-up
     * belongs on the thread that prepares the first window (see FirstWindowPreparation), not in front of it.
     */
    private static final class Holder {
        static final Logger LOG = LoggerFactory.getLogger(CrashHandler.class);
    }
}
