package nl.werkmap.ui.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.JobcoachResult;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.report.verantwoording.MedicalTerms;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.store.repo.FormRepository;
import nl.werkmap.ui.common.Background;

/**
 * The forms of the chosen placement and half year: filled in on the laptop with the employer or the employee
 * (score, absence in days and nothing about why, a remark, a signature on screen or "op papier getekend"), and the
 * coach's own part (two answers, the result). Each form can be corrected, deleted and the delete undone. Free text
 * with a medical word is saved, with a warning naming the word: it must be rephrased before a document leaves.
 */
public final class VerantwoordingFormViewModel extends TabViewModel {

    final ObjectProperty<JobcoachFormKind> kind = new SimpleObjectProperty<>(JobcoachFormKind.WERKGEVER_EVALUATIE);
    final StringProperty period = new SimpleStringProperty();
    final StringProperty signerName = new SimpleStringProperty("");
    final ObjectProperty<Integer> score = new SimpleObjectProperty<>();
    final ObjectProperty<Boolean> workDone = new SimpleObjectProperty<>();
    final StringProperty absenceDays = new SimpleStringProperty("");
    final StringProperty remark = new SimpleStringProperty("");
    final StringProperty answerOwnEffort = new SimpleStringProperty("");
    final StringProperty answerCoachActivities = new SimpleStringProperty("");
    final ObjectProperty<JobcoachResult> result = new SimpleObjectProperty<>();
    final BooleanProperty onPaper = new SimpleBooleanProperty(false);
    final StringProperty strokes = new SimpleStringProperty();
    final ObservableList<JobcoachForm> forms = FXCollections.observableArrayList();

    private final ObjectProperty<PlacementFile> placement;
    private final Clock clock;
    private UUID editing;
    /** The day the form being corrected was filled in: a correction keeps it. */
    private LocalDate editingFilledOn;

    VerantwoordingFormViewModel(CandidateViewModel candidate, ObjectProperty<PlacementFile> placement, Clock clock) {
        super(candidate);
        this.placement = placement;
        this.clock = clock;
        period.set(HalfYear.of(LocalDate.now(clock)).toString());
        placement.addListener((obs, old, now) -> reload());
        period.addListener((obs, old, now) -> reload());
    }

    @Override
    protected void show(CandidateFile file) {
        reload();
    }

    private void reload() {
        PlacementFile p = placement.get();
        HalfYear half = HalfYear.parse(period.get());
        if (p == null || half == null) {
            forms.clear();
            return;
        }
        candidate.background().call(() -> candidate.store().forms().forPlacement(p.placement().id(), half))
                .onSuccess(forms::setAll)
                .onError(e -> refuse(messages.format("forms.loadFailed", Background.reason(messages, e))))
                .start();
    }

    /** An empty form of {@code newKind} for the chosen placement. */
    void start(JobcoachFormKind newKind) {
        editing = null;
        editingFilledOn = null;
        kind.set(newKind);
        signerName.set(newKind == JobcoachFormKind.WERKNEMER_TEVREDENHEID && candidate.file.get() != null
                ? candidate.file.get().candidate().personal().fullName() : "");
        score.set(null);
        workDone.set(null);
        absenceDays.set("");
        remark.set("");
        answerOwnEffort.set("");
        answerCoachActivities.set("");
        result.set(null);
        onPaper.set(false);
        strokes.set(null);
        message.set("");
        failed.set(false);
    }

    /** "Corrigeer": the form back in the fields; saving it updates the same record. */
    void correct(JobcoachForm form) {
        start(form.kind());
        editing = form.id();
        editingFilledOn = form.filledOn();
        period.set(form.period().toString());
        signerName.set(form.signerName() == null ? "" : form.signerName());
        score.set(form.score());
        workDone.set(form.workDone());
        absenceDays.set(form.absenceDays() == null ? "" : String.valueOf(form.absenceDays()));
        remark.set(form.remark() == null ? "" : form.remark());
        answerOwnEffort.set(form.answerOwnEffort() == null ? "" : form.answerOwnEffort());
        answerCoachActivities.set(form.answerCoachActivities() == null ? "" : form.answerCoachActivities());
        result.set(form.result());
        onPaper.set(form.signedOnPaper());
        strokes.set(form.signature());
    }

    /** The form as a record; null (with the reason shown) when a field cannot be read. */
    private JobcoachForm formRecord() {
        PlacementFile p = placement.get();
        if (p == null) {
            refuse(messages.text("verantwoording.noPlacement"));
            return null;
        }
        HalfYear half = HalfYear.parse(period.get());
        if (half == null) {
            refuse(messages.text("verantwoording.periodFormat"));
            return null;
        }
        Integer absence = null;
        if (kind.get() == JobcoachFormKind.WERKGEVER_EVALUATIE && !absenceDays.get().isBlank()) {
            try {
                absence = Integer.parseInt(absenceDays.get().strip());
            } catch (NumberFormatException e) {
                absence = -1;
            }
            if (absence < 0) {
                refuse(messages.text("forms.absenceNumber"));
                return null;
            }
        }
        boolean signed = kind.get().signed();
        return new JobcoachForm(editing == null ? RecordIds.next() : editing, p.placement().candidateId(),
                p.placement().id(), kind.get(), half,
                editingFilledOn != null ? editingFilledOn : LocalDate.now(clock), signed ? score.get() : null,
                kind.get() == JobcoachFormKind.WERKGEVER_EVALUATIE ? workDone.get() : null, absence, remark.get(),
                signed ? null : answerOwnEffort.get(), signed ? null : answerCoachActivities.get(),
                signed ? null : result.get(), signed ? signerName.get() : null,
                signed && !onPaper.get() ? strokes.get() : null, signed && onPaper.get());
    }

    /** "Opslaan": one transaction with its change-log entry; refused in the coach's words with nothing saved. */
    void save() {
        JobcoachForm form = formRecord();
        if (form == null) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (String text : new String[] {form.remark(), form.answerOwnEffort(), form.answerCoachActivities()}) {
            words.addAll(MedicalTerms.shipped().find(text));
        }
        candidate.background().run(() -> candidate.store().forms().save(form)).onSuccess(v -> {
            editing = form.id();
            editingFilledOn = form.filledOn();
            failed.set(false);
            message.set(words.isEmpty() ? messages.text("forms.saved")
                    : messages.format("forms.savedMedical", String.join(", ", words)));
            reload();
            candidate.changed(messages.text("forms.saved"));
        }).onError(e -> {
            Throwable cause = e instanceof Background.TaskFailure && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof FormRepository.FormRefused refused) {
                refuse(messages.format("forms.refused", String.join(" ",
                        refused.problems().stream().map(p -> messages.text(p.messageKey())).toList())));
            } else {
                refuse(messages.format("tab.saveFailed", Background.reason(messages, e)));
            }
        }).start();
    }

    /** "Verwijder", with the undo in the candidate's header. */
    void delete(JobcoachForm form) {
        delete(store -> store.forms().delete(form.id()),
                messages.format("forms.what", messages.enumText(form.kind()), form.period().toString()),
                store -> store.forms().restore(form));
    }
}
