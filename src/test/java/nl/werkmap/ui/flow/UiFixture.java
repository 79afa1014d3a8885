package nl.werkmap.ui.flow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateProfile;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.main.MainWindow;
import nl.werkmap.ui.common.TestPreferences;

/**
 * A real caseload in a temp folder (real vault, real SQLite) and the real main window on it. Background work runs
 * on the FX thread so each robot step sees its result at once.
 */
final class UiFixture {

    static final String PASSPHRASE = "lange zomer bij de dijk 42";
    static final UUID COACH = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    /** The day {@link #checkedOnAnEarlierDay()} gives as the caseload's last check. */
    static final String CHECKED_EARLIER = "2000-01-01";

    final CaseloadFiles files;
    final TestPreferences preferences = new TestPreferences();
    MainWindow window;
    /** The window's "today"; a test that plans by day fixes it, so a run across midnight keeps one day. */
    private java.time.Clock clock = java.time.Clock.systemDefaultZone();

    UiFixture(Path dir) {
        this.files = new CaseloadFiles(dir.resolve("keyring.json"), dir.resolve("werkmap.db"));
    }

    /**
     * Puts the caseload on disk and fills it, before the window starts. It is a copy of one empty caseload made per
     * test JVM ({@link CaseloadTemplate}); the window unlocks it with {@link #PASSPHRASE} at full cost.
     */
    UiFixture withCaseload(Consumer<CaseloadStore> seed) throws Exception {
        Consumer<CaseloadStore> fill = store -> {
            store.coaches().save(new Coach(COACH, "Fatima Yilmaz", CoachRole.JOBCOACH, "Team Noord", 60));
            seed.accept(store);
        };
        if (CaseloadTemplate.USED) {
            CaseloadTemplate.copyTo(files, fill);
        } else {
            try (OpenCaseload open = OpenCaseload.create(files, PASSPHRASE.toCharArray())) {
                fill.accept(open.store());
            }
        }
        return this;
    }

    /** A seed for {@link #withCaseload}: {@code count} candidates "Kandidaat 000", "Kandidaat 001", ... (groen). */
    static Consumer<CaseloadStore> numberedCandidates(int count) {
        return store -> {
            for (int i = 0; i < count; i++) {
                store.candidates().save(candidate(String.format("Kandidaat %03d", i), List.of("groen")));
            }
        };
    }

    /**
     * Marks the caseload as last checked on an earlier day: its next unlock owes the day's integrity check, which
     * the window puts off until the list shows.
     */
    UiFixture checkedOnAnEarlierDay() throws java.sql.SQLException {
        try (java.sql.Connection c = nl.werkmap.store.db.Database.connectPlain(files.database());
             java.sql.Statement s = c.createStatement()) {
            s.execute("UPDATE caseload_binding SET last_check_on = '" + CHECKED_EARLIER + "'");
        }
        return this;
    }

    /** A clock that stays at noon of the day: the window's today for a test that plans by day. */
    static java.time.Clock noonOf(LocalDate day) {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        return java.time.Clock.fixed(day.atTime(12, 0).atZone(zone).toInstant(), zone);
    }

    /** The window shows with this clock's day as today. */
    UiFixture withClock(java.time.Clock clock) {
        this.clock = clock;
        return this;
    }

    void show(Stage stage) {
        window = new MainWindow(stage, files, Messages.dutch(), Background.sameThread(), preferences,
                Optional.empty(), nl.werkmap.ui.common.Scheduler.daemon("werkmap-concept"), clock);
        window.show();
    }

    /**
     * Shows the app in TestFX's registered primary stage at the laptop size the screens are made for (1366×768) and
     * waits until it has painted.
     */
    void showAtLaptopSize() throws java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.setupStage(s -> {
            show(s);
            s.setWidth(1366);
            s.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Candidate candidate(String name, List<String> sectors) {
        Candidate c = Candidate.register(UUID.randomUUID(), name, LocalDate.now().minusMonths(3)).withCoach(COACH);
        return c.withProfile(new CandidateProfile("Nauwkeurig", "Buiten werken", null, sectors, 24.0));
    }

    static void unlock(FxRobot robot) {
        robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T extends Node> T find(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    /**
     * True when the node and every parent are visible: pages and sheets stay in the scene hidden, so "not on
     * screen" is no longer "not in the scene".
     */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
