package nl.werkmap.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.match.Kandidaat;
import nl.werkmap.domain.match.Match;
import nl.werkmap.domain.match.Matcher;
import nl.werkmap.domain.match.PostcodeReistijd;
import nl.werkmap.store.CaseloadStore;

/**
 * {@code match --candidate ID} or {@code match --baankans ID}: the ranked list with, per result, every criterion and
 * why it fits or not. For the coach: it names candidates (with --baankans), so it prints to the screen only.
 */
public final class MatchCommand implements Command {

    private final InputStream stdin;

    public MatchCommand() {
        this(System.in);
    }

    MatchCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "match";
    }

    @Override
    public String summary() {
        return "baankansen voor een kandidaat of kandidaten voor een baankans, met per punt waarom (--candidate ID"
                + " of --baankans ID)";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("match (--candidate ID | --baankans ID) [--data MAP] [--passphrase-file BESTAND]")
                + "Zet de open baankansen voor een kandidaat op volgorde, of de kandidaten voor een baankans. Bij elk"
                + " resultaat staat per punt (uren, beschikbaarheid, reistijd, rijbewijs, sector, beroep, taken,"
                + " ondersteuning, opleidingsniveau) of het past, deels past, niet past of onbekend is, en waarom.\n"
                + "  --candidate ID          het id van de kandidaat\n"
                + "  --baankans ID           het id van de baankans\n"
                + UsageText.DATA + UsageText.PASSPHRASE + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("data", "candidate", "baankans", "passphrase-file");
        boolean forCandidate = options.get("candidate").isPresent();
        if (forCandidate == options.get("baankans").isPresent()) {
            throw new UsageException("Geef --candidate ID of --baankans ID (een van de twee).");
        }
        UUID id = parseId(options.get(forCandidate ? "candidate" : "baankans").orElseThrow());
        Path dataDir = options.get("data").map(Path::of).orElseGet(DataDirectory::defaultForThisMachine);
        char[] passphrase = PassphraseSource.read(options, stdin);
        try (CaseloadStore store = CliReport.open(dataDir, passphrase)) {
            Matcher matcher = new Matcher(PostcodeReistijd.shipped());
            if (forCandidate) {
                Candidate candidate = store.candidates().find(id).orElse(null);
                if (candidate == null) {
                    err.println("Kandidaat " + id + " staat niet in deze caseload. Controleer het id.");
                    return 1;
                }
                Kandidaat k = kandidaat(store, candidate);
                Map<UUID, Baankans> jobs = store.baankansen().all().stream()
                        .collect(Collectors.toMap(Baankans::id, Function.identity()));
                List<Match> ranked = matcher.baankansenFor(k, List.copyOf(jobs.values()));
                out.println("Baankansen voor " + candidate.personal().fullName() + ": " + ranked.size() + " open");
                print(ranked, m -> jobs.get(m.baankansId()).title(), out);
            } else {
                Baankans job = store.baankansen().find(id).orElse(null);
                if (job == null) {
                    err.println("Baankans " + id + " staat niet in deze caseload. Controleer het id.");
                    return 1;
                }
                // Candidates without a werknemersprofiel would be unknown on every point: only those with one.
                List<Kandidaat> candidates = new ArrayList<>();
                Map<UUID, String> names = new java.util.HashMap<>();
                for (var profile : store.profiles().all()) {
                    store.candidates().find(profile.candidateId()).ifPresent(c -> {
                        candidates.add(new Kandidaat(c.id(), profile, store.profiles().experience(c.id()),
                                c.personal().address().city()));
                        names.put(c.id(), c.personal().fullName());
                    });
                }
                List<Match> ranked = matcher.kandidatenFor(job, candidates);
                out.println("Kandidaten met een werknemersprofiel voor " + job.title() + ": " + ranked.size());
                print(ranked, m -> names.get(m.candidateId()), out);
            }
            out.println("Reistijd: geschat uit de postcodegebieden (PC4, GeoNames, CC BY 4.0) of, zonder bekende"
                    + " postcode, uit de plaatsnaam; hemelsbreed maal 1,3 voor de omweg, op de snelheid van het"
                    + " eigen vervoer.");
            return 0;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    private static Kandidaat kandidaat(CaseloadStore store, Candidate candidate) {
        return new Kandidaat(candidate.id(), store.profiles().forCandidate(candidate.id()).orElse(null),
                store.profiles().experience(candidate.id()), candidate.personal().address().city());
    }

    private static void print(List<Match> ranked, Function<Match, String> title, PrintStream out) {
        int place = 1;
        for (Match m : ranked) {
            out.println();
            out.println(place++ + ". " + title.apply(m) + "  (past " + m.count(nl.werkmap.domain.match.Fit.PAST)
                    + ", deels " + m.count(nl.werkmap.domain.match.Fit.DEELS) + ", past niet "
                    + m.count(nl.werkmap.domain.match.Fit.PAST_NIET) + ", onbekend "
                    + m.count(nl.werkmap.domain.match.Fit.ONBEKEND) + ")");
            MatchWording.lines(m.uitleg()).forEach(out::println);
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
