package nl.werkmap.ui.candidate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.rules.Banen;
import nl.werkmap.domain.rules.JobcoachRules;
import nl.werkmap.domain.rules.JobcoachShortfall;
import nl.werkmap.domain.rules.ProefplaatsingCheck;
import nl.werkmap.domain.rules.ProefplaatsingWarning;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.PlacementFile;

/** The placements tab: where the candidate works or worked, what it counts for, and adding a placement + buddy. */
public final class PlacementsViewModel extends TabViewModel {

    final ObservableList<PlacementFile> placements = FXCollections.observableArrayList();
    final ObservableList<Employer> employers = FXCollections.observableArrayList();
    final PlacementForm form;
    private RegisterInfo register = RegisterInfo.UNKNOWN;

    public PlacementsViewModel(CandidateViewModel candidate) {
        super(candidate);
        this.form = new PlacementForm(messages);
    }

    @Override
    protected void show(CandidateFile file) {
        register = file.candidate().register();
        placements.setAll(file.placements());
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
        save(store -> {
            if (created != null) {
                store.employers().save(created);
            }
            store.placements().save(placement);
            if (buddy != null) {
                store.employerContacts().save(buddy);
            }
        }, "placement.saved", form::clear);
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
