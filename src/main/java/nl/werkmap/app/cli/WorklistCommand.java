package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.WorkItem;
import nl.werkmap.report.WorkList;
import nl.werkmap.report.export.CsvWriter;
import nl.werkmap.report.table.Labels;
import nl.werkmap.store.CaseloadStore;

/**
 * {@code werklijst --data DIR --scope ... --out FILE.csv}: the named list of what is due in the next 30 days
 * (halfjaarrapportages, ends of proefplaatsingen, loonwaarde measurements). It names candidates, so it is its own
 * command and never part of a summary export; the file is meant for the coach, not for sharing.
 */
public final class WorklistCommand implements Command {

    private final InputStream stdin;
    private final Clock clock;

    public WorklistCommand() {
        this(System.in, Clock.systemDefaultZone());
    }

    WorklistCommand(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "werklijst";
    }

    @Override
    public String summary() {
        return "werklijst met namen: wat de komende 30 dagen moet (--scope ... --out BESTAND.csv)";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("werklijst --out BESTAND.csv [--scope BEREIK] [--data MAP] [--passphrase-file BESTAND]")
                + "Schrijft wat de komende 30 dagen moet (halfjaarrapportages, einde proefplaatsing, loonwaardemetingen)"
                + " met de namen van de kandidaten. Dit bestand is voor de coach zelf: deel het niet.\n"
                + "  --out BESTAND.csv       het bestand dat wordt geschreven; een bestaand bestand wordt vervangen\n"
                + "  --scope BEREIK          all: alles op deze laptop (standaard); team: het enige team op deze laptop;"
                + " team:NAAM (hoofdletters maken niet uit); coach:ID; own --coach ID\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("data", "scope", "coach", "out", "passphrase-file");
        Path target = Path.of(options.require("out"));
        Path dataDir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
        char[] passphrase = PassphraseSource.read(options, stdin);
        try (CaseloadStore store = CliReport.open(dataDir, passphrase)) {
            ReportScope scope = CliReport.scope(options, store);
            WorkList workList = store.read(dsl -> WorkList.compute(dsl, clock, scope));
            List<WorkItem> items = workList.items();
            LocalDate today = LocalDate.now(clock);
            ExportCommand.writeAtomically(target, o -> {
                CsvWriter csv = CsvWriter.open(o);
                csv.record(List.of("Wat", "Datum", "Te laat", "Kandidaat", "Coach"));
                for (WorkItem item : items) {
                    String name = store.candidates().find(UUID.fromString(item.candidateId()))
                            .map(c -> c.personal().fullName()).orElse("(onbekend)");
                    csv.text(Labels.of(item.kind().name())).date(item.due()).text(item.overdue(today) ? "ja" : "nee")
                            .text(name).text(item.coachName()).endRecord();
                }
                csv.flush();
            });
            AccessLogging.export(store, items.stream().map(WorkItem::candidateId).toList(), "export.werklijst",
                    "csv, " + items.size() + " punten");
            out.println(items.size() + " punten op de werklijst geschreven naar " + target.toAbsolutePath()
                    + ". Let op: dit bestand bevat namen; deel het niet.");
            if (workList.olderOverdue() > 0) {
                out.println(workList.olderOverdue() + " punten zijn meer dan " + WorkList.OVERDUE_WINDOW_MONTHS
                        + " maanden te laat en staan niet in de lijst; werk die plaatsingen bij in Werkmap.");
            }
            return 0;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }
}
