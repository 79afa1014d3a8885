package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.ui.common.QuickRobot;

/**
 * Opening one candidate after another no longer keeps every page opened since unlock (issue 13: some 6 MB each; with
 * a 256 MB heap, sixty openings at 150,000 ran out of memory): a page the shell takes out of its page area is let go,
 * and opening that candidate again gives a fresh screen with the candidate's file. A page that holds input not saved
 * yet stays, with the input, until the coach is back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidatePagesLetGoFlowTest extends QuickRobot {

    private static final List<String> NAMES = List.of("Anna Aalders", "Bram Bosman", "Cor Cremers", "Dina Dekker",
            "Evi Eskes", "Fons Franssen", "Gijs Goossens", "Hanna Hoekstra");

    private UiFixture fixture;
    private javafx.stage.Stage stage;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            for (String name : NAMES) {
                store.candidates().save(UiFixture.candidate(name, List.of("groen")));
            }
        });
        fixture.showAtLaptopSize();
        UiFixture.unlock(this);
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void open(String name) {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write(name.split(" ")[1]);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(name, shown("#candidateName", Label.class).getText(), "the page shows " + name);
    }

    /** The one node of this id on screen: the pages kept in the scene hide theirs. */
    private <T extends javafx.scene.Node> T shown(String id, Class<T> type) {
        List<T> on = lookup(id).queryAllAs(type).stream().filter(UiFixture::shown).toList();
        assertEquals(1, on.size(), id + " on screen");
        return on.get(0);
    }

    @Test
    void pagesLeftBehindAreLetGoUnlessTheyHoldInput() {
        open("Anna Aalders");
        TextField annasPhone = shown("#phone", TextField.class);
        clickOn(annasPhone).write("06 12345678");
        open("Bram Bosman");
        TextField bramsPhone = shown("#phone", TextField.class);
        open("Cor Cremers");
        TextField corsPhone = shown("#phone", TextField.class);
        // The list and five more pages: Anna's and Bram's leave the shell's page area.
        for (String name : NAMES.subList(3, NAMES.size())) {
            open(name);
        }

        open("Bram Bosman");
        assertNotSame(bramsPhone, shown("#phone", TextField.class), "Bram's page was let go: a fresh one shows");
        open("Anna Aalders");
        TextField phone = shown("#phone", TextField.class);
        assertSame(annasPhone, phone, "Anna's page holds input not saved: kept");
        assertEquals("06 12345678", phone.getText(), "with what was typed");
        Shots.take(stage, "candidate-page-kept-with-input");
        assertTrue(lookup("#candidateName").queryAllAs(Label.class).size() <= 7,
                "no more candidate pages in the scene than the shell keeps, and the spare");
        open("Cor Cremers");
        assertNotSame(corsPhone, shown("#phone", TextField.class), "Cor's page was let go too");
        Shots.take(stage, "candidate-page-fresh-after-let-go");
    }
}
