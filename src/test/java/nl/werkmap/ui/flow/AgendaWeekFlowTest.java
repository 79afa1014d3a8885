package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

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
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.Address;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.ui.agenda.WeekAgenda;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.store.week.WeekEntry;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickRobot;

/**
 * A coach's week: the caseload opens on "mijn kandidaten", the agenda shows a planned appointment and the end of a
 * proefplaatsing, an appointment in the past is refused in place, and one is planned with the keyboard only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgendaWeekFlowTest extends QuickRobot {

    private static final UUID COLLEAGUE = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final LocalDate TODAY = LocalDate.now();

    private UiFixture fixture;
    private Stage stage;
    private UUID sanne;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.coaches().save(new Coach(COLLEAGUE, "Kees Jansen", CoachRole.JOBCOACH, "Team Noord", 60));
            store.currentCoach().choose(UiFixture.COACH, Instant.now());
            Candidate jan = UiFixture.candidate("Jan van den Berg", List.of("groen"));
            Candidate sanneCandidate = UiFixture.candidate("Sanne de Vries", List.of("zorg"));
            sanneCandidate = sanneCandidate.withPersonal(new nl.werkmap.domain.PersonalDetails("Sanne de Vries",
                    "Sanne", null, LocalDate.of(1998, 3, 14), null, null, null, null));
            sanne = sanneCandidate.id();
            Candidate els = Candidate.register(UUID.randomUUID(), "Els Bergsma", TODAY.minusMonths(2))
                    .withCoach(COLLEAGUE);
            store.candidates().saveAll(List.of(jan, sanneCandidate, els));
            Employer bakery = new Employer(UUID.randomUUID(), "Bakkerij De Korenaar", null, EmployerSector.MARKT,
                    "Bakkerij", new Address("Dorpsstraat 4", "3451 AB", "Vleuten"), null);
            store.employers().save(bakery);
            // Ends tomorrow: always inside "Deze week" (on a Saturday or Sunday the week runs to the next Sunday).
            store.placements().save(new Placement(UUID.randomUUID(), jan.id(), bakery.id(), "Hulp bakkerij",
                    PlacementType.PROEFPLAATSING, TODAY.minusMonths(2), TODAY.plusDays(1), null, null, null, 16.0,
                    false, null, null, null, false, false, null, null, null, null));
            store.sessions().save(new CoachingSession(UUID.randomUUID(), jan.id(), null, UiFixture.COACH,
                    TODAY.plusDays(1).atTime(10, 30), 45, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                    Set.of(), null, null, null, 0, "Bakkerij De Korenaar, Dorpsstraat 4"));
        });
        fixture.withClock(UiFixture.noonOf(TODAY)).showAtLaptopSize();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    @Order(1)
    void theCaseloadOpensOnMyCandidatesWithFullNamesAndACue() {
        UiFixture.unlock(this);
        TableView<CaseloadRow> table = UiFixture.find(this, "#table", TableView.class);
        assertEquals(List.of("Jan van den Berg", "Sanne de Vries"),
                table.getItems().stream().map(CaseloadRow::displayName).sorted().toList(), "only mine");
        CheckBox all = UiFixture.find(this, "#allCandidates", CheckBox.class);
        assertTrue(all.isVisible());
        assertFalse(all.isSelected());
        assertTrue(lookup("1998").tryQuery().isPresent(), "Sanne's birth year shows beside her name");
        assertFalse(lookup("#whoAmI").tryQuery().filter(n -> n.isVisible()).isPresent(),
                "the coach is known: nobody is asked who they are");
        Shots.take(stage, "60-caseload-mine");
        clickOn(all);
        assertEquals(3, table.getItems().size(), "Alle kandidaten");
        clickOn(all);
        assertEquals(2, table.getItems().size());
    }

    @Test
    @Order(2)
    void theWeekShowsThePlannedAppointmentAndTheEndOfTheProefplaatsing() {
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        List<WeekAgenda.Line> week = weekTable().getItems();
        WeekAgenda.Line appointment = week.stream().filter(l -> l.entry().kind() == WeekEntry.Kind.AFSPRAAK)
                .findFirst().orElseThrow();
        assertEquals("Jan van den Berg", appointment.name());
        assertEquals("Bakkerij De Korenaar, Dorpsstraat 4", appointment.entry().text());
        assertTrue(week.stream().anyMatch(l -> l.entry().kind() == WeekEntry.Kind.EINDE_PROEFPLAATSING
                && l.name().equals("Jan van den Berg")), "the proefplaatsing ends tomorrow");
        assertTrue(lookup("Einde proefplaatsing").tryQuery().isPresent(), "shown in words");
        Shots.take(stage, "61-agenda-week");
    }

    @Test
    @Order(3)
    void anAppointmentInThePastIsRefusedThenOneIsPlannedByKeyboard() throws Exception {
        press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        write("Sanne");
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals("Gekozen: Sanne de Vries (1998)", UiFixture.find(this, "#apChosen", Label.class).getText());
        String yesterday = DAY.format(TODAY.minusDays(1));
        write(yesterday);
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        String error = UiFixture.find(this, "#apError", Label.class).getText();
        assertTrue(error.startsWith("Dit moment is al voorbij"), error);
        assertEquals(yesterday, UiFixture.find(this, "#apDate", javafx.scene.control.TextField.class).getText(),
                "input kept");
        Shots.take(stage, "62-agenda-plan-refused");

        LocalDate day = TODAY.plusDays(1);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write(DAY.format(day));
        type(KeyCode.TAB).write("14:15");
        type(KeyCode.TAB).write("45");
        type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        write("Zorgcentrum De Linde");
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertFalse(lookup("#planForm").query().isVisible(), "saved and closed");
        assertTrue(weekTable().getItems().stream().anyMatch(l -> l.name().equals("Sanne de Vries")
                && l.entry().kind() == WeekEntry.Kind.AFSPRAAK), "the new appointment is in the week");
        Shots.take(stage, "63-agenda-planned");

        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            CaseloadStore store = open.store();
            CoachingSession planned = store.sessions().forCandidate(sanne).get(0);
            assertEquals(LocalDateTime.of(day, java.time.LocalTime.of(14, 15)), planned.startsAt());
            assertEquals(45, planned.durationMinutes());
            assertEquals("Zorgcentrum De Linde", planned.place());
            assertEquals(UiFixture.COACH, planned.coachId(), "in the name of the coach working here");
        }
    }

    @Test
    @Order(4)
    void enterOnALineOpensTheCandidate() {
        TableView<WeekAgenda.Line> week = weekTable();
        int row = week.getItems().indexOf(week.getItems().stream()
                .filter(l -> l.name().equals("Sanne de Vries")).findFirst().orElseThrow());
        WaitForAsyncUtils.asyncFx(() -> {
            week.requestFocus();
            week.getSelectionModel().select(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
        type(KeyCode.ENTER);
        String header = UiFixture.find(this, "#candidateName", Label.class).getText();
        assertTrue(header.contains("Sanne de Vries"), header);
    }

    @Test
    @Order(5)
    void theQuickFlowFromACandidateSaysWhoseFileItIs() {
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertEquals("Dossier van Sanne de Vries (1998)", UiFixture.find(this, "#forWhomName", Label.class).getText());
        Shots.take(stage, "64-quick-session-for-whom");
        clickOn("#changeCandidate");
        assertFalse(lookup("#forWhom").query().isVisible(), "the name field is open for another candidate");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @Order(6)
    void anotherCoachInInstellingenMakesTheirListsTheDefault() throws Exception {
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        clickOn("#settingsButton");
        assertEquals("Fatima Yilmaz", lookup("#settingsWhoAmICoach").queryComboBox().getValue().toString()
                .contains("Fatima Yilmaz") ? "Fatima Yilmaz" : "", "the coach working here is shown");
        clickOn("#settingsWhoAmINewName").write("Noor Bakker").type(KeyCode.ENTER);
        Shots.take(stage, "65-settings-who-am-i");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CaseloadRow> table = UiFixture.find(this, "#table", TableView.class);
        assertEquals(0, table.getItems().size(), "Noor has no candidates yet");
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            UUID noor = open.store().currentCoach().get().orElseThrow();
            assertEquals("Noor Bakker", open.store().coaches().find(noor).orElseThrow().name());
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<WeekAgenda.Line> weekTable() {
        return lookup("#weekTable").queryAs(TableView.class);
    }
}
