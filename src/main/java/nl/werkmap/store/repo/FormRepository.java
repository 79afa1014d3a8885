package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.validation.FormValidator;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.jooq.Tables;

/**
 * The jobcoach forms (evaluation, satisfaction, the coach's part of the verantwoording). A form is one record on its
 * own, so saving, correcting, deleting and undoing each are one transaction with its change-log entry here.
 */
public final class FormRepository {

    /** A form the rules refuse: nothing was written; the problems carry message keys. */
    public static final class FormRefused extends RuntimeException {
        private final transient List<ValidationProblem> problems;

        public FormRefused(List<ValidationProblem> problems) {
            super("Formulier niet opgeslagen: " + problems.stream().map(ValidationProblem::messageKey).toList());
            this.problems = List.copyOf(problems);
        }

        public List<ValidationProblem> problems() {
            return problems;
        }
    }

    private final TableAccess<JobcoachForm> access;

    public FormRepository(StoreContext context) {
        this.access = new TableAccess<>(context, FormMapping.TABLE);
    }

    /** Saves a new form or a correction of one (same id); refused, with nothing written, when the rules say no. */
    public SaveOutcome save(JobcoachForm form) {
        List<ValidationProblem> problems = FormValidator.validate(form);
        if (!problems.isEmpty()) {
            throw new FormRefused(problems);
        }
        return access.save(form);
    }

    /** Deletes (a tombstone that syncs); {@link #restore} undoes it. */
    public boolean delete(UUID id) {
        return access.tombstone(id);
    }

    /** Brings a deleted form back as it was (the undo of a delete): a save of the same record revives it. */
    public SaveOutcome restore(JobcoachForm form) {
        return access.save(form);
    }

    public Optional<JobcoachForm> find(UUID id) {
        return access.find(id);
    }

    /** A candidate's forms, newest period first. */
    public List<JobcoachForm> forCandidate(UUID candidateId) {
        return access.findBy("candidate_id", candidateId, Tables.JOBCOACH_FORM.PERIOD.desc(),
                Tables.JOBCOACH_FORM.FILLED_ON.desc());
    }

    /** A placement's forms for one half year. */
    public List<JobcoachForm> forPlacement(UUID placementId, HalfYear period) {
        return access.findBy("placement_id", placementId, Tables.JOBCOACH_FORM.FILLED_ON.desc()).stream()
                .filter(f -> f.period().equals(period)).toList();
    }

    /** Every live form of the caseload (the yearly satisfaction report). */
    public List<JobcoachForm> all() {
        return access.findAll(Tables.JOBCOACH_FORM.PERIOD.asc());
    }

    public void insertAll(List<JobcoachForm> forms) {
        access.insertAll(forms);
    }
}
