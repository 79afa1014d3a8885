package nl.werkmap.ui.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.LocalDate;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.ControllerFactory;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.common.Theme;

/** The Rapportage screen on a real encrypted demo caseload, headless; screenshots go to target/screenshots. */
@ExtendWith(ApplicationExtension.class)
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
        scene = new Scene(root, 1280, 860);
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
        robot.interact(() -> Screenshots.capture(scene, "report-1-overview"));

        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Caseload per coach").tryQuery().isPresent());
        robot.interact(() -> Screenshots.capture(scene, "report-2-tables"));

        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> worklist = robot.lookup(".report-worklist .table-view").queryAs(TableView.class);
        assertFalse(worklist.getItems().isEmpty(), "names on screen only");
        robot.interact(() -> Screenshots.capture(scene, "report-3-worklist"));
    }
}
