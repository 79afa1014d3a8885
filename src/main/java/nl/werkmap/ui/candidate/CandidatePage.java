package nl.werkmap.ui.candidate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Parent;

import nl.werkmap.domain.Coach;
import nl.werkmap.service.CandidateService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FxmlView;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.UnsavedForm;
import nl.werkmap.ui.common.ViewLoader;

/**
 * Puts one candidate's screen together: the frame and a view per tab, each with its own view model. The profile
 * form is filled once, at the first load, so later reloads (after a session was logged, say) never overwrite what
 * the coach is typing.
 */
public final class CandidatePage {

    private final CandidateViewModel vm;
    private final CandidateController controller;
    private final Parent root;
    private CandidateSyncPane sync;
    /** A conflict resolution changed the candidate's own fields: the next load fills the profile form afresh. */
    private boolean refillProfile;
    private final List<UnsavedForm> forms = new ArrayList<>();
    /** The profile form; replaced when a sync conflict refills it. Waits for its candidate until the first load. */
    private CandidateFormViewModel profile;
    private Parent profileView;
    /** Follows the current profile form's unsaved state, for the tab's "•" and the header mark. */
    private final ReadOnlyBooleanWrapper profileUnsaved = new ReadOnlyBooleanWrapper(false);

    public CandidatePage(ViewLoader loader, Messages messages, Background background, Supplier<CaseloadStore> store,
                         Navigator navigator, UUID candidateId) {
        this(loader, messages, background, store, navigator);
        assign(candidateId);
    }

    /**
     * A screen made ahead for the next candidate the coach opens: its frame and profile form are built (and, once
     * in the scene, styled) while nothing waits for them, so opening a candidate only fills them in. It gets its
     * candidate once ({@link #assign}) and keeps it: unsaved input stays with the candidate it was typed for.
     */
    public static CandidatePage spare(ViewLoader loader, Messages messages, Background background,
                                      Supplier<CaseloadStore> store, Navigator navigator) {
        return new CandidatePage(loader, messages, background, store, navigator, List.of());
    }

    /**
     * A {@link #spare} that gets the coaches known already (see {@link #coaches()} of a screen opened before): the
     * coach box is given its list now, while nothing waits, and the opening leaves it alone when the candidate's file
     * brings the same coaches. Coaches that changed meanwhile are set at the opening, as without them.
     */
    public static CandidatePage spare(ViewLoader loader, Messages messages, Background background,
                                      Supplier<CaseloadStore> store, Navigator navigator, List<Coach> knownCoaches) {
        return new CandidatePage(loader, messages, background, store, navigator, knownCoaches);
    }

    private CandidatePage(ViewLoader loader, Messages messages, Background background, Supplier<CaseloadStore> store,
                          Navigator navigator) {
        this(loader, messages, background, store, navigator, List.of());
    }

    private CandidatePage(ViewLoader loader, Messages messages, Background background, Supplier<CaseloadStore> store,
                          Navigator navigator, List<Coach> knownCoaches) {
        this.vm = new CandidateViewModel(messages, background, store, navigator, null);
        vm.coaches.setAll(knownCoaches);
        ViewLoader.Loaded<CandidateController> frame = loader.load(FxmlView.CANDIDATE, new CandidateController(vm));
        this.controller = frame.controller();
        this.root = frame.root();
        // The models now, the views when their tab is first shown (see CandidateController#setTabs).
        PlanViewModel planVm = new PlanViewModel(vm);
        PlacementsViewModel placementsVm = new PlacementsViewModel(vm);
        ContactsViewModel contactsVm = new ContactsViewModel(vm);
        SessionsViewModel sessionsVm = new SessionsViewModel(vm);
        MeasurementsViewModel measurementsVm = new MeasurementsViewModel(vm);
        TimelineViewModel timelineVm = new TimelineViewModel(vm);
        controller.setTabs(
                () -> loader.load(FxmlView.CANDIDATE_PLAN, new PlanController(planVm, messages)).root(),
                () -> {
                    placementsVm.activate();
                    return loader.load(FxmlView.CANDIDATE_PLACEMENTS,
                            new PlacementsController(placementsVm, messages)).root();
                },
                () -> loader.load(FxmlView.CANDIDATE_CONTACTS, new ContactsController(contactsVm, messages)).root(),
                () -> loader.load(FxmlView.CANDIDATE_SESSIONS, new SessionsController(sessionsVm, messages)).root(),
                () -> {
                    // The ZRM holds health data: opening it is logged (avglog, issue 16).
                    logHealthOpened(background, store, navigator, messages, vm.candidateId());
                    return loader.load(FxmlView.CANDIDATE_MEASUREMENTS,
                            new MeasurementsController(measurementsVm, messages)).root();
                },
                () -> {
                    timelineVm.activate();
                    return loader.load(FxmlView.CANDIDATE_TIMELINE, new TimelineController(timelineVm, messages))
                            .root();
                });
        VerantwoordingViewModel verantwoordingVm = new VerantwoordingViewModel(vm);
        controller.addTab(messages.text("candidate.tab.verantwoording"), "verantwoording",
                () -> {
                    verantwoordingVm.activate();
                    return new VerantwoordingPane(verantwoordingVm, messages).root();
                });
        // The view model exists from the start so it sees the candidate's file as it loads; only the view waits.
        PrivacyViewModel privacyVm = new PrivacyViewModel(vm, Clock.systemUTC());
        controller.addTab(messages.text("avg.tab"), "privacy", () -> {
            privacyVm.activate();
            return new PrivacyPane(privacyVm, messages).root();
        });
        forms.addAll(List.of(planVm, placementsVm, contactsVm, sessionsVm, measurementsVm));
        controller.markUnsaved(profileUnsaved.getReadOnlyProperty(), planVm, placementsVm, contactsVm, sessionsVm,
                measurementsVm);
        ProfielViewModel werknemersprofiel = new ProfielViewModel(vm, Clock.systemDefaultZone());
        controller.setWerknemersprofiel(() -> {
            werknemersprofiel.activate();
            return loader.load(FxmlView.CANDIDATE_WERKNEMERSPROFIEL,
                    new ProfielController(werknemersprofiel, messages)).root();
        }, werknemersprofiel.unsavedProperty());
        forms.add(0, werknemersprofiel);
        // The profile tab shows first and is the heaviest (some 76 controls): built now, hidden until the file is in.
        showProfile(CandidateFormViewModel.ahead(messages, background, knownCoaches,
                new CandidateService(store)::save,
                () -> store.get().consents(), saved -> vm.changed(messages.text("candidate.save.done"))),
                loader, messages, store);
        vm.file.addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            if (old == null) {
                refillProfile = false;
                profile.start(now.candidate(), vm.coaches, now.consents());
                profileView.setVisible(true);
            } else if (refillProfile) {
                refillProfile = false;
                showProfile(new CandidateFormViewModel(messages, background, now.candidate(), false, vm.coaches,
                        new CandidateService(store)::save, () -> store.get().consents(),
                        saved -> vm.changed(messages.text("candidate.save.done"))), loader, messages, store);
            }
        });
    }

    /** Puts {@code form} in the profile tab; the BSN it reveals is logged for this screen's candidate. */
    private void showProfile(CandidateFormViewModel form, ViewLoader loader, Messages messages,
                             Supplier<CaseloadStore> store) {
        Parent view = loader.load(FxmlView.CANDIDATE_PROFILE, new CandidateFormController(form, messages)).root();
        view.setVisible(vm.file.get() != null);
        controller.setProfile(view);
        form.logBsnRevealsWith(reason -> new nl.werkmap.service.avg.AccessLog(store, Clock.systemUTC())
                .record(nl.werkmap.domain.avg.AccessRequest.of(vm.candidateId(),
                        nl.werkmap.domain.avg.AccessAction.BSN_INGEZIEN, "candidate.bsn").purpose(reason)));
        profile = form;
        profileView = view;
        profileUnsaved.bind(form.unsavedProperty());
    }

    /** Gives a {@link #spare} its candidate and reads the candidate's file. Once per screen. */
    public void assign(UUID candidateId) {
        vm.assign(candidateId);
        vm.reload();
    }

    private static void logHealthOpened(Background background, Supplier<CaseloadStore> store, Navigator navigator,
                                        Messages messages, UUID candidateId) {
        background.run(() -> new nl.werkmap.service.avg.AccessLog(store, Clock.systemUTC())
                        .record(nl.werkmap.domain.avg.AccessRequest.of(candidateId,
                                nl.werkmap.domain.avg.AccessAction.GEZONDHEID_GEOPEND, "zrm_measurement")))
                .onError(e -> navigator.status(messages.format("avg.log.failed", Background.reason(messages, e))))
                .start();
    }

    /** The tabs' forms, for the question before the window closes. */
    public List<UnsavedForm> forms() {
        List<UnsavedForm> all = new ArrayList<>();
        all.add(profile);
        all.addAll(forms);
        return List.copyOf(all);
    }

    /** True while any of its forms holds input not saved yet: such a page is kept until the coach is back. */
    public boolean holdsInput() {
        return forms().stream().anyMatch(form -> form.unsavedProperty().get());
    }

    public Parent root() {
        return root;
    }

    public UUID candidateId() {
        return vm.candidateId();
    }

    /** The coaches as this screen last read them (empty before its first read), for the next {@link #spare}. */
    public List<Coach> coaches() {
        return List.copyOf(vm.coaches);
    }

    public void reload() {
        vm.reload();
        if (sync != null) {
            sync.reload();
        }
    }

    /** After a save on this device: only what it changed is read again (see CandidateViewModel#refreshAfterSave). */
    public void refreshAfterSave() {
        vm.refreshAfterSave();
        if (sync != null) {
            sync.reload();
        }
    }

    /** Shows the candidate's sync state and open conflicts in the header; read now and at every reload. */
    public void showSync(CandidateSyncPane pane) {
        this.sync = pane;
        pane.onUsedOther(entity -> refillProfile |= "candidate".equals(entity));
        controller.showSync(pane.badge(), pane.conflicts());
        pane.reload();
    }
}
