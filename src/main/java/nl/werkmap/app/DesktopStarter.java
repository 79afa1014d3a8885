package nl.werkmap.app;

import java.nio.file.Path;
import java.util.Arrays;

import javafx.application.Application;

import nl.werkmap.app.cli.Options;
import nl.werkmap.app.cli.UsageException;

/** Starts the JavaFX desktop app. Kept apart so headless commands never touch JavaFX classes. */
final class DesktopStarter {

    private DesktopStarter() {
    }

    static int start(String[] args) {
        Path dataDir;
        try {
            dataDir = dataDirectory(args);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Application.launch(WerkmapApp.class, "--data=" + dataDir.toAbsolutePath());
        return 0;
    }

    /** {@code --data DIR} or the per-user default; no other option is accepted. */
    static Path dataDirectory(String[] args) {
        Options options = Options.parse(Arrays.asList(args)).allowOnly("data");
        if (!options.positional().isEmpty()) {
            throw new UsageException("Onbekend argument '" + options.positional().get(0) + "'.");
        }
        return options.get("data").isPresent()
                ? Path.of(options.require("data"))
                : DataDirectory.defaultForThisMachine();
    }
}
