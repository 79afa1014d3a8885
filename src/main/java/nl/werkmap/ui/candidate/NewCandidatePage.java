package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.scene.Parent;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.service.CandidateService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FxmlView;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.UnsavedForm;
import nl.werkmap.ui.common.ViewLoader;

/**
 * Registering a new candidate: the profile form for a fresh record (status Aanmelding, registered today). Only
 * the name is required; after saving, the candidate's own screen opens.
 */
public final class NewCandidatePage {

    private final Parent root;
    private final CandidateFormController form;
    private final CandidateFormViewModel vm;

    public NewCandidatePage(ViewLoader loader, Messages messages, Background background,
                            Supplier<CaseloadStore> store, Navigator navigator) {
        Candidate fresh = Candidate.register(RecordIds.next(), null, LocalDate.now());
        CandidateFormViewModel vm = new CandidateFormViewModel(messages, background, fresh, true, List.of(),
                new CandidateService(store)::save, () -> store.get().consents(), saved -> {
                    navigator.candidateChanged(saved.id());
                    navigator.status(messages.text("candidate.new.saved"));
                    navigator.openCandidate(saved.id());
                });
        ViewLoader.Loaded<NewCandidateController> frame = loader.load(FxmlView.NEW_CANDIDATE,
                new NewCandidateController(navigator));
        ViewLoader.Loaded<CandidateFormController> loaded = loader.load(FxmlView.CANDIDATE_PROFILE,
                new CandidateFormController(vm, messages));
        frame.controller().setForm(loaded.root(), vm.unsavedProperty());
        this.vm = vm;
        this.root = frame.root();
        this.form = loaded.controller();
        background.call(() -> store.get().coaches().all()).onSuccess(vm::setCoaches).start();
    }

    public Parent root() {
        return root;
    }

    /** The form, for the question before the window closes. */
    public UnsavedForm form() {
        return vm;
    }

    public void focus() {
        form.focusFirstField();
    }
}
