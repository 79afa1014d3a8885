package nl.werkmap.ui.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
import nl.werkmap.app.demo.DemoProfile;
import nl.werkmap.report.export.ReportFormat;
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
 * The Rapportage screen at 1366x768 on the caseloads a new team has: the sparse demo team and a caseload with
 * nothing in it. Every table is shown and the empty ones say so in words; the PDF of the sparse team is written
 * beside the screenshots to be looked at too.
 */
@ExtendWith(QuickExtension.class)
class ReportScreenSparseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static Vault vault;
    private static CaseloadStore sparse;
    private static CaseloadStore empty;
    private Stage stage;

    @BeforeAll
    static void open() throws Exception {
        Path dir = Files.createTempDirectory("report-screen-sparse");
        vault = TestVaults.create(dir.resolve("keyring.json"));
        sparse = CaseloadStore.open(dir.resolve("sparse.db"), vault.sealer());
        DemoCaseload.generate(sparse, DemoProfile.NEW_TEAM_CANDIDATES, 5, TODAY, DemoProfile.NIEUW_TEAM, done -> { });
        empty = CaseloadStore.open(dir.resolve("empty.db"), vault.sealer());
    }

    @AfterAll
    static void close() {
        sparse.close();
        empty.close();
        vault.lock();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.applyUserAgent();
    }

    private Scene show(CaseloadStore store, Messages messages, ReportViewModel[] vmOut) throws Exception {
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(),
                ZoneId.of("Europe/Amsterdam"));
        ReportViewModel vm = new ReportViewModel(new StoreReportSource(store, clock, messages), Background.sameThread(),
                messages, TODAY);
        vmOut[0] = vm;
        FXMLLoader loader = new FXMLLoader(ReportController.class.getResource("/nl/werkmap/ui/report/report.fxml"),
                messages.bundle());
        loader.setControllerFactory(new ControllerFactory().register(ReportController.class,
                () -> new ReportController(vm, messages)));
        Parent root = loader.load();
        Scene scene = new Scene(root, 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    private void computeAndShoot(FxRobot robot, CaseloadStore store, Messages messages, String name, String button,
                                 String noData) throws Exception {
        Scene[] scene = new Scene[1];
        ReportViewModel[] vm = new ReportViewModel[1];
        robot.interact(() -> {
            try {
                scene[0] = show(store, messages, vm);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm[0].message.get().isEmpty(), "no error: " + vm[0].message.get());
        assertFalse(vm[0].tables.isEmpty(), "the summary is computed");
        robot.interact(() -> Screenshots.capture(scene[0], name + "-1-overview"));
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".table-view .placeholder .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(noData)), "an empty table says so: " + noData);
        robot.interact(() -> Screenshots.capture(scene[0], name + "-2-tables"));
        robot.interact(() -> robot.lookup(".tab-pane .scroll-pane").queryAllAs(javafx.scene.control.ScrollPane.class)
                .forEach(p -> p.setVvalue(0.6)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.capture(scene[0], name + "-3-tables-scrolled"));
        try (OutputStream out = Files.newOutputStream(Screenshots.DIR.resolve(name + ".pdf"))) {
            ReportFormat.PDF.write(vm[0].document.get(), out);
        }
    }

    @Test
    void theSparseDemoTeam(FxRobot robot) throws Exception {
        computeAndShoot(robot, sparse, Messages.dutch(), "report-sparse", "Bereken", "Geen gegevens in deze periode");
    }

    @Test
    void aCaseloadWithNothingInIt(FxRobot robot) throws Exception {
        computeAndShoot(robot, empty, Messages.dutch(), "report-empty", "Bereken", "Geen gegevens in deze periode");
    }

    @Test
    void aCaseloadWithNothingInItInEnglish(FxRobot robot) throws Exception {
        computeAndShoot(robot, empty, Messages.forLocale(Locale.ENGLISH), "report-empty-en", "Calculate",
                "No data in this period");
    }
}
