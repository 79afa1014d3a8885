package nl.werkmap.domain.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Explainable matching both ways: a candidate against the open baankansen, or a baankans against candidates. Pure:
 * it sees only {@link Kandidaat} (profile and work experience) and {@link Baankans}, so what it cannot see, such as
 * health, can never move a ranking.
 *
 * <p>Speed (issue 15: one baankans against 150,000 candidates within 200 ms): what does not change between pairs is
 * worked out once (a candidate's skill words in {@link KandidaatFeiten}, a baankans's task words per ranking), a
 * large list is matched on all cores, and the sort compares one precomputed number per match instead of counting
 * verdicts on every comparison. The order is the same as {@link Match#BEST_FIRST}, ties in input order.
 */
public final class Matcher {

    /** Below this many pairs a second core costs more to start than it saves. */
    static final int PARALLEL_FROM = 2_000;

    private final Reistijd reistijd;

    public Matcher(Reistijd reistijd) {
        this.reistijd = reistijd;
    }

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
        return candidates.size() < PARALLEL_FROM ? candidates.stream().map(KandidaatFeiten::of).toList()
                : candidates.parallelStream().map(KandidaatFeiten::of).toList();
    }

    /** The open baankansen for one candidate, best first. */
    public List<Match> baankansenFor(Kandidaat k, List<Baankans> jobs) {
        KandidaatFeiten f = KandidaatFeiten.of(k);
        List<Baankans> open = jobs.stream().filter(job -> job.status() == BaankansStatus.OPEN).toList();
        return bestFirst(ranked(open.size(), i -> match(f, open.get(i), Criteria.taskWords(open.get(i)))));
    }

    /** Candidates for one baankans, best first. */
    public List<Match> kandidatenFor(Baankans job, List<Kandidaat> candidates) {
        List<List<String>> taskWords = Criteria.taskWords(job);
        return bestFirst(ranked(candidates.size(),
                i -> match(KandidaatFeiten.of(candidates.get(i)), job, taskWords)));
    }

    /** Candidates prepared by {@link #voorbereid} for one baankans, best first. */
    public List<Match> kandidatenForVoorbereid(Baankans job, List<KandidaatFeiten> candidates) {
        List<List<String>> taskWords = Criteria.taskWords(job);
        return bestFirst(ranked(candidates.size(), i -> match(candidates.get(i), job, taskWords)));
    }

    private static Match[] ranked(int n, java.util.function.IntFunction<Match> one) {
        IntStream indexes = IntStream.range(0, n);
        return (n < PARALLEL_FROM ? indexes : indexes.parallel()).mapToObj(one).toArray(Match[]::new);
    }

    /**
     * Sorts on one number per match: fewest "past niet", then most "past", then most "deels" (each at most the
     * number of criteria, so they fit in a few bits each), then the input position, which keeps ties stable.
     */
    private static List<Match> bestFirst(Match[] matches) {
        long[] keys = new long[matches.length];
        for (int i = 0; i < matches.length; i++) {
            int notFit = 0;
            int fit = 0;
            int partly = 0;
            for (Uitleg u : matches[i].uitleg()) {
                switch (u.fit()) {
                    case PAST_NIET -> notFit++;
                    case PAST -> fit++;
                    case DEELS -> partly++;
                    default -> { }
                }
            }
            long rank = ((long) notFit << 16) | ((long) (255 - fit) << 8) | (255 - partly);
            keys[i] = (rank << 32) | i;
        }
        Arrays.sort(keys);
        List<Match> sorted = new ArrayList<>(matches.length);
        for (long key : keys) {
            sorted.add(matches[(int) key]);
        }
        return sorted;
    }
}
