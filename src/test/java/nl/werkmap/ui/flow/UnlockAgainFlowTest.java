package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickRobot;

/**
 * Issue 13, through the real window: unlocked again from the lock card with nothing written meanwhile, the caseload
 * list is not read again (at 150,000 candidates that read took 4.8 s of both cores after every unlock); when
 * something was written to the file while the window was locked, here by another open of it as a sync from the
 * command line would, the list is read again and shows it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnlockAgainFlowTest extends QuickRobot {

    private UiFixture fixture;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> store.candidates().saveAll(List.of(
                UiFixture.candidate("Jan van den Berg", List.of("groen")),
                UiFixture.candidate("Sanne de Vries", List.of("zorg")))));
        fixture.showAtLaptopSize();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theListIsReadAgainOnlyWhenTheFileChangedWhileLocked() throws Exception {
        UiFixture.unlock(this);
        @SuppressWarnings("unchecked")
        TableView<CaseloadRow> table = lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        // Each change of the table's rows, by the number of rows it left: a list read again with nothing new would
        // show as a change leaving 2.
        List<Integer> changes = new CopyOnWriteArrayList<>();
        ListChangeListener<CaseloadRow> counted = c -> changes.add(c.getList().size());
        interact(() -> table.getItems().addListener(counted));

        lock();
        UiFixture.unlock(this);
        assertFalse(lookup("#unlockButton").tryQuery().isPresent(), "unlocked");
        assertEquals(2, table.getItems().size(), "the list as it was, at once");

        lock();
        try (OpenCaseload other = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            other.store().candidates().save(UiFixture.candidate("Els Bergsma", List.of("groen")));
        }
        UiFixture.unlock(this);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertTrue(table.getItems().stream().anyMatch(r -> r.displayName().equals("Els Bergsma")),
                "written while locked, by another open of the file: read again and shown");
        // The lanes run in order: the first unlock's check ended before the second unlock's read began.
        assertFalse(changes.contains(2), "nothing written before the first unlock again: not read again " + changes);
        interact(() -> table.getItems().removeListener(counted));
    }

    private void lock() {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(lookup("#unlockButton").tryQuery().isPresent(), "locked");
    }
}
