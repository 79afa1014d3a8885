package nl.werkmap.domain.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.profile.Beschikbaarheid;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.domain.profile.Werknemersprofiel;

/**
 * The fast ranking (prepared candidates, all cores, one number per match to sort on) gives exactly the order of
 * matching each pair on its own and sorting with {@link Match#BEST_FIRST}, ties in input order, on both sides of the
 * size where it turns parallel.
 */
class RankingOrderTest {

    private final Matcher matcher = new Matcher(MatchFixture.TABLE);

    @Test
    void sameOrderAsMatchingEachPairAndSortingBestFirst() {
        Random random = new Random(42);
        for (int n : List.of(40, Matcher.PARALLEL_FROM + 300)) {
            List<Kandidaat> people = people(random, n);
            Baankans job = MatchFixture.keukenhulp();
            List<Match> expected = new ArrayList<>();
            for (Kandidaat k : people) {
                expected.add(matcher.match(k, job));
            }
            expected.sort(Match.BEST_FIRST);

            assertEquals(ids(expected), ids(matcher.kandidatenFor(job, people)), "n=" + n);
            assertEquals(ids(expected), ids(matcher.kandidatenForVoorbereid(job, matcher.voorbereid(people))));
            assertEquals(expected, matcher.kandidatenFor(job, people), "same reasons too");
        }
    }

    private static List<Kandidaat> people(Random random, int n) {
        List<Kandidaat> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = new UUID(7, i);
            Werknemersprofiel p = ProfielSamples.complete(id);
            // Few variations, so many candidates tie and the tie order is tested too.
            p = ProfielSamples.withHours(p, null, random.nextBoolean() ? null : 10.0 + random.nextInt(30));
            p = ProfielSamples.withTravel(p, random.nextBoolean() ? "3511 AB" : "9711 AB", 10 + random.nextInt(60));
            if (random.nextInt(4) == 0) {
                p = ProfielSamples.withWishes(p, List.of(), List.of());
            }
            if (random.nextInt(5) == 0) {
                p = MatchFixture.available(p, Beschikbaarheid.UNKNOWN);
            }
            if (random.nextInt(6) == 0) {
                p = MatchFixture.person(p, Opleidingsniveau.values()[random.nextInt(3)], List.of("Ramen lappen"),
                        p.werkgevolgen());
            }
            all.add(new Kandidaat(id, p, List.of()));
        }
        return all;
    }

    private static List<UUID> ids(List<Match> matches) {
        return matches.stream().map(Match::candidateId).toList();
    }
}
