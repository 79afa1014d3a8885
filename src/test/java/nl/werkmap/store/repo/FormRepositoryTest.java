package nl.werkmap.store.repo;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.JOBCOACH_FORM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.validation.FormValidator;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;
import nl.werkmap.sync.schema.CaseloadSchema;

/** A form's life on a real caseload: filled in, corrected, deleted, undone; change-logged, sealed, refused when wrong. */
class FormRepositoryTest {

    private static final HalfYear H2 = new HalfYear(2026, 2);

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Candidate anna;
    private Placement job;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        Coach coach = Samples.coach("Fatima Yilmaz");
        store.coaches().save(coach);
        anna = Samples.candidate("Anna de Boer", coach.id());
        store.candidates().save(anna);
        Employer employer = Samples.employer();
        store.employers().save(employer);
        job = Samples.placement(anna.id(), employer.id());
        store.placements().save(job);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private JobcoachForm evaluation(int score, String strokes, boolean onPaper) {
        return new JobcoachForm(RecordIds.next(), anna.id(), job.id(), JobcoachFormKind.WERKGEVER_EVALUATIE, H2,
                LocalDate.of(2026, 12, 2), score, true, 2, "Goed contact", null, null, null, "Karin de Vries",
                strokes, onPaper);
    }

    private int logged() {
        return store.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("jobcoach_form")));
    }

    @Test
    void fillInCorrectDeleteAndUndo() {
        JobcoachForm form = evaluation(7, "10,10 500,600", false);
        store.forms().save(form);
        int afterSave = logged();
        assertTrue(afterSave > 0, "the new form is change-logged");
        assertEquals(List.of(form), store.forms().forPlacement(job.id(), H2));

        JobcoachForm corrected = new JobcoachForm(form.id(), form.candidateId(), form.placementId(), form.kind(),
                form.period(), form.filledOn(), 8, form.workDone(), 1, form.remark(), null, null, null,
                form.signerName(), form.signature(), false);
        store.forms().save(corrected);
        assertTrue(logged() > afterSave, "the correction is change-logged");
        assertEquals(8, store.forms().find(form.id()).orElseThrow().score());

        assertTrue(store.forms().delete(form.id()));
        assertTrue(store.forms().forCandidate(anna.id()).isEmpty());
        store.forms().restore(corrected);
        assertEquals(List.of(corrected), store.forms().forCandidate(anna.id()), "undo brings it back as it was");
    }

    @Test
    void freeTextSignerAndSignatureAreSealedAtRest() {
        JobcoachForm form = evaluation(7, "10,10 500,600", false);
        store.forms().save(form);
        byte[] signer = store.read(dsl -> dsl.select(JOBCOACH_FORM.SIGNER_NAME).from(JOBCOACH_FORM).fetchOne().value1());
        byte[] signature = store.read(dsl -> dsl.select(JOBCOACH_FORM.SIGNATURE).from(JOBCOACH_FORM).fetchOne().value1());
        assertFalse(new String(signer, StandardCharsets.ISO_8859_1).contains("Karin"));
        assertFalse(new String(signature, StandardCharsets.ISO_8859_1).contains("500,600"));
        Object score = store.read(dsl -> dsl.select(JOBCOACH_FORM.SCORE).from(JOBCOACH_FORM).fetchOne().value1());
        assertEquals("7", String.valueOf(score));
        assertTrue(CaseloadSchema.knownEntity("jobcoach_form"), "the content check knows the new table");
    }

    @Test
    void aWrongFormIsRefusedAndNothingIsWritten() {
        FormRepository.FormRefused refused = assertThrows(FormRepository.FormRefused.class,
                () -> store.forms().save(evaluation(11, null, false)));
        assertEquals(List.of(FormValidator.SCORE_RANGE, FormValidator.UNSIGNED),
                refused.problems().stream().map(ValidationProblem::messageKey).toList());
        assertEquals(0, logged());
        assertTrue(store.forms().forCandidate(anna.id()).isEmpty());
        store.forms().save(evaluation(6, null, true));
        assertEquals(1, store.forms().forCandidate(anna.id()).size(), "op papier getekend is signed");
    }

    @Test
    void aCandidatesDeletionReachesTheirForms() {
        store.forms().save(evaluation(7, null, true));
        assertTrue(store.candidates().tombstone(anna.id()));
        assertTrue(store.forms().forCandidate(anna.id()).isEmpty());
        assertArrayEquals(new int[] {1}, new int[] {store.read(dsl -> dsl.fetchCount(JOBCOACH_FORM,
                JOBCOACH_FORM.DELETED.isTrue()))});
    }
}
