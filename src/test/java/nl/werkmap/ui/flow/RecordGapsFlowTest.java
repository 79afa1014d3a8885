package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import nl.werkmap.store.mapping.EntityTable;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuickRobot;
import nl.werkmap.ui.main.MainWindow;

/**
 * The last gaps in keeping records right: typed profile input is marked and asked about before the window closes
 * (also on the new-candidate page); an employer is deleted and brought back with Ctrl+Z, but not while a
 * placement there still runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordGapsFlowTest extends QuickRobot {

    private static final String IN_USE = "Hoveniersbedrijf Van Dijk";
    private static final String FREE = "Bakkerij Zonder Plaatsing";

    private UiFixture fixture;
    private final ManualScheduler scheduler = new ManualScheduler();
    private Stage stage;
    private final java.util.UUID freeId = java.util.UUID.randomUUID();

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            Candidate c = UiFixture.candidate("Jan van den Berg", List.of("groen"));
            store.candidates().save(c);
            SeedHistory.give(store, c.id());
            store.employers().save(new Employer(freeId, FREE, null, EmployerSector.MARKT,
                    null, null, null));
        });
        FxToolkit.setupStage(this::showWindow);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showWindow(Stage s) {
        new MainWindow(s, fixture.files, Messages.dutch(), Background.sameThread(), fixture.preferences,
                Optional.empty(), scheduler).show();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    @Order(1)
    void typedProfileInputIsMarkedAskedAboutOnCloseAndClearedBySaving() {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("jan");
        type(KeyCode.ENTER);
        assertEquals("Jan van den Berg", lookup("#candidateName").queryAs(Label.class).getText());
        assertFalse(tabTitle(0).startsWith("•"), "just loaded: nothing unsaved " + tabTitle(0));
        assertFalse(markShown(), "just loaded: no header mark");

        clickOn("#street").write("Dorpsstraat 4");
        assertTrue(tabTitle(0).startsWith("• "), "the profile tab shows unsaved input: " + tabTitle(0));
        assertTrue(markShown(), "• Niet opgeslagen in the header");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = lookup("#unsavedDialog").queryAs(Node.class);
        String question = from(dialog).lookup(".content").queryAs(Label.class).getText();
        assertTrue(question.contains("Profiel"), question);
        clickOn(from(dialog).lookup((Button b) -> "Annuleren".equals(b.getText())).queryButton());
        assertTrue(stage.isShowing(), "Annuleren keeps the window open");
        assertEquals("Dorpsstraat 4", lookup("#street").queryAs(TextField.class).getText(), "input kept");

        clickOn("#saveButton");
        assertFalse(tabTitle(0).startsWith("•"), "saved: no mark " + tabTitle(0));
        assertFalse(markShown(), "saved: no header mark");
    }

    @Test
    @Order(2)
    void theNewCandidatePageIsMarkedAndAskedAbout() {
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(markShown(), "an empty new form holds nothing");
        javafx.scene.control.CheckBox consent = lookup("#consent-PROFIEL_AAN_WERKGEVER")
                .queryAs(javafx.scene.control.CheckBox.class);
        interact(() -> consent.setSelected(true));
        assertTrue(markShown(), "a consent tick alone is unsaved input");
        clickOn("#fullName").write("Fatima el Amrani");
        assertTrue(markShown(), "typed a name: marked");
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = lookup("#unsavedDialog").queryAs(Node.class);
        String question = from(dialog).lookup(".content").queryAs(Label.class).getText();
        assertTrue(question.contains("Nieuwe kandidaat"), question);
        clickOn(from(dialog).lookup((Button b) -> "Annuleren".equals(b.getText())).queryButton());
        assertTrue(stage.isShowing(), "Annuleren keeps the window open");
        assertEquals("Fatima el Amrani", lookup("#fullName").queryAs(TextField.class).getText());
    }

    @Test
    @Order(3)
    void anEmployerWithARunningPlacementIsNotDeleted() {
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // Leaving the typed new candidate asks (the page is made anew next time); the test throws it away.
        Node dialog = lookup("#unsavedDialog").tryQuery().orElseThrow(() -> new AssertionError(
                "leaving the new-candidate page with typed input must ask"));
        clickOn(from(dialog).lookup((Button b) -> "Niet opslaan".equals(b.getText())).queryButton());
        assertEquals(2, employers().getItems().size());
        clickOn(rowOf(IN_USE));
        clickOn("#delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#confirmDelete").tryQuery().isPresent(), "refused before asking");
        Label message = lookup("#message").match(Node::isVisible).queryAs(Label.class);
        assertTrue(message.getText().contains("lopende plaatsing") && message.getText().contains("Sluit"),
                message.getText());
        assertEquals(2, employers().getItems().size(), "still there");
        Shots.take(stage, "60-employer-delete-refused");
    }

    @Test
    @Order(4)
    void anEmployerIsDeletedAndComesBackWithCtrlZ() {
        clickOn(rowOf(FREE));
        clickOn("#delete");
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = lookup("#confirmDelete").queryAs(Node.class);
        String text = from(dialog).lookup(".content").queryAs(Label.class).getText();
        assertTrue(text.contains("andere apparaten") && text.contains("Ctrl+Z"), text);
        Shots.take((Stage) dialog.getScene().getWindow(), "61-employer-confirm-delete");
        clickOn(from(dialog).lookup((Button b) -> "Verwijderen".equals(b.getText())).queryButton());
        assertEquals(1, employers().getItems().size());
        assertTrue(employers().getItems().stream().noneMatch(e -> FREE.equals(e.name())));
        Label undo = lookup("#undoText").match(Node::isVisible).queryAs(Label.class);
        assertEquals(FREE + " verwijderd.", undo.getText());
        Shots.take(stage, "62-employer-deleted-undo-offered");

        clickOn(rowOf(IN_USE));
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(2, employers().getItems().size(), "Ctrl+Z brought it back");
        assertTrue(employers().getItems().stream().anyMatch(e -> FREE.equals(e.name())));
        assertFalse(lookup("#undoBar").match(Node::isVisible).tryQuery().isPresent());
    }

    @Test
    @Order(5)
    void theDeleteAndTheRestoreAreInTheChangeLog() throws Exception {
        interact(() -> stage.hide());
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            assertTrue(open.store().employers().find(freeId).isPresent(), "alive again");
            List<String> logged = open.store().changeLog().unsent(100_000).stream()
                    .filter(c -> c.entityId().equals(freeId.toString()) && c.field().equals(EntityTable.DELETED))
                    .map(c -> new String(c.value(), StandardCharsets.UTF_8)).toList();
            assertTrue(logged.contains("true"), "the tombstone waits in the outbox: " + logged);
        }
    }

    private boolean markShown() {
        return lookup("#unsavedMark").match(Node::isVisible).tryQuery().isPresent();
    }

    @SuppressWarnings("unchecked")
    private TableView<Employer> employers() {
        return lookup("#employers").queryAs(TableView.class);
    }

    private Node rowOf(String name) {
        int row = employers().getItems().indexOf(employers().getItems().stream()
                .filter(e -> name.equals(e.name())).findFirst().orElseThrow());
        return from(employers()).lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) ->
                r.getIndex() == row && r.isVisible() && r.getItem() != null).queryAs(Node.class);
    }

    private String tabTitle(int index) {
        return lookup("#tabs").queryAs(TabPane.class).getTabs().get(index).getText();
    }
}
