package nl.werkmap.domain.match;

import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Explainable matching both ways: a candidate against the open baankansen, or a baankans against candidates. Pure:
 * it sees only {@link Kandidaat} (profile and work experience) and {@link Baankans}, so what it cannot see, such as
 * health, can never move a ranking.
 *
 * <p>Speed (issue 15: one baankans against 150,000 candidates within 200 ms; 5,000 candidates against 500
 * baankansen within 1 s): the order reads only the verdicts, so a ranking works out the verdicts alone
 * ({@link Verdicts}, on facts prepared once per candidate and once per baankans, nothing allocated per pair), sorts
 * by counting one small number per pair, and builds a result's reasons ({@link Criteria}, the one place that words them) only when
 * that result is read. The order is the same as {@link Match#BEST_FIRST}, ties in input order.
 */
public final class Matcher {

    /** Below this many pairs a second core costs more to start than it saves. */
    static final int PARALLEL_FROM = 2_000;

    private final Reistijd reistijd;
    private final Reisrekenaar reis;
    private final Woordenboek woorden = new Woordenboek();

    public Matcher(Reistijd reistijd) {
        this.reistijd = reistijd;
        this.reis = new Reisrekenaar(reistijd);
    }

    /** One pair with every reason, worked out in full. */
    public Match match(Kandidaat k, Baankans job) {
        return match(KandidaatFeiten.of(k), job, Criteria.taskWords(job));
    }

    private Match match(KandidaatFeiten f, Baankans job, List<List<String>> taskWords) {
        Kandidaat k = f.kandidaat();
        var p = k.profiel();
        return new Match(k.candidateId(), job.id(), List.of(
                Criteria.uren(p.beschikbaarheid(), job),
                Criteria.beschikbaarheid(p.beschikbaarheid(), job),
                Criteria.reistijd(p.reisbereik(), k.woonplaats(), job, reistijd),
                Criteria.rijbewijs(p.reisbereik(), job),
                Criteria.sector(p, job),
                Criteria.beroep(p, k.ervaring(), job),
                Criteria.taken(!p.skills().isEmpty(), f.skillWords(), job, taskWords),
                Criteria.ondersteuning(p, job),
                Criteria.opleidingsniveau(p, job)));
    }

    /** Works out once what every ranking of these candidates needs; keep it while the profiles do not change. */
    public List<KandidaatFeiten> voorbereid(List<Kandidaat> candidates) {
        return candidates.size() < PARALLEL_FROM ? candidates.stream().map(this::feiten).toList()
                : candidates.parallelStream().map(this::feiten).toList();
    }

    private KandidaatFeiten feiten(Kandidaat k) {
        return KandidaatFeiten.of(k, reis, woorden);
    }

    /** The open baankansen for one candidate, best first; a result's reasons are built when it is read. */
    public List<Match> baankansenFor(Kandidaat k, List<Baankans> jobs) {
        KandidaatFeiten f = feiten(k);
        List<BaankansFeiten> open = jobs.stream().filter(job -> job.status() == BaankansStatus.OPEN)
                .map(job -> new BaankansFeiten(job, reis, woorden)).toList();
        int[] ranks = ranks(open.size(), i -> Verdicts.rank(f, open.get(i), reis));
        return new Rangorde(bestFirst(ranks), i -> match(f, open.get(i).job, open.get(i).taskWords));
    }

    /** Candidates for one baankans, best first; a result's reasons are built when it is read. */
    public List<Match> kandidatenFor(Baankans job, List<Kandidaat> candidates) {
        return kandidatenForVoorbereid(job, voorbereid(candidates));
    }

    /** Candidates prepared by {@link #voorbereid} for one baankans, best first. */
    public List<Match> kandidatenForVoorbereid(Baankans job, List<KandidaatFeiten> candidates) {
        BaankansFeiten b = new BaankansFeiten(job, reis, woorden);
        int[] ranks = ranks(candidates.size(), i -> Verdicts.rank(candidates.get(i), b, reis));
        return new Rangorde(bestFirst(ranks), i -> match(candidates.get(i), job, b.taskWords));
    }

    private static int[] ranks(int n, IntUnaryOperator rank) {
        int[] ranks = new int[n];
        IntStream indexes = IntStream.range(0, n);
        (n < PARALLEL_FROM ? indexes : indexes.parallel()).forEach(i -> ranks[i] = rank.applyAsInt(i));
        return ranks;
    }

    /**
     * Input positions, best first, by counting: there are fewer than {@link Verdicts#RANKS} ranks, so counting how
     * many pairs have each and placing them in input order is one pass, and ties keep their input order.
     */
    private static int[] bestFirst(int[] ranks) {
        int[] start = new int[Verdicts.RANKS + 1];
        for (int r : ranks) {
            start[r + 1]++;
        }
        for (int r = 0; r < Verdicts.RANKS; r++) {
            start[r + 1] += start[r];
        }
        int[] order = new int[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            order[start[ranks[i]]++] = i;
        }
        return order;
    }
}
