package nl.werkmap.ui.main;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Parent;

import nl.werkmap.domain.Coach;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.auto.AutoSync;
import nl.werkmap.sync.device.HubClients;
import nl.werkmap.ui.agenda.AgendaController;
import nl.werkmap.ui.agenda.AgendaViewModel;
import nl.werkmap.ui.common.CurrentCoachModel;
import nl.werkmap.ui.common.WhoAmIPane;
import nl.werkmap.sync.candidate.CandidateSync;
import nl.werkmap.sync.candidate.CaseloadSyncMarks;
import nl.werkmap.ui.candidate.CandidatePage;
import nl.werkmap.ui.candidate.CandidateSyncPane;
import nl.werkmap.ui.candidate.CandidateSyncViewModel;
import nl.werkmap.ui.candidate.NewCandidatePage;
import nl.werkmap.ui.caseload.CaseloadController;
import nl.werkmap.ui.caseload.CaseloadViewModel;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FxmlView;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.Scheduler;
import nl.werkmap.ui.common.UnsavedDialog;
import nl.werkmap.ui.common.UnsavedForm;
import nl.werkmap.ui.common.UserPreferences;
import nl.werkmap.ui.common.ViewLoader;
import nl.werkmap.ui.employer.EmployersController;
import nl.werkmap.ui.employer.EmployersViewModel;
import nl.werkmap.ui.report.ReportController;
import nl.werkmap.ui.report.ReportViewModel;
import nl.werkmap.ui.report.StoreReportSource;
import nl.werkmap.ui.session.QuickSessionController;
import nl.werkmap.ui.session.QuickSessionViewModel;
import nl.werkmap.ui.settings.DemoCaseloadSection;
import nl.werkmap.ui.settings.PassphraseChangeSection;
import nl.werkmap.ui.settings.PassphraseChangeViewModel;
import nl.werkmap.ui.settings.SettingsController;
import nl.werkmap.ui.shell.Section;
import nl.werkmap.ui.shell.ShellController;
import nl.werkmap.ui.shell.ShellViewModel;
import nl.werkmap.ui.sync.SyncBar;
import nl.werkmap.ui.sync.SyncSettingsSection;
import nl.werkmap.ui.sync.SyncSetup;
import nl.werkmap.ui.sync.SyncViewModel;

/**
 * Everything behind the unlock screen: the shell and its pages, made once and kept, so switching sections or
 * locking never loses what the coach typed. A candidate's page stays while the shell keeps it or while it holds
 * unsaved input.
 */
final class Workspace {

    private final ViewLoader loader;
    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final Navigator navigator;
    /** What "today" is for the list, the agenda, the sheet, the reports, retention and baankansen (the window's). */
    private final Clock clock;
    private final ShellViewModel shellVm;
    private final ShellController shell;
    private final Parent shellRoot;
    private final CurrentCoachModel who;
    private final CaseloadViewModel caseloadVm;
    private final CaseloadController caseload;
    private final Parent caseloadRoot;
    private final AgendaViewModel agendaVm;
    private final WeekReadAhead weekAhead;
    /** Made on first visit, like the report: building every screen at unlock kept the list waiting. */
    private Parent agendaRoot;
    private final EmployersViewModel employersVm;
    /** Made on first visit. */
    private Parent employersRoot;
    private final QuickSessionViewModel quickVm;
    private final QuickSessionController quick;
    private final Parent quickRoot;
    private final Parent settingsRoot;
    private final UserPreferences preferences;
    private final nl.werkmap.security.FieldSealer sealer;
    private final SyncViewModel syncVm;
    private final CandidateSync candidateSync;
    /** Made on first visit (issue 15): matching and its lists are read only when someone looks. */
    private nl.werkmap.ui.baankans.BaankansPage baankansen;
    /** Made on first visit: its scope list reads the caseload, which need not happen at every unlock. */
    private Parent reportRoot;
    /**
     * The candidates' pages in the shell's page area, and any other that holds unsaved input. A page the shell lets
     * go without input is let go here too: every page opened since unlock stayed alive before, without end over a
     * day (issue 13: with a 256 MB heap, sixty openings at 150,000 ran out of memory; now they end without a full
     * collection). Opened again, such a candidate gets a fresh screen made ahead, as at its first opening.
     */
    private final Map<UUID, CandidatePage> candidates = new LinkedHashMap<>();
    /** The next candidate's screen, made ahead while the list shows (see {@link #prepareCandidatePage}). */
    private CandidatePage spareCandidate;
    private boolean sparePlanned;
    private UUID currentCandidate;
    /** What had focus when the quick flow opened, to give it back when the flow closes. */
    private Node focusBeforeSheet;
    /** The last new-candidate page opened; it counts for the close question only while it is on screen. */
    private NewCandidatePage newCandidate;

    Workspace(OpenCaseload open, ViewLoader loader, Messages messages, Background background,
              UserPreferences preferences, Navigator navigator, Scheduler scheduler, Clock clock,
              BooleanSupplier quietAWhile, Runnable startRealCaseload) {
        this.loader = loader;
        this.clock = clock;
        this.messages = messages;
        this.background = background;
        this.store = open::store;
        this.navigator = navigator;
        this.shellVm = new ShellViewModel(messages, background, preferences);
        shellVm.demoProperty().set(open.isDemo());
        CaseloadSyncMarks syncMarks = new CaseloadSyncMarks(open.store());
        this.who = new CurrentCoachModel(messages, background, store);
        this.caseloadVm = new CaseloadViewModel(messages, background, store, navigator, preferences, syncMarks::read,
                clock);
        caseloadVm.followCurrentCoach(who);
        // The list is what the coach waits for after unlocking: its query starts first, on the worker, while this
        // thread builds the screens (the shell and the list's own took 0.15-0.2 s of it at a cold unlock, issue 13).
        // The list screen made below takes the view model as it is then, read or not yet.
        who.reload();
        caseloadVm.reload();
        ViewLoader.Loaded<ShellController> s = loader.load(FxmlView.SHELL,
                new ShellController(shellVm, navigator, this::showSettings));
        this.shell = s.controller();
        this.preferences = preferences;
        this.sealer = open.sealer();
        shell.setRetention(this::showRetention);
        this.shellRoot = s.root();
        shell.onPageLeft(this::letGo);
        ViewLoader.Loaded<CaseloadController> c = loader.load(FxmlView.CASELOAD,
                new CaseloadController(caseloadVm, messages));
        this.caseload = c.controller();
        this.caseloadRoot = c.root();
        caseloadVm.onScreen.bind(caseloadRoot.visibleProperty());
        // "Wie ben je?" on the first screen at first start; it hides itself once a coach is chosen. Not on the demo:
        // nobody works there, and the question would suggest the made-up caseload is the coach's own.
        if (!open.isDemo()) {
            ((javafx.scene.layout.Pane) caseloadRoot).getChildren().add(1,
                    WhoAmIPane.firstStart(who, messages, navigator::caseloadChanged));
        }
        this.agendaVm = new AgendaViewModel(messages, background, store, navigator, who, clock);
        this.employersVm = new EmployersViewModel(messages, background, store, navigator);
        this.quickVm = new QuickSessionViewModel(messages, background, store, navigator, this::closeQuickSheet,
                scheduler, clock);
        quickVm.loggedBy(who::id);
        quickVm.caseloadFrom(caseloadVm::loadedIndex);
        quickVm.readAheadWhen(work -> IdleWork.whenIdle(background.busyProperty(),
                () -> IdleWork.afterNextPulse(shellRoot, work)));
        agendaVm.caseloadFrom(caseloadVm::loadedIndex);
        // The Agenda's week is read ahead at a quiet moment after the unlock, a save or a sync (issue 13).
        this.weekAhead = new WeekReadAhead(background.busyProperty(), quietAWhile,
                () -> shellVm.sectionProperty().get() == Section.AGENDA, this::agendaAhead);
        weekAhead.wanted();
        ViewLoader.Loaded<QuickSessionController> q = loader.load(FxmlView.SESSION_QUICK,
                new QuickSessionController(quickVm, messages));
        this.quick = q.controller();
        this.quickRoot = q.root();
        // "Sessie vastleggen" is styled and laid out ahead, once the list shows and the lanes are idle (issue 13).
        IdleWork.whenIdle(background.busyProperty(), () -> IdleWork.afterNextPulse(shellRoot,
                () -> shell.keepSheetReady(quickRoot)));
        // And its reads run once ahead, on the bulk lane, so the first opening finds them warm (sessie, issue 13).
        IdleWork.whenIdle(background.busyProperty(), () -> IdleWork.afterNextPulse(shellRoot, quickVm::warmUp));
        ViewLoader.Loaded<SettingsController> settings = loader.load(FxmlView.SETTINGS,
                new SettingsController(preferences, messages, shell::hideSheet));
        this.settingsRoot = settings.root();
        // Sync has its own thread: a hub that does not answer must not hold up the worker that loads screens.
        this.syncVm = SyncSetup.forCaseload(open.store(), open.sealer(), HubClients.trustingEnrolled(open.store()),
                AutoSync.Timing.standard(), background, javafx.application.Platform::runLater, messages, navigator);
        this.candidateSync = new CandidateSync(open.store(), open.sealer(), Clock.systemUTC());
        syncVm.onSettled(caseloadVm::refreshSyncMarks);
        if (!open.isDemo()) {
            // A demo is never synced (Settings offers no linking either): no "Koppelen…" in the status bar.
            shell.addStatusItem(SyncBar.build(syncVm, messages));
        }
        settings.controller().addSection(PassphraseChangeSection.build(
                new PassphraseChangeViewModel(messages, background, open::changePassphrase), messages));
        if (open.isDemo()) {
            settings.controller().addSection(DemoCaseloadSection.build(messages, startRealCaseload));
        } else {
            // A demo is never synced: linking it to the municipality's hub is not offered.
            settings.controller().addSection(SyncSettingsSection.build(syncVm, messages));
        }
        settings.controller().addSection(WhoAmIPane.settings(who, messages, navigator::caseloadChanged));
        syncVm.start();
    }

    /** avgwis: the retention overview as a sheet, read anew each time it opens. */
    void showRetention() {
        if (shell.sheetShown()) {
            return;
        }
        nl.werkmap.service.erasure.RetentionService retention = new nl.werkmap.service.erasure.RetentionService(
                store.get(), sealer, clock, preferences.retentionPolicy());
        nl.werkmap.ui.retention.RetentionViewModel vm = new nl.werkmap.ui.retention.RetentionViewModel(messages,
                background, retention, new nl.werkmap.service.erasure.ErasureService(store.get(), sealer, clock,
                retention), caseloadVm::reload);
        shell.showSheet(nl.werkmap.ui.retention.RetentionSheet.build(vm, messages, shell::hideSheet));
        vm.reload();
    }

    void showSettings() {
        if (!shell.sheetShown()) {
            shell.showSheet(settingsRoot);
        }
    }

    Parent shellRoot() {
        return shellRoot;
    }

    void showCaseload() {
        if (keepsInput(this::showCaseload)) {
            return;
        }
        shell.hideSheet();
        currentCandidate = null;
        shellVm.sectionProperty().set(Section.CASELOAD);
        shell.showPage(caseloadRoot);
        prepareCandidatePage();
    }

    /**
     * Makes the next candidate's screen while the list shows: opening a candidate then fills a built, styled screen
     * instead of building one (issue 13). It waits until no background work runs (the list's own read at unlock)
     * and the list is painted, so it never delays what the coach waits for. One spare at a time.
     */
    private void prepareCandidatePage() {
        if (spareCandidate != null || sparePlanned) {
            return;
        }
        sparePlanned = true;
        IdleWork.whenIdle(background.busyProperty(), () -> IdleWork.afterNextPulse(shellRoot, () -> {
            sparePlanned = false;
            if (spareCandidate == null) {
                // The coaches a screen read last: the spare's coach box gets its list now, not at the click.
                List<Coach> knownCoaches = candidates.values().stream().reduce((a, b) -> b)
                        .map(CandidatePage::coaches).orElse(List.of());
                spareCandidate = CandidatePage.spare(loader, messages, background, store, navigator, knownCoaches);
                shell.keepReady(spareCandidate.root());
            }
        }));
    }

    void showAgenda() {
        if (keepsInput(this::showAgenda)) {
            return;
        }
        shell.hideSheet();
        currentCandidate = null;
        shellVm.sectionProperty().set(Section.AGENDA);
        shell.showPage(agendaPage());
        agendaVm.reload();
    }

    private Parent agendaPage() {
        if (agendaRoot == null) {
            agendaRoot = loader.load(FxmlView.AGENDA, new AgendaController(agendaVm, messages,
                    AgendaController.fileChooser(messages, () -> agendaRoot.getScene().getWindow()))).root();
        }
        return agendaRoot;
    }

    /**
     * At a quiet moment while the Agenda is not shown ({@link WeekReadAhead}): its week is read ahead on the bulk
     * lane, and at the next quiet moment after that its page is made, styled and laid out with that week in the
     * page area, hidden (issue 13: at 150,000 the week's read took seconds at the first opening after an unlock,
     * and the page's first build, styling and layout 0.25-0.6 s more). Opening the Agenda then shows what is there.
     * The page and its lines are two tasks on the FX thread, a pulse apart, so a key typed meanwhile waits for one.
     */
    private void agendaAhead() {
        if (!agendaVm.weekKept()) {
            agendaVm.readAhead(weekAhead::wanted);
            return;
        }
        shell.keepReady(agendaPage());
        IdleWork.afterNextPulse(shellRoot, () -> {
            if (shellVm.sectionProperty().get() != Section.AGENDA) {
                agendaVm.showKept();
            }
        });
    }

    void showEmployers() {
        if (keepsInput(this::showEmployers)) {
            return;
        }
        shell.hideSheet();
        currentCandidate = null;
        shellVm.sectionProperty().set(Section.EMPLOYERS);
        if (employersRoot == null) {
            employersRoot = loader.load(FxmlView.EMPLOYERS, new EmployersController(employersVm, messages)).root();
        }
        shell.showPage(employersRoot);
        employersVm.reload();
    }

    void showBaankansen(UUID candidateId) {
        if (keepsInput(() -> showBaankansen(candidateId))) {
            return;
        }
        shell.hideSheet();
        currentCandidate = null;
        if (baankansen == null) {
            baankansen = new nl.werkmap.ui.baankans.BaankansPage(messages, background, store, navigator,
                    nl.werkmap.domain.match.PostcodeReistijd.shipped(), clock);
        }
        shellVm.sectionProperty().set(Section.BAANKANSEN);
        shell.showPage(baankansen.root());
        baankansen.reload();
        if (candidateId != null) {
            baankansen.showFor(candidateId);
        }
    }

    void showReport() {
        if (keepsInput(this::showReport)) {
            return;
        }
        shell.hideSheet();
        currentCandidate = null;
        if (reportRoot == null) {
            ReportViewModel vm = new ReportViewModel(new StoreReportSource(store.get(), clock, messages), background,
                    messages, LocalDate.now(clock));
            reportRoot = loader.load(FxmlView.REPORT, new ReportController(vm, messages)).root();
        }
        shellVm.sectionProperty().set(Section.REPORT);
        shell.showPage(reportRoot);
    }

    void openCandidate(UUID id) {
        if (keepsInput(() -> openCandidate(id))) {
            return;
        }
        shell.hideSheet();
        CandidatePage page = candidates.get(id);
        if (page == null) {
            page = spareCandidate != null ? spareCandidate : CandidatePage.spare(loader, messages, background, store,
                    navigator);
            spareCandidate = null;
            page.assign(id);
            page.showSync(new CandidateSyncPane(new CandidateSyncViewModel(candidateSync, id, background, messages,
                    navigator, java.time.ZoneId.systemDefault())));
            candidates.put(id, page);
        } else {
            page.reload();
        }
        currentCandidate = id;
        shellVm.sectionProperty().set(Section.CASELOAD);
        shell.showPage(page.root());
        // "Sessie vastleggen" for this candidate: its reads done ahead once the lanes are idle (sessie, issue 13).
        quickVm.readAheadFor(id);
    }

    /** A page the shell took out of its page area: a candidate's is let go unless it holds unsaved input. */
    private void letGo(Node page) {
        candidates.values().removeIf(c -> c.root() == page && !c.holdsInput());
    }

    void newCandidate() {
        if (keepsInput(this::newCandidate)) {
            return;
        }
        shell.hideSheet();
        currentCandidate = null;
        NewCandidatePage page = new NewCandidatePage(loader, messages, background, store, navigator);
        newCandidate = page;
        shellVm.sectionProperty().set(Section.CASELOAD);
        shell.showTransientPage(page.root());
        page.focus();
    }

    /** Opens the quick flow over the current page; the open candidate is preselected. */
    void logSession(UUID candidateId) {
        if (shell.sheetShown()) {
            return;
        }
        focusBeforeSheet = shellRoot.getScene() == null ? null : shellRoot.getScene().getFocusOwner();
        quickVm.start(candidateId != null ? candidateId : currentCandidate);
        shell.showSheet(quickRoot);
        quick.focusStart();
    }

    /**
     * The quick flow closes (saved or cancelled): focus goes back where it was when it opened, the list's row or the
     * page's button, when that still shows. Left to itself, the scene moved focus at the next pulse to the next node
     * it could focus: the sidebar's "Caseload" button (CoachDayFlowTest) or a text field of the page, restyled and
     * its text selected (ScreensBench's profile), away from the candidate just saved (save, issue 13).
     */
    private void closeQuickSheet() {
        shell.hideSheet();
        Node before = focusBeforeSheet;
        focusBeforeSheet = null;
        if (before != null && before.getScene() == shellRoot.getScene() && before.isFocusTraversable()
                && !before.isDisabled() && shown(before)) {
            before.requestFocus();
        }
    }

    /** The node and every parent visible: the pages kept in the scene hide with their root. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Leaving the quick flow or the new-candidate page while it holds unsaved input asks first. */
    private boolean keepsInput(Runnable retry) {
        return sheetKeepsInput(retry) || newCandidateKeepsInput(retry);
    }

    /**
     * Leaving "Nieuwe kandidaat" with typed input (a tick on a consent too) asks first: the page is made anew each
     * time, so what is left behind is gone. True when the move must wait (cancelled, or it goes on after the save).
     */
    private boolean newCandidateKeepsInput(Runnable retry) {
        NewCandidatePage page = newCandidate;
        if (page == null || page.root().getScene() == null || !page.form().unsavedProperty().get()) {
            return false;
        }
        UnsavedForm form = page.form();
        switch (UnsavedDialog.ask(messages, UnsavedDialog.windowOf(shellRoot), List.of(form.formName()))) {
            case SAVE -> form.saveNow(saved -> {
                if (saved) {
                    retry.run();
                }
            });
            case DISCARD -> form.discard(() -> {
                newCandidate = null;
                retry.run();
            });
            case CANCEL -> { }
        }
        return true;
    }

    /**
     * Leaving the quick flow while it holds unsaved input asks first. True when the move must wait: the coach
     * cancelled, or it goes on ({@code retry}) once the session is saved or thrown away.
     */
    private boolean sheetKeepsInput(Runnable retry) {
        if (!shell.sheetShown() || !quickVm.unsavedProperty().get()) {
            return false;
        }
        switch (UnsavedDialog.ask(messages, UnsavedDialog.windowOf(shellRoot), List.of(quickVm.formName()))) {
            case SAVE -> quickVm.saveNow(saved -> {
                if (saved) {
                    retry.run();
                }
            });
            case DISCARD -> {
                quickVm.discardAndClose();
                retry.run();
            }
            case CANCEL -> { }
        }
        return true;
    }

    /** Every form that holds unsaved input now, for the question before the window closes. */
    List<UnsavedForm> unsavedForms() {
        List<UnsavedForm> forms = new ArrayList<>();
        if (shell.sheetShown()) {
            forms.add(quickVm);
        }
        for (CandidatePage page : candidates.values()) {
            forms.addAll(page.forms());
        }
        forms.add(employersVm);
        if (baankansen != null) {
            forms.add(baankansen.viewModel());
        }
        if (newCandidate != null && newCandidate.root().getScene() != null) {
            forms.add(newCandidate.form());
        }
        return forms.stream().filter(f -> f.unsavedProperty().get()).toList();
    }

    void focusSearch() {
        showCaseload();
        caseload.focusSearch();
    }

    void status(String text) {
        shellVm.statusProperty().set(text);
    }

    /** Empties the status bar if it still says {@code text} (and nothing said since). */
    void clearStatus(String text) {
        if (text.equals(shellVm.statusProperty().get())) {
            shellVm.statusProperty().set("");
        }
    }

    /** The vault is shut: sync's thread stops, so nothing tries to seal or open while it is. */
    void locked() {
        syncVm.stop();
        weekAhead.locked();
    }

    /** Unlocked again: sync's thread starts afresh with a round soon. */
    void unlocked() {
        weekAhead.unlocked();
        syncVm.start();
    }

    /** The window closes. */
    void close() {
        syncVm.stop();
    }

    /**
     * After a save of one candidate's records: that row of the list and, when it is open, that candidate's page
     * are read again on the interactive lane, not the whole caseload. The sync marks and the week view (when shown)
     * follow on the bulk lane.
     */
    void candidateChanged(UUID candidateId) {
        // The page the coach looks at first, then its row in the list; both are a few indexed queries.
        if (currentCandidate != null && currentCandidate.equals(candidateId) && candidates.containsKey(candidateId)) {
            candidates.get(candidateId).refreshAfterSave();
        }
        caseloadVm.refreshRow(candidateId);
        syncVm.refresh();
        caseloadVm.refreshSyncMarks();
        if (shellVm.sectionProperty().get() == Section.AGENDA) {
            agendaVm.reload();
        } else {
            weekAhead.wanted();
        }
    }

    /** After a sync round or a change to coaches: lists and the open candidate read again. */
    void refreshAll() {
        refresh(caseloadVm::reload);
    }

    /**
     * Unlocked again from the lock card: as {@link #refreshAll}, but the caseload list is read again only when the
     * file may hold what it does not show ({@link CaseloadViewModel#reloadIfWritten}); the Agenda's week kept, too,
     * is shown again without a read while nothing was written.
     */
    void refreshAfterLock() {
        refresh(caseloadVm::reloadIfWritten);
    }

    private void refresh(Runnable caseloadList) {
        who.reload();
        caseloadList.run();
        syncVm.refresh();
        Section section = shellVm.sectionProperty().get();
        if (section == Section.AGENDA) {
            agendaVm.reload();
        } else {
            weekAhead.wanted();
        }
        if (section == Section.EMPLOYERS) {
            employersVm.reload();
        } else if (section == Section.BAANKANSEN && baankansen != null) {
            baankansen.reload();
        }
        if (currentCandidate != null && candidates.containsKey(currentCandidate)) {
            candidates.get(currentCandidate).reload();
        }
    }
}
