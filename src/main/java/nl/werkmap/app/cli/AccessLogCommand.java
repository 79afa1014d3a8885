package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.avg.AccessAction;
import nl.werkmap.domain.avg.AccessRequest;
import nl.werkmap.report.inzage.AccessLogCsv;
import nl.werkmap.report.inzage.InzageRecord;
import nl.werkmap.service.avg.AccessLog;
import nl.werkmap.store.CaseloadStore;

/**
 * {@code toegangslog --candidate ID [--out F.csv]}: who looked at a candidate's BSN and health data and who took
 * their data out of Werkmap, as this laptop knows it (its own entries and those synced from elsewhere). Reading the
 * log is logged too.
 */
public final class AccessLogCommand implements Command {

    private final InputStream stdin;
    private final Clock clock;

    public AccessLogCommand() {
        this(System.in, Clock.systemUTC());
    }

    AccessLogCommand(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "toegangslog";
    }

    @Override
    public String summary() {
        return "wie het BSN, gezondheidsgegevens of bestanden van een kandidaat inzag (--candidate ID [--out F.csv])";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("toegangslog --candidate ID [--out BESTAND.csv] [--data MAP]"
                + " [--passphrase-file BESTAND]")
                + "Toont de toegangslog van een kandidaat: wanneer wie het BSN of gezondheidsgegevens inzag, een"
                + " bestand met de gegevens maakte of een inzage deed, met de reden en het apparaat. Ook het lezen"
                + " van de log komt in de log.\n"
                + "  --candidate ID          het id van de kandidaat\n"
                + "  --out BESTAND.csv       schrijf de log als csv in plaats van hem te tonen\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("data", "candidate", "out", "passphrase-file");
        UUID candidate = InzageCommand.candidateId(options.require("candidate"));
        Path dataDir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
        char[] passphrase = PassphraseSource.read(options, stdin);
        try (CaseloadStore store = CliReport.open(dataDir, passphrase)) {
            AccessLog log = new AccessLog(() -> store, clock);
            log.record(AccessRequest.of(candidate, AccessAction.TOEGANGSLOG_INGEZIEN, "access_log")
                    .detail(options.get("out").isPresent() ? "csv" : "scherm"));
            List<InzageRecord> lines = log.of(candidate).stream().map(AccessLogCsv::record).toList();
            if (options.get("out").isPresent()) {
                Path target = Path.of(options.require("out"));
                ExportCommand.writeAtomically(target, o -> AccessLogCsv.write(lines, o));
                out.println(lines.size() + " regels toegangslog geschreven naar " + target.toAbsolutePath() + ".");
            } else {
                for (InzageRecord r : lines) {
                    out.println(AccessLogLines.line(r));
                }
            }
            return 0;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }
}
