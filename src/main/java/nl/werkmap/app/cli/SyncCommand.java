package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import nl.werkmap.sync.SyncEngine;
import nl.werkmap.sync.SyncReport;
import nl.werkmap.sync.file.BundleFile;
import nl.werkmap.sync.outbox.Backoff;

/**
 * {@code sync --data DIR [--export FILE.werkmapbundle] [--trust-cert hub.crt]}: one sync round with the hub, or
 * (with {@code --export}) write every change the hub has not acknowledged to a file for offline transfer.
 */
public final class SyncCommand implements Command {

    private final InputStream stdin;

    public SyncCommand() {
        this(System.in);
    }

    public SyncCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String summary() {
        return "synchroniseert met de gemeentehub, of exporteert een bundelbestand (--export)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("data", "export", "trust-cert", "passphrase-file");
        try (EnrollCommand.Unlocked caseload = EnrollCommand.Unlocked.open(options, stdin)) {
            SyncEngine engine = new SyncEngine(caseload.store(), caseload.vault().sealer(), Clock.systemUTC(),
                    Backoff.standard(), url -> {
                        try {
                            return EnrollCommand.client(url, options);
                        } catch (Exception e) {
                            throw new UsageException("Het hub-certificaat is niet te laden: " + e.getMessage());
                        }
                    });
            if (options.get("export").isPresent()) {
                Path file = Path.of(options.require("export"));
                engine.seal();
                int count = BundleFile.write(file, engine.outbox().pending(false));
                out.println(count + " bundel(s) geschreven naar " + file + ". Geef dit bestand aan de beheerder"
                        + " (hub import); dubbel importeren kan geen kwaad.");
                return 0;
            }
            SyncReport report = engine.syncOnce(true);
            out.println("Verstuurd: " + report.bundlesSent() + " bundel(s); ontvangen: " + report.changesReceived()
                    + " wijziging(en); conflicten: " + report.conflicts() + ".");
            if (!report.ok()) {
                err.println(report.error());
                return 1;
            }
            return 0;
        }
    }
}
