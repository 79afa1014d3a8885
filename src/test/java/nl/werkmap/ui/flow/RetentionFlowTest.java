package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.OutflowDestination;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.service.erasure.RetentionItem;
import nl.werkmap.ui.common.QuickRobot;
import nl.werkmap.ui.common.Screenshots;

/**
 * Issue 16: "Bewaartermijnen" in the navigation shows who is due (past the retention date) and who follows within
 * 90 days; "Wissen…" asks for confirmation, naming the candidate and saying it cannot be undone, and "Voorgoed
 * wissen" works only once the team lead ticked the box; the erased candidate leaves the list and the caseload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionFlowTest extends QuickRobot {

    private static final LocalDate TODAY = LocalDate.now();
    private static final UUID LEAD = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

    private UiFixture fixture;
    private Stage stage;
    private UUID jan;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.coaches().save(new Coach(LEAD, "Lotte de Wit", CoachRole.TEAMLEIDER, "Team Noord", null));
            store.currentCoach().choose(LEAD, Instant.now());
            jan = ended(store, "Jan van den Berg", TODAY.minusYears(7).minusMonths(2)).id();
            ended(store, "Priya Ramdin", TODAY.minusYears(5).minusDays(40));
            Candidate uwv = ended(store, "Kees Brouwer", TODAY.minusYears(12));
            Employer bakery = new Employer(UUID.randomUUID(), "Bakkerij De Korenschoof", null, EmployerSector.MARKT,
                    null, null, null);
            store.employers().save(bakery);
            store.placements().save(new Placement(UUID.randomUUID(), uwv.id(), bakery.id(), "Medewerker bakkerij",
                    PlacementType.DIENSTVERBAND, TODAY.minusYears(13), null, TODAY.minusYears(12).minusDays(10),
                    PlacementEndReason.CONTRACT_AFGELOPEN, null, 24, false, null, null, null, false, false, null,
                    JobcoachType.EXTERN_UWV, null, null));
            ended(store, "Sanne de Vries", TODAY.minusYears(5).plusDays(30));
            ended(store, "Mohamed Amrani", TODAY.minusYears(5).plusDays(75));
            ended(store, "Eva Jansen", TODAY.minusYears(2));
            store.candidates().save(UiFixture.candidate("Bram Actief", List.of("groen")));
        });
        fixture.showAtLaptopSize();
        UiFixture.unlock(this);
    }

    private static Candidate ended(nl.werkmap.store.CaseloadStore store, String name, LocalDate since) {
        Candidate c = UiFixture.candidate(name, List.of("horeca")).withStatus(CandidateStatus.UITGESTROOMD, null,
                OutflowDestination.REGULIER_WERK, since);
        store.candidates().save(c);
        return c;
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private TableView<RetentionItem> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    @Test
    void theOverviewShowsWhoIsDueAndErasesAfterConfirmation() throws Exception {
        clickOn("#retentionButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kees Brouwer", "Jan van den Berg", "Priya Ramdin"),
                table("#retentionDue").getItems().stream().map(RetentionItem::name).toList());
        assertEquals(List.of("Sanne de Vries", "Mohamed Amrani"),
                table("#retentionSoon").getItems().stream().map(RetentionItem::name).toList());
        assertTrue(table("#retentionDue").getItems().get(0).uwvFunded());
        shot("avgwis-bewaartermijnen");

        clickOn(lookup(".button").match(n -> n instanceof Button b && "Wissen…".equals(b.getText()))
                .nth(1).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        String text = lookup("#retentionConfirmText").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Jan van den Berg wordt voorgoed gewist"), text);
        assertTrue(text.contains("niet ongedaan"), text);
        assertTrue(lookup("#retentionConfirmErase").queryButton().isDisabled(), "not before the box is ticked");
        clickOn("#retentionConfirmCheck");
        WaitForAsyncUtils.waitForFxEvents();
        shot("avgwis-wissen-bevestigen");

        clickOn("#retentionConfirmErase");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Jan van den Berg is gewist.", lookup("#retentionMessage").queryAs(Label.class).getText());
        assertEquals(List.of("Kees Brouwer", "Priya Ramdin"),
                table("#retentionDue").getItems().stream().map(RetentionItem::name).toList());
        shot("avgwis-na-wissen");
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), name)).get();
    }
}
