package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickRobot;

/**
 * The placement end form holds input like any form: a chosen reason marks the tab and the form ("• Niet
 * opgeslagen"); Esc asks first (Annuleren keeps the input, Niet opslaan closes it and writes nothing); closing the
 * window asks too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlacementUnsavedFlowTest extends QuickRobot {

    private static final LocalDate TODAY = LocalDate.now();

    private UiFixture fixture;
    private Stage stage;
    private UUID jobId;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            Candidate jan = UiFixture.candidate("Jan van den Berg", List.of("horeca"));
            store.candidates().save(jan);
            Employer bakery = new Employer(UUID.randomUUID(), "Bakkerij De Korenschoof", null, EmployerSector.MARKT,
                    null, null, null);
            store.employers().save(bakery);
            Placement job = new Placement(UUID.randomUUID(), jan.id(), bakery.id(), "Medewerker bakkerij",
                    PlacementType.DIENSTVERBAND, TODAY.minusMonths(5), null, null, null, null, 24, false, null,
                    null, null, false, false, null, null, null, null);
            jobId = job.id();
            store.placements().save(job);
        });
        fixture.showAtLaptopSize();
        UiFixture.unlock(this);
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private TableView<PlacementFile> table() {
        return lookup("#placements").queryAs(TableView.class);
    }

    private String placementsTab() {
        TabPane tabs = lookup(".tab-pane").queryAs(TabPane.class);
        return tabs.getTabs().stream().map(t -> t.getText()).filter(t -> t.contains("Plaatsingen")).findFirst()
                .orElseThrow();
    }

    private boolean formMarked() {
        return lookup("#actionUnsaved").queryAs(Label.class).isVisible();
    }

    private boolean endFormShown() {
        for (Node n = lookup("#endDate").queryAs(Node.class); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Node dialog() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#unsavedDialog").tryQuery().orElseThrow(() -> new AssertionError("no question asked"));
    }

    private void answer(Node dialog, String button) {
        clickOn(from(dialog).lookup((Button b) -> button.equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @Order(1)
    void aChosenReasonIsUnsavedInputAndEscAsksFirst() throws Exception {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("jan");
        type(KeyCode.ENTER);
        clickOn("Plaatsingen");
        PlacementFile file = table().getItems().stream().filter(f -> f.placement().id().equals(jobId))
                .findFirst().orElseThrow();
        interact(() -> {
            table().getSelectionModel().select(file);
            table().requestFocus();
        });
        press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(endFormShown(), "the end form is open");
        assertFalse(formMarked(), "filled in for the coach (today), nothing typed yet");
        assertFalse(placementsTab().startsWith("•"), placementsTab());

        @SuppressWarnings("unchecked")
        ComboBox<PlacementEndReason> reason = lookup("#endReason").queryAs(ComboBox.class);
        interact(() -> reason.setValue(PlacementEndReason.ZIEKTE));
        assertTrue(formMarked(), "• Niet opgeslagen beside the form's title");
        assertTrue(placementsTab().startsWith("• "), placementsTab());
        Shots.take(stage, "73-placement-end-unsaved");

        type(KeyCode.ESCAPE);
        Node dialog = dialog();
        String question = from(dialog).lookup(".content").queryAs(Label.class).getText();
        assertTrue(question.contains("Plaatsingen"), question);
        Shots.take(stage, "74-placement-end-question");
        answer(dialog, "Annuleren");
        assertTrue(endFormShown(), "Annuleren: the form stays open");
        assertEquals(PlacementEndReason.ZIEKTE, reason.getValue(), "input kept");

        type(KeyCode.ESCAPE);
        answer(dialog(), "Niet opslaan");
        assertFalse(endFormShown(), "Niet opslaan closes the form");
        assertFalse(placementsTab().startsWith("•"), "nothing unsaved any more: " + placementsTab());
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            assertNull(open.store().placements().find(jobId).orElseThrow().actualEnd(), "nothing written");
        }
    }

    @Test
    @Order(2)
    void closingTheWindowWithAnOpenEndFormAsks() {
        interact(() -> table().requestFocus());
        press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<PlacementEndReason> reason = lookup("#endReason").queryAs(ComboBox.class);
        interact(() -> reason.setValue(PlacementEndReason.VERHUIZING));
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Node dialog = dialog();
        String question = from(dialog).lookup(".content").queryAs(Label.class).getText();
        assertTrue(question.contains("Plaatsingen"), question);
        answer(dialog, "Annuleren");
        assertTrue(stage.isShowing(), "Annuleren keeps the window open");
        assertEquals(PlacementEndReason.VERHUIZING, reason.getValue());
    }
}
