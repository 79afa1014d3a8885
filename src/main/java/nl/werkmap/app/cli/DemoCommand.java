package nl.werkmap.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.app.demo.DemoProfile;
import nl.werkmap.app.demo.DemoSummary;
import nl.werkmap.security.PassphrasePolicy;
import nl.werkmap.security.WrongPassphraseException;
import nl.werkmap.store.CaseloadFolder;
import nl.werkmap.store.StoreException;
import nl.werkmap.store.db.CaseloadFileCheck;

/**
 * {@code demo --data MAP --candidates N [--seed S] [--sparse | --profile nieuw-team] [--passphrase-file F]}: fills
 * a new, empty caseload with fictional demo data, for training, demonstrations and load tests. Refuses a folder that already holds a caseload,
 * so demo data can never mix with real candidates.
 */
public final class DemoCommand implements Command {
    static final int DEFAULT_CANDIDATES = 500;
    static final int MAX_CANDIDATES = 1_000_000;
    static final long DEFAULT_SEED = 2026;

    private final InputStream stdin;

    public DemoCommand() {
        this(System.in);
    }

    DemoCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "maakt een nieuwe caseload met verzonnen demogegevens (--data MAP --candidates N [--sparse])";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("demo --data MAP [--candidates N] [--seed S] [--sparse | --profile regio|nieuw-team]"
                + " [--passphrase-file BESTAND]")
                + "Maakt een nieuwe caseload met verzonnen kandidaten, om te oefenen of te laten zien. Alleen in een map"
                + " zonder caseload, zodat demogegevens nooit tussen echte kandidaten belanden. Een democaseload wordt"
                + " nooit met een gemeente gesynchroniseerd.\n"
                + "  --data MAP              een lege of nieuwe map (zonder deze optie: de standaardmap van deze"
                + " gebruiker)\n"
                + "  --candidates N          hoeveel kandidaten (standaard " + DEFAULT_CANDIDATES + ", hoogstens "
                + MAX_CANDIDATES + ")\n"
                + "  --seed S                een getal: dezelfde seed geeft dezelfde demogegevens (standaard "
                + DEFAULT_SEED + ")\n"
                + "  --sparse                een nieuw team: twee coaches, recente aanmeldingen, een paar eerste"
                + " plaatsingen en nog geen jobcoachbudgetten (hetzelfde als --profile nieuw-team)\n"
                + "  --passphrase-file BESTAND  het wachtwoord voor de nieuwe caseload op de eerste regel (minstens 10"
                + " tekens); zonder deze optie leest Werkmap de eerste regel van de invoer\n"
                + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Options options = Options.parse(args, "sparse").allowOnly("data", "candidates", "seed", "passphrase-file",
                "sparse", "profile");
        Path dir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
        DemoProfile profile = profile(options);
        boolean newTeam = profile == DemoProfile.NIEUW_TEAM;
        int candidates = options.intValue("candidates", newTeam ? DemoProfile.NEW_TEAM_CANDIDATES : DEFAULT_CANDIDATES);
        int most = newTeam ? DemoProfile.NEW_TEAM_MAX_CANDIDATES : MAX_CANDIDATES;
        if (candidates < 1 || candidates > most) {
            throw new UsageException("--candidates moet tussen 1 en " + most + " liggen, niet " + candidates + "."
                    + (newTeam ? " Een nieuw team heeft nog weinig kandidaten; laat --sparse weg voor meer." : ""));
        }
        long seed = seed(options);
        Path database = dir.resolve(DataDirectory.DATABASE_FILE);
        if (Files.exists(dir.resolve(DataDirectory.KEYRING_FILE)) && Files.exists(database)
                && holdsCaseload(database)) {
            throw new UsageException("In " + dir + " staat al een caseload. Demogegevens komen alleen in een lege"
                    + " map, zodat ze nooit tussen echte kandidaten belanden. Kies met --data een andere map.");
        }
        char[] passphrase = PassphraseSource.read(options, stdin);
        try (CaseloadFolder.Opened opened = openOrCreate(dir, passphrase)) {
            long start = System.nanoTime();
            out.println("Demogegevens maken voor " + candidates + " kandidaten in " + dir + " ...");
            int step = Math.max(1, candidates / 10 / DemoCaseload.SLICE) * DemoCaseload.SLICE;
            DemoSummary summary = DemoCaseload.generate(opened.store(), candidates, seed, LocalDate.now(), profile,
                    done -> {
                        if (done % step == 0 || done == candidates) {
                            out.println("  " + done + " van " + candidates + " kandidaten klaar");
                        }
                    });
            long seconds = Math.round((System.nanoTime() - start) / 1e9);
            out.println("Klaar in " + seconds + " s: " + summary.candidates() + " kandidaten, " + summary.coaches()
                    + " coaches, " + summary.employers() + " werkgevers, " + summary.placements() + " plaatsingen, "
                    + summary.sessions() + " gesprekken. Alle namen en nummers zijn verzonnen.");
            if (newTeam) {
                out.println("Een nieuw team: recente aanmeldingen, een paar eerste plaatsingen, nog geen jobcoachuren"
                        + " toegekend.");
            }
            out.println("Dit is een democaseload: die wordt nooit met een gemeente gesynchroniseerd.");
            return 0;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * Whether the file is a whole caseload (demo data never goes there); what an interrupted first start left is
     * not, and is repaired or put aside by {@link CaseloadFolder}.
     */
    private static boolean holdsCaseload(Path database) {
        try {
            return CaseloadFileCheck.check(database) == CaseloadFileCheck.Kind.WERKMAP;
        } catch (StoreException notOurs) {
            return false;
        }
    }

    /** --sparse is short for --profile nieuw-team; without either, a whole region. */
    private static DemoProfile profile(Options options) {
        Optional<String> named = options.get("profile");
        if (named.isEmpty()) {
            return options.flag("sparse") ? DemoProfile.NIEUW_TEAM : DemoProfile.REGIO;
        }
        DemoProfile profile = DemoProfile.parse(named.get());
        if (profile == null) {
            throw new UsageException("Onbekend --profile '" + named.get() + "'. Kies regio of nieuw-team.");
        }
        if (options.flag("sparse") && profile != DemoProfile.NIEUW_TEAM) {
            throw new UsageException("--sparse is hetzelfde als --profile nieuw-team; kies een van de twee.");
        }
        return profile;
    }

    private static long seed(Options options) {
        Optional<String> value = options.get("seed");
        if (value.isEmpty()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(value.get().trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--seed moet een heel getal zijn, niet '" + value.get() + "'.");
        }
    }

    private static CaseloadFolder.Opened openOrCreate(Path dir, char[] passphrase) {
        CaseloadFolder folder = new CaseloadFolder(dir.resolve(DataDirectory.KEYRING_FILE),
                dir.resolve(DataDirectory.DATABASE_FILE));
        if (folder.exists()) {
            try {
                return folder.unlock(passphrase);
            } catch (WrongPassphraseException e) {
                throw new UsageException("Het wachtwoord past niet bij de kluis in " + dir + ". Geef het wachtwoord"
                        + " van die kluis, of kies met --data een lege map.");
            }
        }
        Optional<String> problem = PassphrasePolicy.problem(passphrase);
        if (problem.isPresent()) {
            throw new UsageException(problem.get());
        }
        return folder.create(passphrase);
    }
}
