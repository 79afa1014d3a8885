package nl.werkmap.ui.candidate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.rules.Banen;
import nl.werkmap.domain.rules.JobcoachRules;
import nl.werkmap.domain.rules.JobcoachShortfall;
import nl.werkmap.domain.rules.ProefplaatsingCheck;
import nl.werkmap.domain.rules.ProefplaatsingWarning;
import nl.werkmap.domain.validation.ValidationMessage;
import nl.werkmap.service.NewPlacementService;
import nl.werkmap.service.PlacementService;
import nl.werkmap.service.RefusedException;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Text;

/**
 * The placements tab: where the candidate works or worked, what it counts for, adding a placement + buddy, and a
 * placement through its life (change, extend, end, contract after a proefplaatsing, loonwaarde). Every save is one
 * user action through the service layer: one transaction, all or nothing.
 */
public final class PlacementsViewModel extends TabViewModel {

    final ObservableList<PlacementFile> placements = FXCollections.observableArrayList();
    final ObservableList<Employer> employers = FXCollections.observableArrayList();
    /** False until the tab is first shown ({@link #activate}). */
    private boolean active;
    final ObservableList<LoonwaardeMeasurement> measurements = FXCollections.observableArrayList();
    final PlacementForm form;
    final PlacementActions actions;
    private final PlacementService service;
    private final NewPlacementService newPlacements;
    private RegisterInfo register = RegisterInfo.UNKNOWN;

    public PlacementsViewModel(CandidateViewModel candidate) {
        super(candidate);
        this.form = new PlacementForm(messages);
        this.actions = new PlacementActions(messages);
        track(actions.input);
        this.service = new PlacementService(candidate::store);
        this.newPlacements = new NewPlacementService(candidate::store);
    }

    @Override
    protected void show(CandidateFile file) {
        register = file.candidate().register();
        placements.setAll(file.placements());
        if (active) {
            readEmployers();
        }
    }

    /**
     * The tab is shown: from now on the employers to choose from are read with the file. Reading and decrypting
     * every employer is most of what opening a candidate waited for, with this tab hidden (issue 13).
     */
    void activate() {
        if (!active) {
            active = true;
            readEmployers();
        }
    }

    private void readEmployers() {
        candidate.background().call(() -> candidate.store().employers().all())
                .onSuccess(list -> {
                    Employer chosen = form == null ? null : form.employer.get();
                    employers.setAll(list);
                    if (chosen != null) {
                        form.employer.set(list.stream().filter(e -> e.id().equals(chosen.id())).findFirst()
                                .orElse(null));
                    }
                })
                .onError(e -> refuse(messages.format("placement.employersFailed", String.valueOf(e.getMessage()))))
                .start();
    }

    void add() {
        form.problems.markAttempted();
        if (form.problems.any()) {
            refuse(messages.text("placement.hasProblems"));
            return;
        }
        Employer created = form.employerToCreate();
        java.util.UUID employerId = created != null ? created.id() : form.employer.get().id();
        Placement placement = form.placement(candidate.candidateId(), employerId);
        EmployerContact buddy = form.buddy(placement.id());
        save(store -> newPlacements.place(created, placement, buddy), "placement.saved", form::clear);
    }

    /** Opens an action's form on a placement; refused (with a reason) when the action does not fit it. */
    void open(PlacementActions.Mode mode, PlacementFile file) {
        if (file == null) {
            refuse(messages.text("placement.action.chooseFirst"));
            return;
        }
        Placement p = file.placement();
        boolean needsRunning = mode == PlacementActions.Mode.EXTEND || mode == PlacementActions.Mode.END
                || mode == PlacementActions.Mode.CONTRACT;
        if (needsRunning && p.isEnded()) {
            refuse(messages.text(ValidationMessage.PLACEMENT_ALREADY_ENDED.key()));
            return;
        }
        if (mode == PlacementActions.Mode.CONTRACT && p.type() != PlacementType.PROEFPLAATSING) {
            refuse(messages.text(ValidationMessage.PLACEMENT_NOT_A_TRIAL.key()));
            return;
        }
        message.set("");
        failed.set(false);
        measurements.clear();
        if (mode == PlacementActions.Mode.LOONWAARDE) {
            candidate.background().call(() -> candidate.store().loonwaarde().forPlacement(p.id()))
                    .onSuccess(measurements::setAll)
                    .onError(e -> refuse(messages.format("tab.saveFailed", String.valueOf(e.getMessage()))))
                    .start();
        }
        actions.open(mode, p);
    }

    void cancelAction() {
        actions.close();
    }

    /** Saves the open action's form: refused in place when something is wrong, the input stays. */
    void saveAction() {
        saveNow(ok -> { });
    }

    @Override
    protected String tabKey() {
        return "candidate.tab.placements";
    }

    /** From the button, Enter, or the question before closing; {@code done} hears whether it was saved. */
    @Override
    public void saveNow(Consumer<Boolean> done) {
        actions.problems.markAttempted();
        if (actions.problems.any()) {
            refuse(messages.text("placement.hasProblems"));
            done.accept(false);
            return;
        }
        Placement p = actions.target.get();
        PlacementActions a = actions;
        switch (a.mode.get()) {
            case EDIT -> act(() -> service.edit(p.id(), Text.orNull(a.jobTitle.get()), a.type.get(), a.start.get(),
                    a.plannedEnd.get(), a.parsedHours(a.hours)), "placement.edited", done);
            case EXTEND -> act(() -> service.extend(p.id(), a.newPlannedEnd.get()), "placement.extended", done);
            case END -> act(() -> service.end(p.id(), a.endDate.get(), a.endReason.get(),
                    Text.orNull(a.endNote.get())), "placement.ended", done);
            case CONTRACT -> act(() -> service.convertToDienstverband(p.id(), a.contractId(), a.contractStart.get(),
                    a.contractEnd.get(), a.parsedHours(a.contractHours)), "placement.converted", done);
            case LOONWAARDE -> {
                LoonwaardeMeasurement m = a.measurement();
                act(() -> service.recordLoonwaarde(m), "placement.loonwaarde.saved", done);
            }
            case NONE -> done.accept(false);
        }
    }

    /** "Niet opslaan" in the question: the open action's form closes, nothing is written. */
    @Override
    public void discard(Runnable done) {
        actions.close();
        done.run();
    }

    private void act(Background.ThrowingRunnable work, String doneKey, Consumer<Boolean> finished) {
        candidate.background().run(work).onSuccess(done -> {
            failed.set(false);
            message.set(messages.text(doneKey));
            actions.close();
            candidate.changed(messages.text(doneKey));
            finished.accept(true);
        }).onError(e -> {
            if (e instanceof RefusedException refused) {
                actions.refused(refused.problems());
                refuse(messages.text("placement.hasProblems"));
            } else {
                refuse(messages.format("tab.saveFailed", String.valueOf(e.getMessage())));
            }
            finished.accept(false);
        }).start();
    }

    /** The latest loonwaarde in words, with the day it was measured. */
    String loonwaarde(Placement placement) {
        if (placement.loonwaardePct() == null) {
            return "";
        }
        return placement.loonwaardePct() + "%" + (placement.loonkostensubsidie()
                ? " " + messages.text("placement.col.loonwaarde.lks") : "");
    }

    String banen(Placement placement) {
        BigDecimal value = Banen.banenOn(register, placement, LocalDate.now());
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMinimumFractionDigits(2);
        return format.format(value);
    }

    String buddies(PlacementFile file) {
        return file.contacts().stream().filter(c -> c.role() == ContactRole.BUDDY).map(EmployerContact::name)
                .collect(Collectors.joining(", "));
    }

    /** Proefplaatsing and jobcoach warnings, in words. */
    String warnings(Placement placement) {
        List<String> texts = new ArrayList<>();
        if (placement.isEnded()) {
            texts.add(messages.format("placement.endedBecause", messages.enumText(placement.endReason())));
        }
        if (placement.followsPlacementId() != null) {
            texts.add(messages.text("placement.followsTrial"));
        }
        for (ProefplaatsingWarning w : ProefplaatsingCheck.check(placement, LocalDate.now())) {
            texts.add(messages.text(w.messageKey()));
        }
        if (placement.jobcoachType() != null && placement.actualEnd() == null) {
            for (JobcoachShortfall s : JobcoachRules.shortfalls(placement)) {
                texts.add(messages.text(s.messageKey()));
            }
        }
        if (placement.actualEnd() == null && placements.stream().filter(f -> f.placement().equals(placement))
                .anyMatch(f -> f.contacts().stream().noneMatch(c -> c.role() == ContactRole.BUDDY))) {
            texts.add(messages.text("placement.noBuddy"));
        }
        return String.join("; ", texts);
    }
}
