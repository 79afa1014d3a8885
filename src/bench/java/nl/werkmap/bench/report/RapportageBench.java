package nl.werkmap.bench.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.report.verantwoording.DocumentContent;
import nl.werkmap.report.verantwoording.DocumentFixture;
import nl.werkmap.report.verantwoording.DocumentKind;
import nl.werkmap.report.verantwoording.DocumentPdf;
import nl.werkmap.report.verantwoording.PlacementDocuments;
import nl.werkmap.report.verantwoording.PlacementHalfYear;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The verantwoordingsrapportage of one placement with two years of sessions (one every three days, 243 plus the
 * fixture's), issue 14's target 0.5 s, split in its parts: loading (the candidate's file with every session, the
 * grants and forms, all opened), building the content (logboek, hours, checks on medical words), writing the PDF/A.
 * Floor in the same run: the same candidate's file loaded alone. Prints the first run (cold JVM) and the median and
 * best of the measured runs, with the load average. Arguments: none; {@code -Druns=N} (default 10).
 */
public final class RapportageBench {

    private static final int RUNS = Integer.getInteger("runs", 10);

    private RapportageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("werkmap-rapportage-bench");
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DocumentFixture f = new DocumentFixture(store);
            List<CoachingSession> sessions = new ArrayList<>();
            for (LocalDate day = LocalDate.of(2024, 7, 1); day.isBefore(LocalDate.of(2026, 7, 1));
                 day = day.plusDays(3)) {
                sessions.add(new CoachingSession(RecordIds.next(), f.anna.id(), f.job.id(), f.coach.id(),
                        day.atTime(9, 0), 60, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                        "Ging goed: de weekkaart hangt bij de machine", "Twijfel over de nieuwe taak",
                        "Volgende week samen de pauzes doornemen", 1.0, null, new SessionLogboek(
                        CoachingActivity.INWERKEN_EN_TRAINEN, Set.of(f.goalBus.id()), 15, null, 1, day, null)));
            }
            store.sessions().saveAll(sessions);
            int total = store.candidateFiles().load(f.anna.id()).orElseThrow().sessions().size();
            System.out.printf("placement with %d sessions over two years; load average %s%n", total, load());

            List<Double> floor = new ArrayList<>();
            List<Double> loading = new ArrayList<>();
            List<Double> building = new ArrayList<>();
            List<Double> writing = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            int bytes = 0;
            for (int run = 0; run <= RUNS; run++) {
                long t0 = System.nanoTime();
                store.candidateFiles().load(f.anna.id()).orElseThrow();
                long t1 = System.nanoTime();
                PlacementHalfYear sources = PlacementHalfYear.load(store, f.anna.id(), f.job.id(), DocumentFixture.H1,
                        DocumentFixture.TODAY).orElseThrow();
                long t2 = System.nanoTime();
                DocumentContent content = PlacementDocuments.build(DocumentKind.VERANTWOORDING, sources);
                long t3 = System.nanoTime();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                DocumentPdf.write(content, ZonedDateTime.of(2026, 7, 3, 9, 0, 0, 0, ZoneOffset.UTC), out);
                long t4 = System.nanoTime();
                bytes = out.size();
                if (run == 0) {
                    System.out.printf("first run (cold): load %.0f ms, build %.0f ms, PDF %.0f ms, total %.0f ms"
                            + " (file alone %.0f ms)%n", ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t4 - t1),
                            ms(t1 - t0));
                    continue;
                }
                floor.add(ms(t1 - t0));
                loading.add(ms(t2 - t1));
                building.add(ms(t3 - t2));
                writing.add(ms(t4 - t3));
                whole.add(ms(t4 - t1));
            }
            System.out.printf("warm, %d runs (median / best):%n", RUNS);
            row("  loading (file, grants, forms)", loading);
            row("  building the content", building);
            row("  writing the PDF/A", writing);
            row("  rapportage in all (target 500 ms)", whole);
            row("  floor: the candidate's file alone", floor);
            System.out.printf("  PDF %,d bytes; load average after %s%n", bytes, load());
        } finally {
            // The caseload was made for this run only.
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void row(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("%-42s %7.1f ms / %7.1f ms%n", what, sorted.get(sorted.size() / 2), sorted.get(0));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
