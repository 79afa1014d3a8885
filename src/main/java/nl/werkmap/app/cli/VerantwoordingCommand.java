package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.report.verantwoording.DocumentContent;
import nl.werkmap.report.verantwoording.DocumentKind;
import nl.werkmap.report.verantwoording.MedicalTerms;
import nl.werkmap.report.verantwoording.PlacementHalfYear;
import nl.werkmap.report.verantwoording.VerantwoordingDocuments;
import nl.werkmap.report.verantwoording.VerantwoordingDocuments.Format;
import nl.werkmap.store.CaseloadStore;

/**
 * {@code verantwoording --data DIR --candidate ID --halfjaar 2026-H2 --out F.pdf|F.txt}: a jobcoach document of one
 * placement and half year (the verantwoordingsrapportage unless {@code --document} says another), as PDF/A or as
 * text to paste into a portal. Free text with a medical word is not written: the coach is told the word and where
 * it stands, and rephrases it in Werkmap first.
 */
public final class VerantwoordingCommand implements Command {

    static final int MEDICAL_WORDS = 3;

    private final InputStream stdin;
    private final Clock clock;

    public VerantwoordingCommand() {
        this(System.in, Clock.systemDefaultZone());
    }

    VerantwoordingCommand(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "verantwoording";
    }

    @Override
    public String summary() {
        return "verantwoordingsrapportage en andere jobcoachdocumenten als pdf of tekst (--candidate ... --halfjaar ...)";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("verantwoording (--candidate ID | --placement ID) --halfjaar 2026-H2"
                + " --out BESTAND.pdf|BESTAND.txt [--document SOORT] [--format pdf|txt] [--data MAP]"
                + " [--passphrase-file BESTAND]\n       verantwoording --document jaartevredenheid --jaar 2026 --out BESTAND")
                + "Maakt een document voor UWV, de gemeente of de werkgever uit de uren, het logboek, de doelen en de"
                + " formulieren. Er gaat nooit een medisch gegeven in mee; vrije tekst met een medisch woord wordt niet"
                + " geschreven: je ziet het woord en past de tekst eerst aan in Werkmap.\n"
                + "  --candidate ID          de kandidaat (zijn plaatsing in dat halfjaar)\n"
                + "  --placement ID          of: de plaatsing zelf\n"
                + "  --halfjaar PERIODE      het halfjaar, bijvoorbeeld 2026-H2 (ook --period)\n"
                + "  --document SOORT        verantwoording (standaard), evaluatie, tevredenheid, vervolgaanvraag,\n"
                + "                          eindrapportage, melding of jaartevredenheid (met --jaar)\n"
                + "  --out BESTAND           .pdf (PDF/A) of .txt (tekstblokken om te plakken); wordt vervangen\n"
                + "  --format pdf|txt        zonder deze optie volgt het formaat de extensie van --out\n"
                + "  --termen-nagekeken      schrijf toch: je hebt de gevonden woorden nagekeken en ze zijn niet medisch\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args, "termen-nagekeken").allowOnly("data", "candidate", "placement",
                "halfjaar", "period", "document", "jaar", "out", "format", "termen-nagekeken", "passphrase-file");
        Path target = Path.of(options.require("out"));
        Format format = format(options, target);
        DocumentKind kind = Optional.ofNullable(DocumentKind.byCommand(options.get("document")
                .orElse("verantwoording"))).orElseThrow(() -> new UsageException("Onbekend --document '"
                + options.get("document").orElse("") + "'. Kies verantwoording, evaluatie, tevredenheid,"
                + " vervolgaanvraag, eindrapportage, melding of jaartevredenheid."));
        Path dataDir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
        char[] passphrase = PassphraseSource.read(options, stdin);
        try (CaseloadStore store = CliReport.open(dataDir, passphrase)) {
            DocumentContent content = kind == DocumentKind.TEVREDENHEID_JAAR
                    ? VerantwoordingDocuments.yearly(store, year(options))
                    : placementDocument(options, store, kind);
            List<MedicalTerms.Finding> findings = MedicalTerms.shipped().scan(content);
            if (!findings.isEmpty() && !options.flag("termen-nagekeken")) {
                err.println("Niet geschreven: de tekst bevat woorden die medisch kunnen zijn. Schrijf ze om in Werkmap"
                        + " (wat de persoon op het werk nodig heeft, niet waarom), of kijk ze na en gebruik"
                        + " --termen-nagekeken:");
                for (MedicalTerms.Finding f : findings) {
                    err.println("  '" + f.word() + "' in " + f.where());
                }
                return MEDICAL_WORDS;
            }
            ZonedDateTime created = ZonedDateTime.now(clock);
            ExportCommand.writeAtomically(target, o -> VerantwoordingDocuments.write(content, format, created, o));
            out.println(content.title() + " geschreven naar " + target.toAbsolutePath()
                    + (kind == DocumentKind.TEVREDENHEID_JAAR ? "." : ". Het noemt de werknemer: deel het alleen met"
                    + " de financier of de werkgever."));
            return 0;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    private static Format format(Options options, Path target) {
        String name = options.get("format").orElseGet(() -> {
            String file = target.getFileName().toString().toLowerCase(Locale.ROOT);
            return file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "";
        });
        Format format = Format.of(name);
        if (format == null) {
            throw new UsageException("Onbekend formaat '" + name + "'. Gebruik --out BESTAND.pdf of BESTAND.txt,"
                    + " of --format pdf|txt.");
        }
        return format;
    }

    private static int year(Options options) {
        int year = options.intValue("jaar", -1);
        if (year < 1900) {
            throw new UsageException("Geef het jaar met --jaar, bijvoorbeeld --jaar 2026.");
        }
        return year;
    }

    private DocumentContent placementDocument(Options options, CaseloadStore store, DocumentKind kind) {
        String periodText = options.get("halfjaar").or(() -> options.get("period"))
                .orElseThrow(() -> new UsageException("Geef het halfjaar met --halfjaar, bijvoorbeeld 2026-H2."));
        HalfYear period = HalfYear.parse(periodText);
        if (period == null) {
            throw new UsageException("'" + periodText + "' is geen halfjaar. Schrijf het als 2026-H1 of 2026-H2.");
        }
        UUID placement = options.get("placement").map(p -> uuid(p, "--placement")).orElse(null);
        UUID candidate = options.get("candidate").map(c -> uuid(c, "--candidate"))
                .or(() -> placement == null ? Optional.empty() : PlacementHalfYear.candidateOf(store, placement))
                .orElseThrow(() -> new UsageException(placement == null
                        ? "Geef de kandidaat met --candidate ID of de plaatsing met --placement ID."
                        : "De plaatsing " + placement + " staat niet in deze caseload."));
        return VerantwoordingDocuments.placementDocument(store, kind, candidate, placement, period,
                LocalDate.now(clock)).orElseThrow(() -> new UsageException("Kandidaat " + candidate
                + " heeft in " + period + " geen plaatsing" + (placement == null ? "" : " met dat id")
                + " in deze caseload. Kijk het id en het halfjaar na."));
    }

    private static UUID uuid(String text, String option) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " verwacht een id zoals 3f2a...-...; '" + text + "' is dat niet.");
        }
    }
}
