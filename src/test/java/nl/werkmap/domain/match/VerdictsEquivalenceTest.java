package nl.werkmap.domain.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.profile.Beschikbaarheid;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.Reisbereik;
import nl.werkmap.domain.profile.Vervoer;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.domain.profile.Werknemersprofiel;

/**
 * Ranking on verdicts alone ({@link Verdicts}, prepared facts, no reasons) gives every criterion the same verdict as
 * the full path that words the reasons ({@link Criteria}), on seeded random candidates and baankansen where each
 * field is sometimes missing, with the shipped postcode travel estimate and with a test's own table. So the order is
 * the full path's order, and the reasons read from a ranking are the full path's reasons.
 */
class VerdictsEquivalenceTest {

    private static final String[] WORDS = {"Groente snijden", "Afwassen en opruimen", "Vakken vullen", "Koffie zetten",
        "Planten verzorgen", "Dozen inpakken", "Post sorteren", "Afwas", "de en met"};
    /** Mostly the usual codes, and some odd ones that the verdicts compare as text ("I56", "941", "94120"). */
    private static final String[] SECTORS = {"A", "G", "I", "Q", "A", "G", "I", "Q", "I56"};
    private static final String[] ISCO = {"9412", "9411", "9112", "5223", "9321", "0110", "0111", "9412", "9411",
        "941", "94120"};
    private static final String[] POSTCODES = {"3511 AB", "3511 CD", "3512 AA", "3600 AA", "9711 AB", "1012 AB",
        "0000 XX", "abc", null};
    private static final String[] PLACES = {"Utrecht", "Groningen", "Nergenshuizen", null};

    @Test
    void everyVerdictIsTheFullPathsVerdict() {
        // The fixture's table takes no baankans without a postcode; here some have none.
        Reistijd table = (from, to, modes) -> to.postcode() == null ? java.util.Optional.empty()
                : MatchFixture.TABLE.schat(from, to, modes);
        for (Reistijd reistijd : List.of(PostcodeReistijd.shipped(), table)) {
            Random random = new Random(15);
            Matcher matcher = new Matcher(reistijd);
            Reisrekenaar reis = new Reisrekenaar(reistijd);
            List<Kandidaat> people = people(random, 120);
            // Prepared by the matcher (its own word numbers and located ends) and here (others): the verdicts
            // take both the number path and the text path, and locate again what another estimate located.
            List<KandidaatFeiten> byMatcher = matcher.voorbereid(people);
            Woordenboek woorden = new Woordenboek();
            List<KandidaatFeiten> here = people.stream().map(k -> KandidaatFeiten.of(k, reis, woorden)).toList();
            int pairs = 0;
            for (Baankans job : jobs(random, 30)) {
                BaankansFeiten b = new BaankansFeiten(job, reis, woorden);
                for (int i = 0; i < people.size(); i++) {
                    List<Fit> full = matcher.match(people.get(i), job).uitleg().stream().map(Uitleg::fit).toList();
                    assertEquals(full, Verdicts.all(here.get(i), b, reis), "candidate " + i + ", " + job.title());
                    assertEquals(full, Verdicts.all(byMatcher.get(i), b, reis), "by text, " + i + ", " + job.title());
                    pairs++;
                }
            }
            assertEquals(120 * 30, pairs);
        }
    }

    @Test
    void bothRankingsGiveTheFullPathsOrderAndReasons() {
        Random random = new Random(16);
        Matcher matcher = new Matcher(PostcodeReistijd.shipped());
        List<Kandidaat> people = people(random, Matcher.PARALLEL_FROM + 100);
        List<Baankans> jobs = jobs(random, 30);
        for (Baankans job : jobs.subList(0, 2)) {
            List<Match> expected = new ArrayList<>();
            for (Kandidaat k : people) {
                expected.add(matcher.match(k, job));
            }
            expected.sort(Match.BEST_FIRST);
            List<Match> ranked = matcher.kandidatenForVoorbereid(job, matcher.voorbereid(people));
            assertEquals(-1, firstDifference(expected.stream().map(Match::candidateId).toList(),
                    ranked.stream().map(Match::candidateId).toList()), job.title() + ": first place that differs");
            assertEquals(expected.subList(0, 25), ranked.subList(0, 25), "the first page's reasons");
        }
        for (Kandidaat k : people.subList(0, 20)) {
            List<Match> expected = new ArrayList<>();
            for (Baankans job : jobs) {
                if (job.status() == BaankansStatus.OPEN) {
                    expected.add(matcher.match(k, job));
                }
            }
            expected.sort(Match.BEST_FIRST);
            assertEquals(expected, matcher.baankansenFor(k, jobs));
        }
    }

    @Test
    void theQuickLowerBoundIsNeverAboveTheDistance() {
        List<PostcodeReistijd.Plek> points = new ArrayList<>();
        for (int pc = 1000; pc < 10_000; pc += 23) {
            PostcodeGebieden.shipped().pc4(String.valueOf(pc))
                    .ifPresent(p -> points.add(new PostcodeReistijd.Plek(p, points.size())));
        }
        int close = 0;
        for (PostcodeReistijd.Plek a : points) {
            for (PostcodeReistijd.Plek b : points) {
                double exact = PostcodeReistijd.kilometres(a.punt(), b.punt());
                double atLeast = PostcodeReistijd.kilometresAtLeast(a, b);
                if (atLeast > exact) {
                    throw new AssertionError(a + " to " + b + ": " + atLeast + " above " + exact);
                }
                close += atLeast > exact * 0.9 ? 1 : 0;
            }
        }
        // Useful as well as safe: most bounds are within a tenth of the distance.
        assertEquals(true, close > points.size() * points.size() / 2, "close bounds: " + close);
    }

    /** The first place two orders differ, -1 when they are the same (a short failure, not two long lists). */
    private static int firstDifference(List<UUID> expected, List<UUID> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return i;
            }
        }
        return expected.size() == actual.size() ? -1 : Math.min(expected.size(), actual.size());
    }

    private static List<Kandidaat> people(Random random, int n) {
        List<Kandidaat> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = new UUID(9, i);
            Double min = random.nextInt(3) == 0 ? null : 4.0 + random.nextInt(20);
            Double max = random.nextInt(4) == 0 ? null : 8.0 + random.nextInt(30);
            Beschikbaarheid b = new Beschikbaarheid(random.nextBoolean() ? null
                    : LocalDate.of(2027, 1, 1).plusDays(random.nextInt(60)), min, max, some(random, DayOfWeek.class),
                    some(random, Dagdeel.class));
            Reisbereik r = new Reisbereik(pick(random, POSTCODES), random.nextInt(4) == 0 ? null
                    : 5 + random.nextInt(80), some(random, Vervoer.class),
                    random.nextInt(3) == 0 ? null : random.nextBoolean());
            Werknemersprofiel p = new Werknemersprofiel(Werknemersprofiel.idFor(id), id, null,
                    random.nextInt(4) == 0 ? null
                            : Opleidingsniveau.values()[random.nextInt(Opleidingsniveau.values().length)],
                    null, words(random, 3), null, words(random, SECTORS, 3), words(random, ISCO, 2), b, r,
                    some(random, Werkgevolg.class), Set.of());
            List<Werkervaring> done = new ArrayList<>();
            for (int j = random.nextInt(3); j > 0; j--) {
                done.add(new Werkervaring(new UUID(10, i * 4L + j), id, pick(random, ISCO), "Stage", 2022, 2023));
            }
            all.add(new Kandidaat(id, p, done, pick(random, PLACES)));
        }
        return all;
    }

    private static List<Baankans> jobs(Random random, int n) {
        List<Baankans> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Double min = random.nextInt(4) == 0 ? null : 4.0 + random.nextInt(30);
            Double max = random.nextInt(4) == 0 ? null : 8.0 + random.nextInt(30);
            all.add(new Baankans(new UUID(11, i), new UUID(12, i), "Baankans " + i,
                    random.nextInt(5) == 0 ? null : pick(random, ISCO),
                    random.nextInt(5) == 0 ? null : pick(random, SECTORS), pick(random, POSTCODES), min, max,
                    some(random, DayOfWeek.class), some(random, Dagdeel.class),
                    random.nextBoolean() ? null : LocalDate.of(2027, 1, 1).plusDays(random.nextInt(60)),
                    random.nextInt(8) == 0 ? BaankansStatus.INGEVULD : BaankansStatus.OPEN,
                    i == 1 ? manyTasks(random) : words(random, 4),
                    random.nextInt(3) == 0 ? null : Opleidingsniveau.values()[random.nextInt(5)],
                    random.nextInt(3) == 0, some(random, Werkgevolg.class), pick(random, PLACES), null,
                    List.of()));
        }
        return all;
    }

    /** More tasks than fit in a mask's bits, so the task verdict's one-by-one path is compared too. */
    private static List<String> manyTasks(Random random) {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            tasks.add(pick(random, WORDS) + " " + i);
        }
        return tasks;
    }

    private static <E extends Enum<E>> Set<E> some(Random random, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (random.nextInt(4) > 0) {
            for (E e : type.getEnumConstants()) {
                if (random.nextInt(3) == 0) {
                    set.add(e);
                }
            }
        }
        return set;
    }

    private static List<String> words(Random random, int most) {
        return words(random, WORDS, most);
    }

    private static List<String> words(Random random, String[] from, int most) {
        List<String> picked = new ArrayList<>();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            String s = from[random.nextInt(from.length)];
            if (!picked.contains(s)) {
                picked.add(s);
            }
        }
        return picked;
    }

    private static <T> T pick(Random random, T[] from) {
        return from[random.nextInt(from.length)];
    }
}
