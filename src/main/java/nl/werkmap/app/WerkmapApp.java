package nl.werkmap.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

import javafx.application.Application;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.app.config.ConfigProblem;
import nl.werkmap.app.config.MachineConfig;
import nl.werkmap.app.settings.EffectivePreferences;
import nl.werkmap.app.settings.SettingsStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.LoggingExecutors;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Theme;
import nl.werkmap.ui.main.MainWindow;

/** The JavaFX application: reads the user's settings and the machine file IT placed, picks the language and theme, and opens the main window. */
public final class WerkmapApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WerkmapApp.class);

    /**
     * Settings, texts and classes read ahead while the toolkit started (see {@link FirstWindowPreparation}); set by
     * {@link DesktopStarter} before the launch. Without it (another launcher) the start reads them itself.
     */
    private static volatile FirstWindowPreparation preparation;

    private SettingsStore settingsStore;
    private ExecutorService worker;
    private ExecutorService bulk;

    @Override
    public void start(Stage stage) {
        nl.werkmap.ui.candidate.VerantwoordingOpener.use(getHostServices());
        String data = getParameters().getNamed().get("data");
        Path dataDir = data != null ? Path.of(data) : DataDirectory.defaultForThisMachine();
        FirstWindowPreparation ahead = preparation;
        FirstWindowPreparation.Prepared prepared = ahead != null && ahead.dataDir().equals(dataDir)
                ? ahead.await()
                : FirstWindowPreparation.prepareHere(dataDir);
        settingsStore = prepared.settingsStore();
        MachineConfig machine = prepared.machine();
        for (ConfigProblem problem : machine.problems()) {
            LOG.warn("Machine-instellingen: {}", problem.message());
        }
        EffectivePreferences preferences = prepared.preferences();
        String language = preferences.languageProperty().get();
        Messages messages = prepared.messages();
        // Date pickers format with the default locale; make it match the chosen language.
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("en".equals(language) ? "en-GB" : "nl-NL"));
        worker = LoggingExecutors.singleWorker("werkmap-werk");
        // Reports, exports and the week view read on their own lane: opening a candidate never waits behind them.
        bulk = LoggingExecutors.singleWorker("werkmap-bulk");
        Theme.applyUserAgent();
        CaseloadFiles files = new CaseloadFiles(dataDir.resolve(DataDirectory.KEYRING_FILE),
                dataDir.resolve(DataDirectory.DATABASE_FILE));
        MainWindow window = new MainWindow(stage, files, messages, Background.onWorkerThreads(worker, bulk), preferences,
                DemoSeeding.seeder());
        String bundle = getParameters().getNamed().get("bundle");
        if (bundle != null) {
            window.bundleOpened(Path.of(bundle));
        }
        window.show();
    }

    /** Hands the app what {@link DesktopStarter} started preparing before it launched JavaFX. */
    static void prepared(FirstWindowPreparation ahead) {
        preparation = ahead;
    }

    @Override
    public void stop() {
        if (settingsStore != null) {
            settingsStore.close();
        }
        if (worker != null) {
            worker.shutdown();
        }
        if (bulk != null) {
            bulk.shutdown();
        }
    }
}
