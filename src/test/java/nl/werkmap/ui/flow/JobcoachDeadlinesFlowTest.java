package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

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

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.store.Samples;
import nl.werkmap.store.week.WeekEntry;
import nl.werkmap.ui.agenda.WeekAgenda;
import nl.werkmap.ui.common.QuickRobot;

/**
 * The jobcoach deadlines in the coach's week: an aanvraag due today (started two weeks ago, no toekenning), the
 * end notice of a dienstbetrekking that ended a week ago, and this week's hours for a granted client without a
 * session, each named in words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobcoachDeadlinesFlowTest extends QuickRobot {

    private static final LocalDate TODAY = LocalDate.now();

    private UiFixture fixture;
    private Stage stage;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.currentCoach().choose(UiFixture.COACH, Instant.now());
            Candidate anna = UiFixture.candidate("Anna de Boer", List.of("groen"));
            Candidate bram = UiFixture.candidate("Bram Visser", List.of("logistiek"));
            Candidate cees = UiFixture.candidate("Cees Mulder", List.of("zorg"));
            store.candidates().saveAll(List.of(anna, bram, cees));
            Employer employer = Samples.employer();
            store.employers().save(employer);
            List<Placement> jobs = new ArrayList<>();
            jobs.add(job(anna.id(), employer.id(), TODAY.minusWeeks(2), null));
            Placement bramsJob = job(bram.id(), employer.id(), TODAY.minusMonths(7), null);
            jobs.add(bramsJob);
            jobs.add(job(cees.id(), employer.id(), TODAY.minusMonths(9), TODAY.minusWeeks(1)));
            jobs.forEach(p -> store.placements().save(p));
            store.grants().insertAll(List.of(new JobcoachGrant(RecordIds.next(), bram.id(), bramsJob.id(),
                    JobcoachType.EXTERN_UWV, null, "UWV-JC-300112", null, HalfYear.of(TODAY), JobcoachRegime.MIDDEN,
                    null, 32, 1, false, null, null)));
        });
        fixture.withClock(UiFixture.noonOf(TODAY)).showAtLaptopSize();
    }

    private static Placement job(UUID candidate, UUID employer, LocalDate start, LocalDate end) {
        return new Placement(RecordIds.next(), candidate, employer, "Medewerker", PlacementType.DIENSTVERBAND, start,
                null, end, end == null ? null : PlacementEndReason.values()[0], null, 32, false, null, null, null,
                false, false, null, JobcoachType.EXTERN_UWV, JobcoachRegime.MIDDEN, null);
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWeekNamesEachJobcoachDeadline() {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<WeekAgenda.Line> lines = new ArrayList<>();
        for (String table : List.of("#todayTable", "#weekTable")) {
            @SuppressWarnings("unchecked")
            TableView<WeekAgenda.Line> view = lookup(table).queryAs(TableView.class);
            lines.addAll(view.getItems());
        }
        List<String> deadlines = lines.stream().filter(l -> l.entry().kind() == WeekEntry.Kind.TERMIJN)
                .map(l -> l.name() + ": " + l.entry().text()).toList();
        Shots.take(stage, "deadlines-01-week");
        assertTrue(deadlines.contains("Anna de Boer: AANVRAAG"), deadlines.toString());
        assertTrue(deadlines.contains("Cees Mulder: EINDE_DIENSTBETREKKING"), deadlines.toString());
        assertTrue(deadlines.contains("Bram Visser: UREN_INVOEREN"), deadlines.toString());
        assertTrue(lookup("Termijn: Aanvraag jobcoaching").tryQuery().isPresent(), "shown in words");
        assertTrue(lookup("Termijn: Uren van deze week invoeren").tryQuery().isPresent(), "shown in words");
    }
}
