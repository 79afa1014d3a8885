package nl.werkmap.ui.caseload;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * What a save costs the list after its row is read, on synthetic caseloads of growing size: the row put in the
 * index, the search run again, and the shown rows told. "one row" is the list told as that row changed
 * ({@link ShownRows#show(CaseloadIndex, int[], Set)}); "whole list" is the earlier way, the new index shown as a new
 * list (the whole caseload sorted again). Both run on the same saves, interleaved, in one thread; a table's own work
 * is per visible row and left out. Beside them: the index update alone and one search pass (the floor a search
 * costs at that size).
 *
 * <pre>mvn -o -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.werkmap.ui.caseload.SaveRowBench -Dexec.args="5000 150000"</pre>
 * Arguments: caseload sizes; {@code -Dsaves=N} (default 200) saves per size; the table is sorted on last contact
 * and the box holds "jan" ({@code -Dbox=...}).
 */
public final class SaveRowBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] GIVEN = {"Jan", "Janneke", "Fatima", "Mohamed", "Sanne", "Sem", "Eva", "Noah",
        "Ömer", "Anna", "Bram", "Yusuf", "Zoë", "Daan", "Lotte", "Ibrahim", "Priya", "Kees", "Wim", "Emma"};
    private static final String[] SURNAME = {"de Vries", "Jansen", "Öztürk", "El-Amrani", "van den Berg", "Bakker",
        "Smit", "Visser", "Bos", "de Jong", "Mulder", "Meijer", "Yilmaz", "Dekker", "van Dijk", "Brouwer"};

    private SaveRowBench() {
    }

    public static void main(String[] args) {
        int saves = Integer.getInteger("saves", 200);
        String box = System.getProperty("box", "jan");
        System.out.printf(Locale.ROOT, "load average %.1f at start%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String arg : args.length == 0 ? new String[] {"5000", "150000"} : args) {
            run(Integer.parseInt(arg), saves, box);
        }
        System.out.printf(Locale.ROOT, "load average %.1f at end%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * -Dbench.uniqueNames=true: every name made gets a number, as in a real caseload where few share a full name.
     * Then a save that keeps the name takes the index's in-place path (a row whose name others share goes after
     * them all, so the general path copies the index).
     */
    private static final boolean UNIQUE = Boolean.getBoolean("bench.uniqueNames");
    private static int named;

    private static CaseloadRow row(Random random, UUID id) {
        String name = GIVEN[random.nextInt(GIVEN.length)] + " " + SURNAME[random.nextInt(SURNAME.length)]
                + (UNIQUE ? " " + ++named : "");
        LocalDate contact = random.nextInt(5) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330));
        return new CaseloadRow(id, name, CandidateStatus.ACTIEF_TRAJECT, null, null, RegisterStatus.NEE,
                List.of("Logistiek"), contact, random.nextInt(101),
                random.nextInt(4) == 0 ? List.of("contact.warning.TE_LANG_GEEN_CONTACT") : List.of(), false, name);
    }

    private static void run(int size, int saves, String box) {
        Random random = new Random(size);
        List<CaseloadRow> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(row(random, UUID.randomUUID()));
        }
        Comparator<CaseloadRow> byContact =
                Comparator.comparing(CaseloadRow::lastContact, Comparator.nullsFirst(Comparator.naturalOrder()));
        CaseloadIndex index = CaseloadIndex.build(rows);
        ShownRows oneRow = new ShownRows();
        ShownRows wholeList = new ShownRows();
        oneRow.sortBy(byContact);
        wholeList.sortBy(byContact);
        oneRow.show(index, index.positions(index.filter(box, CaseloadFilter.ANY)));
        wholeList.show(index, index.positions(index.filter(box, CaseloadFilter.ANY)));
        double[][] one = new double[2][saves];
        double[][] whole = new double[2][saves];
        double[][] replace = new double[2][saves];
        double[][] pass = new double[2][saves];
        int warmup = Math.min(50, saves);
        for (int s = -warmup; s < saves; s++) {
            // A save of a shown row: a new contact date moves it under the sort, now and then a new name.
            List<CaseloadRow> found = index.filter(box, CaseloadFilter.ANY);
            CaseloadRow was = found.isEmpty() ? index.all().get(random.nextInt(index.size()))
                    : found.get(random.nextInt(found.size()));
            CaseloadRow fresh = row(random, was.id());
            CaseloadRow saved = new CaseloadRow(was.id(), random.nextInt(4) == 0 ? fresh.displayName()
                    : was.displayName(), was.status(), null, null, was.registerStatus(), was.sectors(),
                    fresh.lastContact(), was.completeness(), was.warningKeys(), false,
                    random.nextInt(4) == 0 ? fresh.displayName() : was.fullName());
            CaseloadIndex before = index;
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            CaseloadIndex next = before.replaced(was.id(), saved);
            long t1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            int[] positions = next.positions(next.filter(box, CaseloadFilter.ANY));
            oneRow.show(next, positions, Set.of(was.id()));
            long t2 = System.nanoTime();
            long c2 = THREADS.getCurrentThreadCpuTime();
            // The earlier way on its own copy of the same index (a fresh copy: no remembered searches to reuse).
            CaseloadIndex again = before.replaced(was.id(), saved);
            long t3 = System.nanoTime();
            long c3 = THREADS.getCurrentThreadCpuTime();
            wholeList.show(again, again.positions(again.filter(box, CaseloadFilter.ANY)));
            long t4 = System.nanoTime();
            long c4 = THREADS.getCurrentThreadCpuTime();
            CaseloadIndex cold = before.replaced(was.id(), saved);
            long t5 = System.nanoTime();
            long c5 = THREADS.getCurrentThreadCpuTime();
            cold.filter(box, CaseloadFilter.ANY);
            long t6 = System.nanoTime();
            long c6 = THREADS.getCurrentThreadCpuTime();
            if (!List.copyOf(oneRow).equals(List.copyOf(wholeList))) {
                throw new IllegalStateException("the two ways show different rows at save " + s);
            }
            index = next;
            if (s >= 0) {
                replace[0][s] = (t1 - t0) / 1e6;
                replace[1][s] = (c1 - c0) / 1e6;
                one[0][s] = (t2 - t0) / 1e6;
                one[1][s] = (c2 - c0) / 1e6;
                whole[0][s] = (t4 - t3 + t1 - t0) / 1e6;
                whole[1][s] = (c4 - c3 + c1 - c0) / 1e6;
                pass[0][s] = (t6 - t5) / 1e6;
                pass[1][s] = (c6 - c5) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "%,d candidates, box '%s', sorted on last contact, %d saves (%d shown):%n",
                size, box, saves, oneRow.size());
        print("  save -> list, one row (index update + search + one-row change)", one);
        print("  save -> list, whole list (index update + search + new list, resorted)", whole);
        print("  of which the index update (CaseloadIndex.replaced)", replace);
        print("  floor: one search pass over the new index", pass);
    }

    private static void print(String what, double[][] laps) {
        System.out.printf(Locale.ROOT, "%s: p50 %.3f ms, p95 %.3f ms wall; CPU p50 %.3f ms, p95 %.3f ms%n", what,
                pct(laps[0], 0.5), pct(laps[0], 0.95), pct(laps[1], 0.5), pct(laps[1], 0.95));
    }

    private static double pct(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
