package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.ProfielCompleteness;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickRobot;

/**
 * A coach completes a werknemersprofiel with the keyboard: the four missing items show, bad input (hours max below
 * min, a journey of 300 minutes, an occupation code not in ISCO-08) is refused in Dutch with the input kept, and
 * once saved the profile is complete, stored and no longer marked unsaved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfielFlowTest extends QuickRobot {

    private UiFixture fixture;
    private Stage stage;
    private UUID candidateId;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            Candidate c = UiFixture.candidate("Sanne de Vries", List.of());
            candidateId = c.id();
            store.candidates().save(c);
        });
        FxToolkit.setupStage(fixture::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aCoachCompletesAProfileAndBadInputIsRefusedWithTheInputKept() throws Exception {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("sanne").type(KeyCode.ENTER);
        clickOn("Werknemersprofiel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Opleidingsniveau", "Sectorwensen", "Uren en beschikbaarheid", "Reisbereik"),
                missingBadges(), "a new profile misses all four");
        assertFalse(tabTitle().startsWith("•"), "just loaded: nothing unsaved");

        focusAndWrite("#vaardigheden", "Werkt nauwkeurig, telt goed.");
        assertTrue(tabTitle().startsWith("• "), "typed: the tab is marked " + tabTitle());
        ComboBox<Opleidingsniveau> level = lookup("#opleidingsniveau").queryComboBox();
        interact(() -> level.setValue(Opleidingsniveau.PRAKTIJKONDERWIJS));
        toggle(sectorBox("I "));
        toggle(sectorBox("G "));
        focusAndWrite("#occupationSearch", "keukenhulp");
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals("9412", field("#occupations").getText(), "Enter in the list adds the wish");
        assertTrue(lookup("#occupationNames").queryAs(Label.class).getText().contains("Keukenhulpen"));
        focusAndWrite("#hoursMin", "24");
        focusAndWrite("#hoursMax", "16");
        focusAndWrite("#travelPostcode", "3511 ab");
        focusAndWrite("#travelMinutes", "300");
        toggle(checkBoxIn("#days", "ma"));
        toggle(checkBoxIn("#dagdelen", "Ochtend"));

        save();
        String refused = lookup("#profielMessage").queryAs(Label.class).getText();
        assertTrue(refused.startsWith("Niet opgeslagen"), refused);
        String problems = lookup("#profielProblems").queryAs(Label.class).getText();
        assertTrue(problems.contains("Het maximum aantal uren ligt onder het minimum"), problems);
        assertTrue(problems.contains("0 tot en met 240 minuten"), problems);
        assertEquals("16", field("#hoursMax").getText(), "input kept");
        assertEquals("300", field("#travelMinutes").getText(), "input kept");
        assertTrue(stored().isEmpty(), "nothing written");
        Shots.take(stage, "71-werknemersprofiel-geweigerd");

        focusAndReplace("#hoursMax", "32");
        focusAndReplace("#travelMinutes", "45");
        focusAndWrite("#jobCode", "9999");
        focusAndWrite("#jobFrom", "2023");
        focusAndWrite("#jobDescription", "Stage in de kantine");
        type(KeyCode.ENTER);
        assertTrue(lookup("#profielMessage").queryAs(Label.class).getText().contains("9999"),
                "an unknown code is refused by name");
        assertEquals("9999", field("#jobCode").getText(), "input kept");
        focusAndReplace("#jobCode", "9412");
        focusAndWrite("#jobTo", "2024");
        interact(() -> field("#jobDescription").requestFocus());
        type(KeyCode.ENTER);
        assertEquals(1, lookup("#experienceTable").queryAs(TableView.class).getItems().size());

        save();
        assertEquals("Werknemersprofiel opgeslagen.", lookup("#profielMessage").queryAs(Label.class).getText());
        assertEquals(List.of(), missingBadges());
        assertFalse(tabTitle().startsWith("•"), "saved: no mark " + tabTitle());
        assertEquals("3511 AB", field("#travelPostcode").getText(), "the form shows what was stored");
        interact(() -> scrollPaneOf(lookup("#vaardigheden").query()).setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        Shots.take(stage, "70-werknemersprofiel-compleet");
        interact(() -> scrollPaneOf(lookup("#vaardigheden").query()).setVvalue(1));
        Shots.take(stage, "72-werknemersprofiel-onderkant");

        Werknemersprofiel saved = stored().orElseThrow();
        assertTrue(ProfielCompleteness.complete(saved));
        assertEquals(Opleidingsniveau.PRAKTIJKONDERWIJS, saved.opleidingsniveau());
        assertEquals(List.of("G", "I"), saved.sectorWishes());
        assertEquals(List.of("9412"), saved.occupationWishes());
        assertEquals(24.0, saved.beschikbaarheid().hoursMin());
        assertEquals(32.0, saved.beschikbaarheid().hoursMax());
        assertEquals("3511 AB", saved.reisbereik().postcode(), "postcode written the standard way");
        assertEquals(45, saved.reisbereik().maxMinutes());
        assertEquals(Set.of(java.time.DayOfWeek.MONDAY), saved.beschikbaarheid().days());
        assertEquals("Werkt nauwkeurig, telt goed.", saved.teksten().vaardigheden());
        List<Werkervaring> jobs = fixtureRead(store -> store.profiles().experience(candidateId));
        assertEquals(1, jobs.size());
        assertEquals("9412", jobs.get(0).iscoCode());
        assertEquals(2023, jobs.get(0).fromYear());
    }

    private java.util.Optional<Werknemersprofiel> stored() throws Exception {
        return fixtureRead(store -> store.profiles().forCandidate(candidateId));
    }

    /** Reads the caseload file as another program would, beside the open window. */
    private <T> T fixtureRead(java.util.function.Function<nl.werkmap.store.CaseloadStore, T> read) throws Exception {
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            return read.apply(open.store());
        }
    }

    private void save() {
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void focusAndWrite(String query, String text) {
        Node node = lookup(query).query();
        interact(() -> {
            reveal(node);
            node.requestFocus();
        });
        write(text);
    }

    private void focusAndReplace(String query, String text) {
        TextField field = field(query);
        interact(() -> {
            reveal(field);
            field.requestFocus();
            field.selectAll();
        });
        write(text);
    }

    private void toggle(CheckBox box) {
        interact(() -> {
            reveal(box);
            box.requestFocus();
        });
        type(KeyCode.SPACE);
        assertTrue(box.isSelected(), box.getText());
    }

    private CheckBox sectorBox(String prefix) {
        return checkBoxIn("#sectorWishes", prefix);
    }

    private CheckBox checkBoxIn(String pane, String prefix) {
        return lookup(pane).queryAs(FlowPane.class).getChildren().stream().map(CheckBox.class::cast)
                .filter(b -> b.getText().startsWith(prefix)).findFirst().orElseThrow();
    }

    private TextField field(String query) {
        return lookup(query).queryAs(TextField.class);
    }

    private List<String> missingBadges() {
        return lookup("#profielMissing").queryAs(FlowPane.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private String tabTitle() {
        TabPane tabs = lookup("#tabs").queryAs(TabPane.class);
        return tabs.getTabs().stream().filter(t -> t.getId() != null && t.getId().equals("werknemersprofielTab"))
                .map(Tab::getText).findFirst().orElseThrow();
    }

    /** Scrolls the form so the node is in view, as the coach's Tab key would. */
    private static void reveal(Node node) {
        ScrollPane pane = scrollPaneOf(node);
        double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
        double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            pane.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
        }
    }

    private static ScrollPane scrollPaneOf(Node node) {
        Node up = node;
        while (!(up instanceof ScrollPane)) {
            up = up.getParent();
        }
        return (ScrollPane) up;
    }
}
