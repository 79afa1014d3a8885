package nl.werkmap.bench.screens;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.main.MainWindow;

/**
 * "Sessie vastleggen" opening alone ({@code -Dbench.sessionOnly=true} on {@link ScreensBench}): a candidate's page
 * is opened and left to settle (painted, JIT and GC quiet), then the sheet is opened over it and the lap ends when
 * the sheet with the candidate's name is painted ({@link PaintedLap}); the sheet is closed with "Annuleren" and the
 * next candidate follows. Prints the first opening in the JVM apart, then p50/p95 of the rest, CPU per opening by
 * thread (JIT, renderer, FX, worker), and pulses and nodes per opening. {@code -Dbench.sessionShot=FILE.png} saves
 * the window with the sheet open.
 */
final class SessionSheetLaps {

    private SessionSheetLaps() {
    }

    /**
     * For comparing looks in one build: {@code -Dbench.backdropStyle=CSS} and {@code -Dbench.sheetStyle=CSS} are
     * set on the sheet's backdrop and card after the first opening (e.g. {@code -fx-effect: null}).
     */
    private static void restyle(Stage stage) throws Exception {
        String backdrop = System.getProperty("bench.backdropStyle");
        String sheet = System.getProperty("bench.sheetStyle");
        ScreensBench.fx(() -> {
            if (backdrop != null) {
                stage.getScene().getRoot().lookup(".sheet-backdrop").setStyle(backdrop);
            }
            if (sheet != null) {
                stage.getScene().getRoot().lookup(".sheet").setStyle(sheet);
            }
        });
    }

    static void run(Stage stage, Background background, MainWindow app, List<UUID> heavy, int runs)
            throws Exception {
        List<ScreensBench.Lap> laps = new ArrayList<>();
        ScreensBench.Lap first = null;
        ThreadCpu firstThreads = new ThreadCpu();
        ThreadCpu threads = new ThreadCpu();
        Label[] forWhom = new Label[1];
        for (int i = 0; i < Math.min(runs + 1, heavy.size()); i++) {
            UUID id = heavy.get(i);
            ScreensBench.fx(app::showCaseload);
            ScreensBench.measure(stage, background, () -> app.openCandidate(id),
                    () -> ScreensBench.candidatePainted(stage));
            PaintedLap.settle();
            long from = System.currentTimeMillis();
            Map<String, Long> before = ThreadCpu.snapshot();
            ScreensBench.Lap lap = PaintedLap.measure(stage, background, () -> app.logSession(id), () -> {
                if (forWhom[0] == null) {
                    forWhom[0] = (Label) stage.getScene().lookup("#forWhomName");
                }
                Label name = forWhom[0];
                return name != null && ScreensBench.shown(name) && !name.getText().isEmpty();
            });
            (first == null ? firstThreads : threads).add(before, ThreadCpu.snapshot());
            if (Boolean.getBoolean("bench.marks")) {
                System.out.printf(Locale.ROOT, "window quick %d %d%n", from, System.currentTimeMillis());
            }
            if (first == null) {
                first = lap;
                System.out.println("'Sessie vastleggen' opens, first: " + PaintedLap.counts());
            } else {
                laps.add(lap);
            }
            if (i == 1 && System.getProperty("bench.sessionShot") != null) {
                PaintedLap.shot(stage, Path.of(System.getProperty("bench.sessionShot")));
            }
            Node cancel = ScreensBench.lookupOnFx(stage, "#cancel");
            ScreensBench.fx(((Button) cancel)::fire);
            if (i == 0) {
                restyle(stage);
            }
        }
        System.out.printf(Locale.ROOT, "'Sessie vastleggen' opens, painted, first in this JVM: %s; by thread: %s%n",
                ScreensBench.text(first), firstThreads.perLap());
        System.out.println("'Sessie vastleggen' opens, later: " + PaintedLap.counts());
        System.out.println("'Sessie vastleggen' opens, later, CPU per opening by thread: " + threads.perLap());
        ScreensBench.report("'Sessie vastleggen' opens, painted (page settled before)", laps, null, "-");
        System.out.printf(Locale.ROOT, "'Sessie vastleggen' opens, painted: CPU p95 %.1f ms%n",
                ScreensBench.pct(laps, 0.95, false));
    }
}
