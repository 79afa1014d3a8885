package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import nl.werkmap.ui.common.FxWait;
import nl.werkmap.ui.common.QuickRobot;

/**
 * Going from the caseload to a candidate and back keeps both pages in the scene (hidden, not taken out and put back,
 * which would style every node again), shows the page asked for, and builds the Werknemersprofiel and Verantwoording
 * tabs only when the coach first opens them. "Sessie vastleggen" is hidden when closed and shown again, not rebuilt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageSwitchFlowTest extends QuickRobot {

    private UiFixture fixture;
    private Stage stage;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.candidates().save(UiFixture.candidate("Sanne de Vries", List.of()));
            store.candidates().save(UiFixture.candidate("Jan van den Berg", List.of()));
        });
        FxToolkit.setupStage(fixture::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void pagesStayInTheSceneHiddenAndTabsAreBuiltWhenFirstShown() throws Exception {
        UiFixture.unlock(this);
        TableView<?> table = UiFixture.find(this, "#table", TableView.class);
        AtomicInteger sceneChanges = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> table.sceneProperty().addListener(o -> sceneChanges.incrementAndGet()))
                .get(10, TimeUnit.SECONDS);

        open("sanne");
        assertEquals("Sanne de Vries", shownName());
        assertNotNull(table.getScene(), "the caseload stays in the scene");
        assertFalse(UiFixture.shown(table), "but hidden behind the candidate");
        TabPane tabs = shownTabs();
        Node sannePage = pageOf(tabs);
        assertNull(tab(tabs, "werknemersprofielTab").getContent(), "not built before it is shown");
        assertNull(tab(tabs, "verantwoordingTab").getContent(), "not built before it is shown");
        clickOn("Werknemersprofiel");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(tab(tabs, "werknemersprofielTab").getContent(), "built when first shown");
        clickOn("Verantwoording");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(tab(tabs, "verantwoordingTab").getContent(), "built when first shown");
        assertTrue(lookup("#verantwoording").match(UiFixture::shown).tryQuery().isPresent());

        clickOn("#back");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(UiFixture.shown(table), "the caseload shows again");
        assertFalse(UiFixture.shown(sannePage), "the candidate is hidden");

        open("jan");
        assertEquals("Jan van den Berg", shownName(), "the page on screen is found first, not a hidden one");
        clickOn("#back");
        WaitForAsyncUtils.waitForFxEvents();
        open("sanne");
        assertEquals("Sanne de Vries", shownName());
        assertSame(sannePage, pageOf(shownTabs()), "the page made before is shown again");
        assertEquals("verantwoordingTab", shownTabs().getSelectionModel().getSelectedItem().getId(),
                "the tab the coach left it on");
        assertEquals(0, sceneChanges.get(), "the caseload never left the scene");

        // "Sessie vastleggen" over the candidate: shown, closed (hidden), shown again with the same fields.
        clickOn("#logSession");
        WaitForAsyncUtils.waitForFxEvents();
        Node wentWell = lookup("#wentWell").match(UiFixture::shown).query();
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lookup("#wentWell").match(UiFixture::shown).tryQuery().isPresent(), "closed");
        clickOn("#logSession");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(wentWell, lookup("#wentWell").match(UiFixture::shown).query(), "shown again");
        assertEquals(0, sceneChanges.get(), "the caseload never left the scene");
    }

    private void open(String search) {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write(search).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shownName() throws Exception {
        FxWait.until(10, () -> !UiFixture.find(this, "#candidateName", Label.class)
                .getText().isEmpty());
        return UiFixture.find(this, "#candidateName", Label.class).getText();
    }

    private TabPane shownTabs() {
        return lookup("#tabs").match(UiFixture::shown).queryAs(TabPane.class);
    }

    /** The candidate page that holds these tabs: the child of the page area. */
    private static Node pageOf(TabPane tabs) {
        Node page = tabs;
        while (page.getParent() != null && !"pageArea".equals(page.getParent().getId())) {
            page = page.getParent();
        }
        return page;
    }

    private static Tab tab(TabPane tabs, String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + id));
    }
}
