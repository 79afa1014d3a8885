package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.avg.AccessAction;
import nl.werkmap.domain.avg.AccessEntry;
import nl.werkmap.domain.avg.Zienswijze;
import nl.werkmap.store.Samples;
import nl.werkmap.ui.common.QuickRobot;

/**
 * The BSN shows only after a reason, and the team lead reads that reason back in the candidate's access log on the
 * Privacy tab, where the candidate's own statement on a record is added too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogFlowTest extends QuickRobot {

    private static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    /** Long on purpose: the log's Reden column wraps it instead of cutting it off. */
    private static final String REASON = "Aanvraag loonkostensubsidie bij de gemeente: het UWV vraagt het BSN op het"
            + " formulier voor de loonwaardemeting van volgende week";

    private UiFixture fixture;
    private Stage stage;

    private Path csv;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        csv = dir.resolve("toegangslog.csv");
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.coaches().save(new Coach(LEAD, "Lotte de Wit", CoachRole.TEAMLEIDER, "Team Noord", 0));
            store.currentCoach().choose(LEAD, Instant.now());
            // The lead has a candidate of her own here: the caseload list shows only her own by default.
            store.candidates().save(Samples.candidate("Sanne de Vries", LEAD));
        });
        fixture.showAtLaptopSize();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aReasonBeforeTheBsnAndTheTeamLeadReadsItBack() {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("Sanne");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Profiel");
        WaitForAsyncUtils.waitForFxEvents();
        TextField bsn = UiFixture.find(this, "#bsn", TextField.class);
        VBox ask = UiFixture.find(this, "#bsnReasonBox", VBox.class);
        assertFalse(bsn.isVisible());

        clickOn("#showBsn");
        assertTrue(ask.isVisible(), "Toon asks why first");
        assertFalse(bsn.isVisible(), "nothing shows before a reason");
        clickOn("#bsnReasonConfirm");
        Label message = UiFixture.find(this, "#bsnReasonMessage", Label.class);
        assertTrue(message.getText().contains("reden"), message.getText());
        assertFalse(bsn.isVisible(), "no reason, no BSN");
        clickOn("#bsnReason").write(REASON);
        Shots.take(stage, "avglog-bsn-reason");
        clickOn("#bsnReasonConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bsn.isVisible());
        assertEquals("111222333", bsn.getText());
        assertFalse(ask.isVisible());
        Shots.take(stage, "avglog-bsn-shown");

        clickOn("Privacy");
        clickOn("#openAccessLog");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<AccessEntry> log = UiFixture.find(this, "#accessLogTable", TableView.class);
        assertTrue(log.isVisible());
        AccessEntry reveal = log.getItems().stream().filter(e -> e.action() == AccessAction.BSN_INGEZIEN)
                .findFirst().orElseThrow();
        assertEquals(REASON, reveal.purpose());
        assertEquals("Lotte de Wit", reveal.actor());
        assertTrue(log.getItems().stream().anyMatch(e -> e.action() == AccessAction.TOEGANGSLOG_INGEZIEN),
                "reading the log is logged too");

        Shots.take(stage, "avglog-access-log");

        // The team lead saves the log as CSV; the export is logged first, so the file holds its own line.
        javafx.scene.control.ScrollPane privacy = UiFixture.find(this, "#privacy",
                javafx.scene.control.ScrollPane.class);
        nl.werkmap.ui.candidate.PrivacyViewModel vm = (nl.werkmap.ui.candidate.PrivacyViewModel) privacy.getUserData();
        interact(() -> vm.useFileChooser(csv::toFile));
        clickOn("#exportAccessLog");
        WaitForAsyncUtils.waitForFxEvents();
        String saved = assertDoesNotThrow(() -> java.nio.file.Files.readString(csv));
        // CsvWriter's form: a byte order mark and ';' between fields, as Dutch Excel opens it.
        assertTrue(saved.startsWith("\uFEFFMoment (UTC);Actie;Object"), saved);
        assertTrue(saved.contains("BSN_INGEZIEN") && saved.contains("loonwaardemeting van volgende week"), saved);
        assertTrue(saved.contains("EXPORT") && saved.contains("export.toegangslog"), "the export logs itself");
        assertTrue(log.getItems().stream().anyMatch(e -> e.action() == AccessAction.EXPORT));
        assertTrue(UiFixture.find(this, "#accessLogMessage", Label.class).getText().contains("toegangslog.csv"));
        Shots.take(stage, "avglog-access-log-exported");
        javafx.scene.control.ScrollPane pane = UiFixture.find(this, "#privacy", javafx.scene.control.ScrollPane.class);
        interact(() -> pane.setVvalue(1.0));
        clickOn("#zienswijzeText").write("Ik heb geen hulp nodig bij het reizen, dat klopt niet meer.");
        clickOn("#addZienswijze");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Zienswijze> statements = UiFixture.find(this, "#zienswijzeTable", TableView.class);
        assertEquals(1, statements.getItems().size());
        assertEquals("candidate", statements.getItems().get(0).recordEntity());
        Shots.take(stage, "avglog-zienswijze");
    }
}
