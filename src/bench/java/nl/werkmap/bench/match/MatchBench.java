package nl.werkmap.bench.match;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.match.Kandidaat;
import nl.werkmap.domain.match.KandidaatFeiten;
import nl.werkmap.domain.match.Match;
import nl.werkmap.domain.match.Matcher;
import nl.werkmap.domain.match.PostcodeReistijd;

/**
 * Issue 15's matching speed on seeded synthetic profiles held in memory (the set-based load from the store is timed
 * apart by MatchStoreBench): one baankans against N candidates (target: 150,000 within 200 ms), and M
 * candidates against B baankansen, every baankans ranking all candidates (target: 5,000 × 500 within 1 s). Prints
 * the first run and the median of {@code -Druns=N} (default 7) beside a floor from the same run: one plain pass
 * over the candidates reading the fields the criteria read. Every timed ranking includes building and reading the
 * first page's reasons ({@value #PAGE} results), as a screen would; the rest are ranked on verdicts only. Args: {@code [N] [M] [B]}, default 150000 5000 500.
 */
public final class MatchBench {

    /** Results on the first page of a ranking, whose reasons are built and read in every timed ranking. */
    private static final int PAGE = 25;

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int b = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int runs = Integer.getInteger("runs", 7);
        SyntheticProfiles data = new SyntheticProfiles(15);
        List<Kandidaat> many = data.kandidaten(n);
        List<Baankans> jobs = data.baankansen(b);
        Matcher matcher = new Matcher(PostcodeReistijd.shipped());
        System.out.printf("cores %d, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        long[] prep = new long[runs];
        long[] one = new long[runs];
        long[] floor = new long[runs];
        List<KandidaatFeiten> prepared = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            prepared = matcher.voorbereid(many);
            long t1 = System.nanoTime();
            List<Match> ranked = matcher.kandidatenForVoorbereid(jobs.get(r % jobs.size()), prepared);
            long shown = firstPage(ranked);
            long t2 = System.nanoTime();
            long sink = 0;
            for (Kandidaat k : many) {
                var p = k.profiel();
                sink += (p.beschikbaarheid().hoursMax() == null ? 0 : 1) + p.skills().size()
                        + (p.reisbereik().postcode() == null ? 0 : p.reisbereik().postcode().length());
            }
            long t3 = System.nanoTime();
            prep[r] = t1 - t0;
            one[r] = t2 - t1;
            floor[r] = t3 - t2;
            if (ranked.size() != n || sink == 0 || shown == 0) {
                throw new IllegalStateException("ranked " + ranked.size());
            }
        }
        row("prepare " + n + " candidates (once per load)", prep);
        row("one baankans against " + n + " prepared candidates", one);
        row("floor: one pass over " + n + " profiles", floor);

        List<Kandidaat> few = many.subList(0, Math.min(m, n));
        long[] cross = new long[Math.max(3, runs / 2)];
        long[] crossCpu = new long[cross.length];
        for (int r = 0; r < cross.length; r++) {
            long c0 = processCpu();
            long t0 = System.nanoTime();
            List<KandidaatFeiten> p = matcher.voorbereid(few);
            List<List<Match>> all = new ArrayList<>(jobs.size());
            for (Baankans job : jobs) {
                List<Match> ranked = matcher.kandidatenForVoorbereid(job, p);
                firstPage(ranked);
                all.add(ranked);
            }
            cross[r] = System.nanoTime() - t0;
            crossCpu[r] = processCpu() - c0;
            if (all.size() != b) {
                throw new IllegalStateException();
            }
        }
        row(few.size() + " candidates against " + b + " baankansen (prepare included)", cross);
        row("  the same, process CPU (all threads, GC and JIT too)", crossCpu);
    }

    /** What a screen shows: the first page's results with every reason (built when read). */
    private static long firstPage(List<Match> ranked) {
        long reasons = 0;
        for (Match m : ranked.subList(0, Math.min(PAGE, ranked.size()))) {
            reasons += m.uitleg().size();
        }
        return reasons;
    }

    /** CPU time of the whole process: on a loaded machine a steadier figure than the wall clock. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void row(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-62s first %7.1f ms  median %7.1f ms  min %7.1f ms%n", what, nanos[0] / 1e6,
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6);
    }
}
