package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.report.HoursLines;
import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.export.CsvWriter;
import nl.werkmap.report.export.HoursWorkbook;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Messages;

/**
 * {@code uren --data DIR --period P --scope S --out FILE.csv}: the logged jobcoach hours per coach, client, day and
 * activity, with travel apart, for the organisation's administration (invoicing UWV or the gemeente). It names
 * clients, so like the werklijst it is its own file, meant for the administration, not for sharing further.
 */
public final class HoursCommand implements Command {

    private static final List<String> HEADERS = List.of("Datum", "Coach", "Kandidaat", "Financier", "Activiteit",
            "Uren coaching", "Reistijd (min)", "Sessies");

    private final InputStream stdin;

    public HoursCommand() {
        this(System.in);
    }

    HoursCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "uren";
    }

    @Override
    public String summary() {
        return "jobcoachuren per coach, kandidaat, dag en activiteit (--period ... --out BESTAND.csv|.xlsx)";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("uren --period PERIODE --out BESTAND.csv|BESTAND.xlsx [--scope BEREIK] [--format csv|xlsx]"
                + " [--data MAP] [--passphrase-file BESTAND]")
                + "Schrijft de vastgelegde jobcoachuren per coach (wie de sessie deed), kandidaat, dag en activiteit,"
                + " met reistijd apart (geen coaching) en de financier van de plaatsing. Het bestand noemt kandidaten:"
                + " het is voor de administratie, deel het niet verder.\n"
                + "  --period PERIODE        2026-H1, 2026-Q2, 2026-T3, 2026 of 2026-01-01..2026-03-31\n"
                + "  --out BESTAND.csv       het bestand dat wordt geschreven; een bestaand bestand wordt vervangen\n"
                + "  --format csv|xlsx       csv (standaard) of xlsx (datums en uren als getallen voor Excel)\n"
                + "  --scope BEREIK          all (standaard), team, team:NAAM, coach:ID of own --coach ID\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("data", "period", "scope", "coach", "out", "format",
                "passphrase-file");
        ReportPeriod period = CliReport.period(options.require("period"));
        Path target = Path.of(options.require("out"));
        String format = options.get("format").orElse(target.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? "xlsx" : "csv").toLowerCase(Locale.ROOT);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new UsageException("Onbekend formaat '" + format + "'. Gebruik --format csv of --format xlsx.");
        }
        Path dataDir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
        char[] passphrase = PassphraseSource.read(options, stdin);
        Messages labels = Messages.dutch();
        try (CaseloadStore store = CliReport.open(dataDir, passphrase)) {
            ReportScope scope = CliReport.scope(options, store);
            List<HoursLines.Line> lines = store.read(dsl -> HoursLines.compute(dsl, period, scope));
            Map<String, String> names = new HashMap<>();
            for (HoursLines.Line line : lines) {
                names.computeIfAbsent(line.candidateId(), id -> store.candidates().find(UUID.fromString(id))
                        .map(c -> c.personal().fullName()).orElse("(onbekend)"));
            }
            // The query orders by candidate id (names are sealed); the administration reads by name.
            List<HoursLines.Line> sorted = lines.stream().sorted(java.util.Comparator
                    .comparing(HoursLines.Line::day)
                    .thenComparing(l -> l.coachName() == null ? "" : l.coachName())
                    .thenComparing(l -> names.get(l.candidateId()))
                    .thenComparing(l -> l.activity() == null ? "" : l.activity())).toList();
            if (format.equals("xlsx")) {
                List<HoursWorkbook.Line> rows = sorted.stream().map(line -> new HoursWorkbook.Line(line.day(),
                        line.coachName() == null ? "" : line.coachName(), names.get(line.candidateId()),
                        line.financier() == null ? "" : labels.enumText(JobcoachType.valueOf(line.financier())),
                        line.activity() == null ? "(geen activiteit)"
                                : labels.enumText(CoachingActivity.valueOf(line.activity())),
                        line.hours(), (int) line.travelMinutes(), (int) line.sessions())).toList();
                ExportCommand.writeAtomically(target, o -> HoursWorkbook.write("Uren " + period.label(), HEADERS,
                        rows, o));
            } else {
                ExportCommand.writeAtomically(target, o -> {
                    CsvWriter csv = CsvWriter.open(o);
                    csv.record(HEADERS);
                    for (HoursLines.Line line : sorted) {
                        String name = names.get(line.candidateId());
                        csv.date(line.day()).text(line.coachName() == null ? "" : line.coachName()).text(name)
                                .text(line.financier() == null ? "" : labels.enumText(JobcoachType.valueOf(line.financier())))
                                .text(line.activity() == null ? "(geen activiteit)"
                                        : labels.enumText(CoachingActivity.valueOf(line.activity())))
                                .number(line.hours(), 2).count(line.travelMinutes()).count(line.sessions()).endRecord();
                    }
                    csv.flush();
                });
            }
            AccessLogging.export(store, names.keySet(), "export.uren", format + ", " + period.label() + ", "
                    + names.size() + " kandidaten");
            out.println(lines.size() + " regels uren (" + period.label() + ") geschreven naar "
                    + target.toAbsolutePath() + ". Let op: dit bestand bevat namen; deel het niet verder.");
            return 0;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }
}
