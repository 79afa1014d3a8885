package nl.werkmap.ui.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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

/**
 * The Rapportage screen with the English bundle, one coach's small caseload at 1366x768: the screen's own words
 * are English (the report tables stay Dutch, as the municipality receives them), small months leave gaps.
 */
@ExtendWith(QuickExtension.class)
class ReportScreenEnglishTest {

    private static final LocalDate DEMO_TODAY = LocalDate.of(2026, 3, 16);
    private static Vault vault;
    private static CaseloadStore store;
    private Scene scene;

    @BeforeAll
    static void open() throws Exception {
        Path dir = Files.createTempDirectory("report-screen-en");
        vault = TestVaults.create(dir.resolve("keyring.json"));
        store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer());
        DemoCaseload.generate(store, 300, 5, DEMO_TODAY, done -> { });
    }

    @AfterAll
    static void close() {
        store.close();
        vault.lock();
    }

    @Start
    void start(Stage stage) throws Exception {
        Theme.applyUserAgent();
        Messages messages = Messages.forLocale(Locale.ENGLISH);
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
    void englishLabelsAndAOneCoachTrend(FxRobot robot) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<ReportSource.ScopeChoice> scope = robot.lookup(".combo-box").queryAllAs(ComboBox.class).stream()
                    .filter(c -> !c.isEditable()).findFirst().orElseThrow();
            scope.getSelectionModel().select(scope.getItems().size() - 1);
        });
        robot.clickOn("Calculate");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".report-trend").queryAllAs(LineChart.class).isEmpty(), "the trend is drawn");
        assertTrue(robot.lookup("Overview").tryQuery().isPresent());
        robot.interact(() -> Screenshots.capture(scene, "report-en-1-overview"));
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        Label help = robot.lookup(".report-worklist .muted").queryAs(Label.class);
        assertTrue(help.getText().startsWith("What is overdue"), help.getText());
        robot.interact(() -> Screenshots.capture(scene, "report-en-2-worklist"));
    }

    @Test
    void periodsInEnglishWordsWithBritishDates(FxRobot robot) {
        robot.clickOn("Calculate");
        WaitForAsyncUtils.waitForFxEvents();
        Label heading = robot.lookup(".subtitle").queryAs(Label.class);
        assertTrue(heading.getText().startsWith("T1 2026 (01/01/2026 to 30/04/2026)"), heading.getText());
        @SuppressWarnings("unchecked")
        ComboBox<String> period = robot.lookup(".combo-box").queryAllAs(ComboBox.class).stream()
                .filter(ComboBox::isEditable).findFirst().orElseThrow();
        robot.interact(period::show);
        WaitForAsyncUtils.waitForFxEvents();
        var cells = robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(javafx.scene.control.ListCell::getText).filter(t -> t != null).toList();
        assertTrue(cells.contains("2026-Q2 \u2013 Q2 2026"), cells.toString());
        assertTrue(cells.contains("2026-H1 \u2013 H1 2026"), cells.toString());
        assertTrue(cells.contains("2026"), "a year is its own word: " + cells);
        robot.interact(() -> Screenshots.capture(robot.lookup(".list-cell").query().getScene(), "report-en-3-periods"));
        robot.interact(period::hide);
    }
}
