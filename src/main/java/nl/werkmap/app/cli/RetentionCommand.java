package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.DutchDates;
import nl.werkmap.service.erasure.RetentionItem;
import nl.werkmap.service.erasure.RetentionOverview;
import nl.werkmap.service.erasure.RetentionService;
import nl.werkmap.store.CaseloadFolder;

/**
 * {@code bewaartermijn --data DIR}: who is due for erasure on this laptop (retention date passed), and who will be
 * within 90 days, under the periods IT set in the machine-wide configuration.
 */
public final class RetentionCommand implements Command {

    private final InputStream stdin;
    private final Clock clock;

    public RetentionCommand() {
        this(System.in, Clock.systemDefaultZone());
    }

    RetentionCommand(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "bewaartermijn";
    }

    @Override
    public String summary() {
        return "bewaartermijnen: welke kandidaten gewist moeten worden (--data MAP)";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("bewaartermijn [--data MAP] [--passphrase-file BESTAND]")
                + "Toont de kandidaten van wie de bewaartermijn voorbij is (einde traject plus de ingestelde termijn;"
                + " standaard 5 jaar, jobcoaching die UWV betaalt hoogstens 10 jaar) en wie binnen 90 dagen volgt."
                + " IT stelt de termijnen in met retention-years en retention-years-uwv in werkmap.properties."
                + " Wissen doe je met 'wis'.\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("data", "passphrase-file");
        Path dataDir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
        char[] passphrase = PassphraseSource.read(options, stdin);
        try (CaseloadFolder.Opened opened = CaseloadForErasure.open(dataDir, passphrase)) {
            RetentionService service = new RetentionService(opened.store(), opened.vault().sealer(), clock,
                    CaseloadForErasure.policy());
            RetentionOverview overview = service.overview();
            out.println("Bewaartermijn: " + service.policy().years() + " jaar na het einde van het traject ("
                    + service.policy().uwvYears() + " jaar bij jobcoaching die UWV betaalt).");
            print(out, "Bewaartermijn voorbij, nu wissen", overview.due());
            print(out, "Binnen " + RetentionOverview.SOON_DAYS + " dagen", overview.soon());
            out.println(overview.keptLonger() + " afgesloten trajecten blijven nog langer bewaard.");
            return 0;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    private static void print(PrintStream out, String title, List<RetentionItem> items) {
        out.println(title + ": " + items.size());
        for (RetentionItem item : items) {
            out.println("  " + item.candidateId() + "  " + (item.name() == null ? "(naam onbekend)" : item.name())
                    + "  einde traject " + DutchDates.date(item.trajectoryEnd()) + "  bewaren tot "
                    + DutchDates.date(item.retentionDate()) + (item.uwvFunded() ? "  (UWV)" : "")
                    + (item.deleted() ? "  (verwijderd, gegevens nog aanwezig)" : "")
                    + (item.coachName() == null ? "" : "  coach " + item.coachName()));
        }
    }
}
