package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.domain.share.ProfielVeld;
import nl.werkmap.domain.share.Weergave;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.report.export.ProfielPdf;
import nl.werkmap.service.RefusedException;
import nl.werkmap.service.ShareService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Messages;

/**
 * {@code profiel --candidate ID --anoniem --out F.pdf}: the anonymous employer's view of a candidate as a PDF (no
 * name, BSN, address, birth date or health; region, age band and the work-relevant parts of the profile). With
 * {@code --werkgever ID} instead of {@code --anoniem}: the named view for that employer, only while a share with the
 * candidate's consent for that employer holds (recorded in the app); refused otherwise, with what to do.
 */
public final class ProfielCommand implements Command {

    private final InputStream stdin;
    private final Clock clock;

    public ProfielCommand() {
        this(System.in, Clock.systemDefaultZone());
    }

    ProfielCommand(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "profiel";
    }

    @Override
    public String summary() {
        return "het profiel van een kandidaat voor een werkgever als PDF, anoniem (--anoniem) of met naam"
                + " (--werkgever ID, alleen met toestemming)";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("profiel --candidate ID (--anoniem | --werkgever ID) --out BESTAND.pdf"
                + " [--data MAP] [--passphrase-file BESTAND]")
                + "Schrijft het werknemersprofiel zoals een werkgever het mag zien, als PDF/A. Anoniem: regio,"
                + " leeftijdsgroep en de onderdelen die over werk gaan; geen naam, BSN, adres, geboortedatum of"
                + " gezondheid. Met naam: alleen als de kandidaat toestemming gaf voor die werkgever (vastgelegd in"
                + " Werkmap bij Werknemersprofiel > Delen met werkgever), met de onderdelen die daar gekozen zijn.\n"
                + "  --candidate ID          het id van de kandidaat\n"
                + "  --anoniem               het anonieme profiel (voor het werkgeversservicepunt)\n"
                + "  --werkgever ID          het profiel met naam voor deze werkgever\n"
                + "  --out BESTAND.pdf       waar de PDF komt\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args, "anoniem").allowOnly("data", "candidate", "anoniem", "werkgever", "out",
                "passphrase-file");
        boolean anonymous = options.flag("anoniem");
        Optional<String> employerText = options.get("werkgever");
        if (anonymous == employerText.isPresent()) {
            throw new UsageException("Geef --anoniem of --werkgever ID (een van de twee).");
        }
        UUID candidateId = parseId(options.require("candidate"));
        UUID employerId = employerText.map(ProfielCommand::parseId).orElse(null);
        Path target = Path.of(options.require("out"));
        Path dataDir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
        Messages messages = Messages.forLocale(Messages.DUTCH);
        Weergave words = messages::text;
        char[] passphrase = PassphraseSource.read(options, stdin);
        try (CaseloadStore store = CliReport.open(dataDir, passphrase)) {
            if (store.candidates().find(candidateId).isEmpty()) {
                err.println("Kandidaat " + candidateId + " staat niet in deze caseload. Controleer het id.");
                return 1;
            }
            ShareService shares = new ShareService(() -> store, clock);
            if (anonymous) {
                ExportCommand.writeAtomically(target,
                        o -> new ProfielPdf().write(shares.anonymousDocument(candidateId, ProfielVeld.anoniem(), words), o));
                AccessLogging.export(store, List.of(candidateId.toString()), "profiel.anoniem", "pdf");
                out.println("Anoniem profiel geschreven naar " + target + ".");
                return 0;
            }
            if (store.employers().find(employerId).isEmpty()) {
                err.println("Werkgever " + employerId + " staat niet in deze caseload. Controleer het id.");
                return 1;
            }
            Optional<ProfielDeling> consented = shares.activeConsent(candidateId, employerId);
            if (consented.isEmpty()) {
                err.println("Niet geschreven: er is geen geldige toestemming van deze kandidaat voor deze werkgever"
                        + " (niet vastgelegd, ingetrokken of verlopen). Vraag de kandidaat om toestemming, leg die in"
                        + " Werkmap vast bij Toestemmingen en bij Werknemersprofiel > Delen met werkgever (hoe, wanneer"
                        + " en tot wanneer), en probeer het opnieuw. Anoniem kan wel: --anoniem.");
                return 1;
            }
            try {
                var document = shares.document(consented.get(), words);
                ExportCommand.writeAtomically(target, o -> new ProfielPdf().write(document, o));
                AccessLogging.export(store, List.of(candidateId.toString()), "profiel.benoemd", "pdf");
            } catch (RefusedException e) {
                for (ValidationProblem p : e.problems()) {
                    err.println("Niet geschreven: " + messages.text(p.messageKey()));
                }
                return 1;
            }
            out.println("Profiel met naam geschreven naar " + target + ".");
            return 0;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    private static UUID parseId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new UsageException("'" + text + "' is geen id. Een id ziet eruit als 0190f1c2-…-…; kopieer het uit"
                    + " Werkmap.");
        }
    }
}
