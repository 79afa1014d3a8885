package nl.werkmap.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.SummaryService;
import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.TrendFigures;
import nl.werkmap.report.TrendQueries;
import nl.werkmap.report.export.ReportDocument;
import nl.werkmap.report.export.ReportFormat;
import nl.werkmap.security.Vault;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.store.CaseloadFolder;
import nl.werkmap.store.CaseloadStore;

/**
 * {@code export --data DIR --period 2026-T3 --scope team[:NAAM]|coach:ID|own --coach ID|all --format xlsx|csv|pdf
 * --out FILE}: writes a team summary (aggregates only, small counts hidden) without starting the app. The file is
 * written to a temporary name first and moved into place, so a failed export never leaves half a file.
 */
public final class ExportCommand implements Command {

    private final InputStream stdin;
    private final Clock clock;

    public ExportCommand() {
        this(System.in, Clock.systemDefaultZone());
    }

    ExportCommand(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "teamoverzicht naar xlsx, csv of pdf (--period 2026-T3 --scope team --format pdf --out BESTAND)";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("export --period PERIODE --out BESTAND [--format xlsx|csv|pdf] [--scope BEREIK]"
                + " [--data MAP] [--passphrase-file BESTAND]")
                + "Schrijft een teamoverzicht zonder namen (aantallen van 1 tot 4 als \"<5\") zonder de app te starten.\n"
                + "  --period PERIODE        2026-T3 (tertiaal), 2026-Q2 (kwartaal), 2026-H1 (halfjaar), 2026 (jaar)"
                + " of 2026-01-01..2026-03-31\n"
                + "  --scope BEREIK          all: alles op deze laptop (standaard); team: het enige team op deze laptop;"
                + " team:NAAM (hoofdletters maken niet uit); coach:ID; own --coach ID\n"
                + "  --format xlsx|csv|pdf   zonder --format telt de extensie van --out\n"
                + "  --out BESTAND           het bestand dat wordt geschreven; een bestaand bestand wordt vervangen\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("data", "period", "scope", "coach", "format", "out",
                "passphrase-file");
        ReportPeriod period = CliReport.period(options.require("period"));
        ReportFormat format = CliReport.format(options.get("format").orElse(null), options.require("out"));
        Path target = Path.of(options.require("out"));
        Path dataDir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
        char[] passphrase = PassphraseSource.read(options, stdin);
        try (CaseloadStore store = CliReport.open(dataDir, passphrase)) {
            var scope = CliReport.scope(options, store);
            TeamSummary summary = store.read(dsl -> new SummaryService(dsl, clock).compute(period, scope));
            TrendFigures trend = store.read(dsl -> new TrendQueries(dsl, clock).compute(period, scope));
            ReportDocument document = ReportDocument.of(summary, trend);
            writeAtomically(target, o -> format.write(document, o));
            out.println("Teamoverzicht " + period.describe() + " (" + summary.scopeLabel() + ") geschreven naar "
                    + target.toAbsolutePath() + ".");
            return 0;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    /** Writes through a temporary file beside the target, then moves it into place. */
    static void writeAtomically(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException("De map " + dir + " bestaat niet. Maak hem eerst aan of kies een andere --out.");
        }
        Path tmp = Files.createTempFile(dir, ".werkmap-export", ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                writer.write(o);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes a file's content. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Opens the vault and caseload, with Dutch messages for the usual mistakes. */
    static CaseloadStore openOrExplain(Path dataDir, char[] passphrase) {
        Path keyring = dataDir.resolve(DataDirectory.KEYRING_FILE);
        if (!Vault.exists(keyring)) {
            throw new UsageException("In " + dataDir + " staat geen Werkmap-caseload. Controleer --data.");
        }
        try {
            // Through CaseloadFolder: a damaged caseload or a foreign keyring is refused before any report is made.
            return new CaseloadFolder(keyring, dataDir.resolve(DataDirectory.DATABASE_FILE)).checkedAtEveryOpen()
                    .unlock(passphrase).store();
        } catch (WrongPassphraseException e) {
            throw new UsageException("Het wachtwoord klopt niet. Probeer het opnieuw.");
        }
    }
}
