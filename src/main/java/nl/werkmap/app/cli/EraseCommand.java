package nl.werkmap.app.cli;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.service.erasure.ErasureRefusedException;
import nl.werkmap.service.erasure.ErasureService;
import nl.werkmap.service.erasure.RetentionService;
import nl.werkmap.store.CaseloadFolder;

/**
 * {@code wis --data DIR --candidate ID [--reden "..."] [--ja]}: erases one candidate from this laptop after the
 * checks (team lead, nothing unsynced, no running placement, retention date passed or a stated legal reason), and
 * asks for confirmation first unless {@code --ja}. On an enrolled laptop the erasure reaches the hub and every
 * other laptop at the next sync.
 */
public final class EraseCommand implements Command {

    private final InputStream stdin;
    private final Clock clock;

    public EraseCommand() {
        this(System.in, Clock.systemDefaultZone());
    }

    EraseCommand(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "wis";
    }

    @Override
    public String summary() {
        return "wist een kandidaat voorgoed, ook uit de hub en van andere laptops (--candidate ID)";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("wis --candidate ID [--reden TEKST] [--ja] [--data MAP] [--passphrase-file BESTAND]")
                + "Wist alle gegevens van een kandidaat uit deze caseload, voorgoed. Alleen een teamleider mag dit;"
                + " een kandidaat met wijzigingen die nog niet gesynchroniseerd zijn of met een lopende plaatsing"
                + " wordt niet gewist. Is deze laptop gekoppeld, dan wist de gemeente de kandidaat bij de volgende"
                + " synchronisatie ook uit de hub en van alle andere laptops.\n"
                + "  --candidate ID          het id van de kandidaat (zie 'bewaartermijn')\n"
                + "  --reden TEKST           de wettelijke reden om te wissen voordat de bewaartermijn voorbij is,"
                + " bijv. \"verzoek van betrokkene (AVG art. 17)\"; noem geen persoonsgegevens\n"
                + "  --ja                    niet om bevestiging vragen (voor scripts)\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args, "ja").allowOnly("data", "passphrase-file", "candidate", "reden", "ja");
        String candidate = options.require("candidate");
        Optional<String> reason = options.get("reden");
        Path dataDir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
        BufferedReader input = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        char[] passphrase = PassphraseSource.read(options, options.get("passphrase-file").isPresent() ? stdin
                : new ByteArrayInputStream((line(input) + "\n").getBytes(StandardCharsets.UTF_8)));
        try (CaseloadFolder.Opened opened = CaseloadForErasure.open(dataDir, passphrase)) {
            RetentionService retention = new RetentionService(opened.store(), opened.vault().sealer(), clock,
                    CaseloadForErasure.policy());
            ErasureService erasure = new ErasureService(opened.store(), opened.vault().sealer(), clock, retention);
            Optional<ErasureRefusedException> refused = erasure.check(candidate, reason.orElse(null));
            if (refused.isPresent()) {
                err.println("Niet gewist: " + refused.get().getMessage());
                return 2;
            }
            String name = opened.store().candidates().find(java.util.UUID.fromString(candidate))
                    .map(c -> c.personal().fullName()).orElse(candidate);
            if (!options.flag("ja")) {
                out.println("Je gaat " + name + " (" + candidate + ") voorgoed wissen" + (erasure.enrolled()
                        ? ", op deze laptop, in de hub en op alle andere laptops." : " uit deze caseload.")
                        + " Dit kan niet ongedaan worden gemaakt.");
                out.print("Typ 'wis' om te bevestigen: ");
                out.flush();
                String answer = line(input);
                if (!"wis".equals(answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT))) {
                    out.println("Niet gewist: je hebt niet bevestigd.");
                    return 1;
                }
            }
            var files = erasure.erase(candidate, reason.orElse(null));
            for (var file : files) {
                out.println(switch (file.fate()) {
                    case REMOVED -> "Verwijderd: " + file.path() + " (door Werkmap opgeslagen, " + file.what() + ").";
                    case CHANGED -> "Niet verwijderd, want gewijzigd sinds Werkmap het opsloeg: " + file.path()
                            + ". Verwijder het zelf als het gegevens van de kandidaat bevat.";
                    case NOT_REMOVED -> "Kon niet worden verwijderd: " + file.path() + ". Verwijder het zelf.";
                    case GONE -> "Niet meer op de plek waar Werkmap het opsloeg: " + file.path() + " ("
                            + file.what() + "). Is het verplaatst of gemaild, verwijder dan ook die kopie.";
                });
            }
            out.println(name + " is gewist uit deze caseload." + (erasure.enrolled()
                    ? " Bij de volgende synchronisatie wist de gemeente de kandidaat ook uit de hub en van alle"
                    + " andere laptops." : "")
                    + " Reservekopieën van vóór vandaag verlopen volgens de bewaarregels voor reservekopieën.");
            return 0;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    private static String line(BufferedReader input) {
        try {
            String line = input.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UsageException("Kon niet van standaardinvoer lezen: " + e.getMessage());
        }
    }
}
