package nl.werkmap.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.ControllerFactory;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.common.Theme;

/** The Rapportage screen on a real encrypted demo caseload, headless; screenshots go to target/screenshots. */
@ExtendWith(QuickExtension.class)
class ReportScreenTest {

    private static final LocalDate DEMO_TODAY = LocalDate.of(2026, 3, 16);
    private static Vault vault;
    private static CaseloadStore store;
    private Scene scene;

    /** A demo caseload big enough that most figures are 5 or more, so the charts have bars to show. */
    @BeforeAll
    static void open() throws Exception {
        Path dir = Files.createTempDirectory("report-screen");
        vault = TestVaults.create(dir.resolve("keyring.json"));
        store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer());
        DemoCaseload.generate(store, 2_000, 11, DEMO_TODAY, done -> { });
    }

    @AfterAll
    static void close() {
        store.close();
        vault.lock();
    }

    @Start
    void start(Stage stage) throws Exception {
        Theme.applyUserAgent();
        Messages messages = Messages.dutch();
        Clock clock = Clock.fixed(DEMO_TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(),
                ZoneId.of("Europe/Amsterdam"));
        ReportViewModel vm = new ReportViewModel(new StoreReportSource(store, clock, messages),
                Background.sameThread(), messages, DEMO_TODAY);
        FXMLLoader loader = new FXMLLoader(ReportController.class.getResource("/nl/werkmap/ui/report/report.fxml"),
                messages.bundle());
        loader.setControllerFactory(new ControllerFactory().register(ReportController.class,
                () -> new ReportController(vm, messages)));
        Parent root = loader.load();
        scene = new Scene(root, 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void computesTheTeamSummaryAndShowsChartsTablesAndTheWorklist(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup(".combo-box").queryAllAs(javafx.scene.control.ComboBox.class).stream()
                    .filter(c -> c.isEditable()).findFirst().orElseThrow().setValue("2025-H2");
        });
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<ReportSource.ScopeChoice> scope = robot.lookup(".combo-box")
                    .queryAllAs(javafx.scene.control.ComboBox.class).stream().filter(c -> !c.isEditable())
                    .findFirst().orElseThrow();
            scope.getSelectionModel().select(0);
        });
        robot.clickOn("Bereken");
        WaitForAsyncUtils.waitForFxEvents();
        Label heading = robot.lookup(".subtitle").queryAs(Label.class);
        assertTrue(heading.getText().contains("2e halfjaar 2025"), heading.getText());
        assertFalse(robot.lookup(".chart").queryAll().isEmpty(), "bar charts on the overview");
        LineChart<?, ?> trend = robot.lookup(".report-trend").queryAs(LineChart.class);
        assertEquals(12, ((javafx.scene.chart.CategoryAxis) trend.getXAxis()).getCategories().size(),
                "a half year shows the twelve months up to its end");
        assertTrue(trend.getAccessibleText().startsWith("Verloop per maand"), trend.getAccessibleText());
        robot.interact(() -> Screenshots.capture(scene, "report-1-overview"));
        robot.interact(() -> robot.lookup(".scroll-pane").queryAllAs(javafx.scene.control.ScrollPane.class)
                .forEach(p -> p.setVvalue(0.35)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.capture(scene, "report-1b-overview-scrolled"));

        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Caseload per coach").tryQuery().isPresent());
        robot.interact(() -> Screenshots.capture(scene, "report-2-tables"));

        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ReportViewModel.WorkRow> worklist = robot.lookup(".report-worklist .table-view")
                .queryAs(TableView.class);
        assertFalse(worklist.getItems().isEmpty(), "names on screen only");
        LocalDate yearAgo = DEMO_TODAY.minusMonths(12);
        assertTrue(worklist.getItems().stream().noneMatch(r -> r.due().isBefore(yearAgo)),
                "nothing overdue for more than a year is listed");
        assertTrue(worklist.getItems().get(0).overdue(), "overdue work comes first");
        // The demo now records loonwaarde re-measurements, so it may have no item older than a year; when it has,
        // the note counts them (the count itself is tested in DueSoonQueriesTest).
        String note = robot.lookup(".report-worklist-note").queryAs(Label.class).getText();
        assertTrue(note.isEmpty() || note.contains("oudere achterstallige"), note);
        robot.interact(() -> Screenshots.capture(scene, "report-3-worklist"));
    }

    @Test
    void tabGoesThroughTheScreenAndComesBackWithoutGettingStuckInAChart(FxRobot robot) {
        robot.clickOn("Bereken");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("Bereken").queryButton().requestFocus());
        List<Node> seen = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = scene.getFocusOwner();
            seen.add(owner);
            for (Node n = owner; n != null; n = n.getParent()) {
                assertFalse(n instanceof Chart, "focus went into a chart: " + owner);
            }
        }
        assertTrue(seen.stream().anyMatch(n -> n instanceof TabPane), "Tab reaches the tabs: " + seen);
        assertTrue(seen.stream().anyMatch(n -> n instanceof javafx.scene.control.ComboBox), "and comes round: " + seen);
    }
}
