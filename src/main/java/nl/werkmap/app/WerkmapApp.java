package nl.werkmap.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

import javafx.application.Application;
import javafx.stage.Stage;

import nl.werkmap.app.settings.SettingsStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.LoggingExecutors;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Theme;
import nl.werkmap.ui.main.MainWindow;

/** The JavaFX application: reads settings, picks the language and theme, and opens the main window. */
public final class WerkmapApp extends Application {

    private SettingsStore settingsStore;
    private ExecutorService worker;

    @Override
    public void start(Stage stage) {
        String data = getParameters().getNamed().get("data");
        Path dataDir = data != null ? Path.of(data) : DataDirectory.defaultForThisMachine();
        settingsStore = SettingsStore.open(dataDir);
        Messages messages = Messages.forLocale(Locale.forLanguageTag(settingsStore.settings().languageProperty().get()));
        worker = LoggingExecutors.singleWorker("werkmap-werk");
        Theme.applyUserAgent();
        CaseloadFiles files = new CaseloadFiles(dataDir.resolve(DataDirectory.KEYRING_FILE),
                dataDir.resolve(DataDirectory.DATABASE_FILE));
        new MainWindow(stage, files, messages, Background.onWorkerThread(worker), settingsStore.settings(),
                DemoSeeding.seeder()).show();
    }

    @Override
    public void stop() {
        if (settingsStore != null) {
            settingsStore.close();
        }
        if (worker != null) {
            worker.shutdown();
        }
    }
}
