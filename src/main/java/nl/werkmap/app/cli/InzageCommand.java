package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.avg.AccessAction;
import nl.werkmap.domain.avg.AccessRequest;
import nl.werkmap.report.inzage.CaseloadInzage;
import nl.werkmap.report.inzage.InzageDossier;
import nl.werkmap.report.inzage.InzageJson;
import nl.werkmap.report.inzage.InzagePdf;
import nl.werkmap.service.avg.AccessLog;
import nl.werkmap.store.CaseloadStore;

/**
 * {@code inzage --data DIR --candidate ID --out F.json|F.pdf}: everything this laptop holds about one candidate, for
 * their request for their data (AVG art. 15). The inzage is itself logged first, so the file shows it too.
 */
public final class InzageCommand implements Command {

    private final InputStream stdin;
    private final Clock clock;

    public InzageCommand() {
        this(System.in, Clock.systemUTC());
    }

    InzageCommand(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "inzage";
    }

    @Override
    public String summary() {
        return "alle gegevens van een kandidaat voor een inzageverzoek (--candidate ID --out BESTAND.json|.pdf)";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("inzage --candidate ID --out BESTAND.json|BESTAND.pdf [--reden TEKST] [--data MAP]"
                + " [--passphrase-file BESTAND]")
                + "Schrijft alle gegevens die deze laptop over een kandidaat heeft, met doelen, ontvangers, herkomst,"
                + " bewaartermijn en toegangslog: als JSON (voor een ander programma) of als PDF (om te lezen en te"
                + " bewaren). De inzage komt zelf in de toegangslog. Geef het bestand alleen aan de kandidaat.\n"
                + "  --candidate ID          het id van de kandidaat (staat in Werkmap bij de kandidaat)\n"
                + "  --out BESTAND           .json of .pdf; een bestaand bestand wordt vervangen\n"
                + "  --reden TEKST           waarom (standaard: inzageverzoek van de kandidaat)\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("data", "candidate", "out", "reden", "passphrase-file");
        UUID candidate = candidateId(options.require("candidate"));
        Path target = Path.of(options.require("out"));
        boolean pdf = format(target);
        Path dataDir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
        char[] passphrase = PassphraseSource.read(options, stdin);
        try (CaseloadStore store = CliReport.open(dataDir, passphrase)) {
            if (store.candidates().find(candidate).isEmpty()) {
                throw new UsageException("Deze caseload heeft geen kandidaat met id " + candidate + ". Controleer het id"
                        + " (of maak de inzage bij de hub: 'hub inzage').");
            }
            long started = System.nanoTime();
            new AccessLog(() -> store, clock).record(AccessRequest.of(candidate, AccessAction.INZAGE,
                    pdf ? "inzage.pdf" : "inzage.json").purpose(options.get("reden")
                    .orElse("Inzageverzoek van de kandidaat (art. 15 AVG)")));
            InzageDossier dossier = CaseloadInzage.of(store, candidate, Instant.now(clock), null, null,
                    CaseloadForErasure.policy());
            ExportCommand.writeAtomically(target, o -> {
                if (pdf) {
                    InzagePdf.write(dossier, o, ZoneId.systemDefault());
                } else {
                    InzageJson.write(dossier, o);
                }
            });
            store.registerSavedFile(candidate, pdf ? "inzage.pdf" : "inzage.json", target, Instant.now(clock));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            out.println("Inzage (" + dossier.records().size() + " records) geschreven naar " + target.toAbsolutePath()
                    + " in " + took.toMillis() + " ms. Geef dit bestand alleen aan de kandidaat.");
            return 0;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    static UUID candidateId(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new UsageException("'" + text + "' is geen kandidaat-id. Een id ziet eruit als"
                    + " 3f2a9c1e-0b7d-4c2e-9a51-6d8e4f0a1b23.");
        }
    }

    /** True for PDF, false for JSON; anything else is refused before a caseload is opened. */
    static boolean format(Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return true;
        }
        if (name.endsWith(".json")) {
            return false;
        }
        throw new UsageException("Kies een bestand dat eindigt op .json of .pdf voor --out.");
    }
}
