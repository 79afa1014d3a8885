package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachResult;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.Samples;
import nl.werkmap.ui.candidate.VerantwoordingOpener;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickRobot;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.common.FxWait;

/**
 * Filling in an employer's evaluation with the person, signature drawn on the pad, then making the
 * verantwoordingsrapportage as PDF; the coach's own answers with a medical word are saved with a warning, and the
 * document waits for "Toch maken" naming the word.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerantwoordingDocumentsFlowTest extends QuickRobot {

    private static final LocalDate TODAY = LocalDate.now();

    private UiFixture fixture;
    private Stage stage;
    private UUID anna;
    private Path out;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        out = dir.resolve("documenten");
        Files.createDirectories(out);
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            store.currentCoach().choose(UiFixture.COACH, Instant.now());
            Candidate annaC = UiFixture.candidate("Anna de Boer", List.of("groen"));
            anna = annaC.id();
            store.candidates().save(annaC);
            Employer employer = Samples.employer();
            store.employers().save(employer);
            Placement job = new Placement(RecordIds.next(), anna, employer.id(), "Medewerker groen",
                    PlacementType.DIENSTVERBAND, TODAY.minusMonths(2), null, null, null, null, 32, false, null, 60,
                    null, false, false, null, JobcoachType.EXTERN_UWV, JobcoachRegime.MIDDEN, null);
            store.placements().save(job);
            HalfYear half = HalfYear.of(TODAY);
            store.grants().insertAll(List.of(new JobcoachGrant(RecordIds.next(), anna, job.id(),
                    JobcoachType.EXTERN_UWV, null, "UWV-JC-204518", half.start().minusDays(10), half,
                    JobcoachRegime.MIDDEN, null, 32, 1, false, null, null)));
            LocalDate day = TODAY.minusDays(1).isBefore(half.start()) ? TODAY : TODAY.minusDays(1);
            store.sessions().save(new CoachingSession(RecordIds.next(), anna, job.id(), UiFixture.COACH,
                    day.atTime(0, 30), 90, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                    null, null, null, 1.5, null, new SessionLogboek(CoachingActivity.INWERKEN_EN_TRAINEN,
                    Set.of(), 20, null, 1, day, null)));
        });
        fixture.showAtLaptopSize();
        VerantwoordingOpener.saveWith(name -> out.resolve(name).toFile());
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        VerantwoordingOpener.saveWith(null);
        FxToolkit.cleanupStages();
    }

    private Window formWindow() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()
                && w.getScene().lookup("#formWindow") != null).findFirst().orElseThrow();
    }

    private void waitForText(String id, String part) throws TimeoutException {
        FxWait.until(20, () -> {
            Label l = lookup(id).queryAs(Label.class);
            return l.getText() != null && l.getText().contains(part);
        });
    }

    @Test
    void fillInTheEvaluationWithASignatureAndMakeTheRapportage() throws Exception {
        UiFixture.unlock(this);
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        write("Anna");
        type(javafx.scene.input.KeyCode.ENTER);
        clickOn("Verantwoording");
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#verantwoording").queryAs(ScrollPane.class).setVvalue(1));
        Shots.take(stage, "documents-01-section");

        interact(() -> lookup("#fillWERKGEVER_EVALUATIE").queryButton().fire());
        Window form = formWindow();
        interact(() -> {
            from(form.getScene().getRoot()).lookup("#formScore").queryAs(ComboBox.class).setValue(8);
            from(form.getScene().getRoot()).lookup("#formWorkDone").queryAs(ComboBox.class).setValue(true);
            from(form.getScene().getRoot()).lookup("#formAbsence").queryAs(TextField.class).setText("2");
            from(form.getScene().getRoot()).lookup("#formSigner").queryAs(TextField.class).setText("Karin de Vries");
            from(form.getScene().getRoot()).lookup("#formRemark").queryAs(TextArea.class)
                    .setText("Anna werkt zelfstandig en vraagt op tijd om hulp.");
        });
        javafx.scene.Node pad = from(form.getScene().getRoot()).lookup("#signaturePad").query();
        drag(pad, javafx.scene.input.MouseButton.PRIMARY).moveBy(-150, 20).moveBy(60, -40)
                .moveBy(70, 35).moveBy(80, -30).drop();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(form.getScene(), "documents-02-signature-form")).get();
        interact(() -> from(form.getScene().getRoot()).lookup("#saveForm").queryButton().fire());
        FxWait.until(20, () -> "Formulier opgeslagen.".equals(
                from(form.getScene().getRoot()).lookup("#formMessage").queryAs(Label.class).getText()));
        interact(() -> from(form.getScene().getRoot()).lookup("#closeForm").queryButton().fire());

        // The coach's own part, with a medical word in an answer: saved, with the word named.
        interact(() -> lookup("#fillVERANTWOORDING").queryButton().fire());
        Window own = formWindow();
        interact(() -> {
            from(own.getScene().getRoot()).lookup("#formAnswerOwnEffort").queryAs(TextArea.class)
                    .setText("Ja, de werkgever houdt rekening met haar depressie.");
            from(own.getScene().getRoot()).lookup("#formAnswerCoachActivities").queryAs(TextArea.class)
                    .setText("Uitleg aan de buddy over korte instructies.");
            from(own.getScene().getRoot()).lookup("#formResult").queryAs(ComboBox.class)
                    .setValue(JobcoachResult.VERVOLG_GELIJK_REGIME);
            from(own.getScene().getRoot()).lookup("#saveForm").queryButton().fire();
        });
        FxWait.until(20, () -> {
            String said = from(own.getScene().getRoot()).lookup("#formMessage").queryAs(Label.class).getText();
            return said != null && said.contains("depressie");
        });
        interact(() -> from(own.getScene().getRoot()).lookup("#closeForm").queryButton().fire());

        interact(() -> lookup("#makeDocument").queryButton().fire());
        waitForText("#medicalWarning", "'depressie'");
        interact(() -> lookup("#verantwoording").queryAs(ScrollPane.class).setVvalue(1));
        Shots.take(stage, "documents-03-medical-warning");
        Path pdf = out.resolve("verantwoording-" + HalfYear.of(TODAY) + ".pdf");
        assertFalse(Files.exists(pdf), "not written before the coach chose");

        interact(() -> lookup("#makeAnyway").queryButton().fire());
        waitForText("#documentMessage", "Opgeslagen");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Karin de Vries"), text);
        assertTrue(text.contains("Inwerken en trainen"), text);
        assertTrue(text.contains("Werkzaam, vervolgaanvraag gelijk regime"), text);
        Shots.take(stage, "documents-04-made");

        // The same as text blocks to paste into the portal: another format asks about the words again.
        interact(() -> lookup("#documentFormat").queryAs(ComboBox.class).setValue(
                nl.werkmap.report.verantwoording.VerantwoordingDocuments.Format.TXT));
        interact(() -> lookup("#makeDocument").queryButton().fire());
        waitForText("#medicalWarning", "'depressie'");
        assertTrue(lookup("#makeAnyway").queryButton().getParent().isVisible());
        interact(() -> lookup("#documentPeriod").queryAs(TextField.class).setText(HalfYear.of(TODAY).toString() + " "));
        assertFalse(lookup("#makeAnyway").queryButton().getParent().isVisible(), "a new choice asks again");
        interact(() -> lookup("#documentPeriod").queryAs(TextField.class).setText(HalfYear.of(TODAY).toString()));
        interact(() -> lookup("#makeDocument").queryButton().fire());
        waitForText("#medicalWarning", "'depressie'");
        interact(() -> lookup("#makeAnyway").queryButton().fire());
        waitForText("#documentMessage", ".txt");
        String pasted = Files.readString(out.resolve("verantwoording-" + HalfYear.of(TODAY) + ".txt"));
        assertTrue(pasted.contains("Getekend door: Karin de Vries, op het scherm getekend"), pasted);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#documentBlocks").queryAs(javafx.scene.layout.VBox.class).getChildren().size() >= 7);
        interact(() -> lookup("#verantwoording").queryAs(ScrollPane.class).setVvalue(0.8));
        Shots.take(stage, "documents-05-text-blocks");

        interact(() -> stage.hide());
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            List<JobcoachForm> forms = open.store().forms().forCandidate(anna);
            assertEquals(2, forms.size());
            JobcoachForm evaluation = forms.stream().filter(f -> f.kind() == JobcoachFormKind.WERKGEVER_EVALUATIE)
                    .findFirst().orElseThrow();
            assertEquals(8, evaluation.score());
            assertEquals(2, evaluation.absenceDays());
            assertNotNull(evaluation.signature(), "the drawn signature is stored");
            assertTrue(evaluation.signature().contains(","), evaluation.signature());
            assertEquals(Integer.valueOf(2), open.store().<Integer>read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.SAVED_FILE,
                    nl.werkmap.store.jooq.Tables.SAVED_FILE.CANDIDATE_ID.eq(anna.toString()))),
                    "the PDF and the text file are in the register of files saved outside Werkmap");
        }
    }
}
