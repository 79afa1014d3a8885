package nl.werkmap.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.UUID;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.store.caseload.ListReadAhead;
import nl.werkmap.store.db.IntegrityWatch;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.DemoCaseloadRemoval;
import nl.werkmap.ui.common.IdleMonitor;
import nl.werkmap.ui.common.InputQuiet;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.Scheduler;
import nl.werkmap.ui.common.Theme;
import nl.werkmap.ui.common.UnsavedDialog;
import nl.werkmap.ui.common.UnsavedForm;
import nl.werkmap.ui.common.UserPreferences;
import nl.werkmap.ui.common.ViewLoader;
import nl.werkmap.ui.common.WindowPlacement;
import nl.werkmap.ui.unlock.DemoSeeder;
import nl.werkmap.ui.unlock.UnlockController;
import nl.werkmap.ui.unlock.UnlockViewModel;
import nl.werkmap.ui.unlock.UnlockWarmup;
import nl.werkmap.ui.unlock.WelcomeController;
import nl.werkmap.ui.unlock.WelcomeViewModel;

/**
 * The one window of the app. Shows the welcome or unlock card first, then the shell; locking lays a card over the
 * same window, so every open screen and its unsaved input stay as they were.
 */
public final class MainWindow implements Navigator {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    public static final double WIDTH = 1366;
    public static final double HEIGHT = 768;

    private final Stage stage;
    private final CaseloadFiles files;
    private final Messages messages;
    private final Background background;
    private final UserPreferences preferences;
    private final Optional<DemoSeeder> demo;
    private final ViewLoader loader;
    private final Scheduler scheduler;
    private final Clock clock;
    private final StackPane root = new StackPane();
    private volatile OpenCaseload caseload;
    /** Guards {@link #readAhead} and {@link #unlockBegun}: the FX thread starts the read, the unlock takes it. */
    private final Object readAheadLock = new Object();
    /** The list read ahead while the passphrase is typed, until an unlock hands it to the store (or none). */
    private ListReadAhead readAhead;
    /** Once an unlock began no read ahead starts: it would read beside the unlock's own read. */
    private boolean unlockBegun;
    private Workspace workspace;
    private IdleMonitor idle;
    /** When the coach last typed or clicked: the day's integrity check gives way to it. */
    private InputQuiet inputQuiet;
    private Parent lockCard;
    private Path openedBundle;

    public MainWindow(Stage stage, CaseloadFiles files, Messages messages, Background background,
                      UserPreferences preferences, Optional<DemoSeeder> demo) {
        this(stage, files, messages, background, preferences, demo, Scheduler.daemon("werkmap-concept"));
    }

    /** @param scheduler when typed-but-unsaved input is written as a draft (tests run it by hand) */
    public MainWindow(Stage stage, CaseloadFiles files, Messages messages, Background background,
                      UserPreferences preferences, Optional<DemoSeeder> demo, Scheduler scheduler) {
        this(stage, files, messages, background, preferences, demo, scheduler, Clock.systemDefaultZone());
    }

    /**
     * @param scheduler when typed-but-unsaved input is written as a draft (tests run it by hand)
     * @param clock     what "today" is for the list, the agenda, the sheet and the reports (tests fix it, so a run
     *                  that crosses midnight keeps one day)
     */
    public MainWindow(Stage stage, CaseloadFiles files, Messages messages, Background background,
                      UserPreferences preferences, Optional<DemoSeeder> demo, Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.stage = stage;
        this.files = files;
        this.messages = messages;
        this.background = background;
        this.preferences = preferences;
        this.demo = demo;
        this.loader = new ViewLoader(messages);
        background.reportFailuresTo(messages, text -> {
            if (workspace != null) {
                workspace.status(text);
            }
        });
    }

    /**
     * The app was started by opening a {@code .werkmapbundle} file; after unlock the coach is told what such a file
     * is for. A device cannot read one in: the hub administrator imports it.
     */
    public void bundleOpened(Path file) {
        this.openedBundle = file;
    }

    public void show() {
        Theme.applyUserAgent();
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        Theme.style(scene);
        Shortcuts.installHelp(scene, messages);
        stage.setScene(scene);
        stage.setTitle(messages.text("app.title"));
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        WindowPlacer placer = new WindowPlacer(preferences.windowPlacementProperty());
        placer.place(stage);
        stage.setOnHidden(e -> {
            placer.remember(stage);
            closeCaseload();
        });
        stage.setOnCloseRequest(this::closeRequested);
        idle = new IdleMonitor(scene, preferences.idleLockMinutesProperty(), this::lockNow);
        inputQuiet = new InputQuiet().watch(scene);
        boolean unlocking = OpenCaseload.exists(files);
        if (unlocking) {
            showUnlock();
        } else {
            showWelcome();
        }
        stage.show();
        UnlockWarmup.startAfterFirstFrame(scene);
        if (unlocking) {
            // While the coach types the passphrase the list's lines are read, names still sealed (issue 13).
            UnlockWarmup.afterFirstFrame(scene, () -> {
                synchronized (readAheadLock) {
                    if (!unlockBegun && readAhead == null) {
                        readAhead = ListReadAhead.start(files.database(), clock);
                    }
                }
                // And the frame and the list are built once, unseen, when the coach pauses: the click finds their
                // code warm (-Dwerkmap.noScreenWarmup=true leaves it out, to compare).
                if (!Boolean.getBoolean("werkmap.noScreenWarmup")) {
                    ScreenWarmup.start(loader, messages, preferences, clock, root, inputQuiet::quiet, () -> {
                        synchronized (readAheadLock) {
                            return unlockBegun;
                        }
                    });
                }
            });
        }
    }

    private void showWelcome() {
        WelcomeViewModel vm = new WelcomeViewModel(messages, background, (passphrase, withDemo) -> {
            OpenCaseload created = OpenCaseload.create(files, passphrase);
            if (withDemo && demo.isPresent()) {
                demo.get().seed(created.store());
                created.readKind();
            }
            caseload = created;
        }, demo.isPresent(), this::opened);
        root.getChildren().setAll(new WelcomeController(vm, messages).root());
    }

    private void showUnlock() {
        UnlockViewModel vm = new UnlockViewModel(messages, background, messages.text("unlock.title"),
                messages.text("unlock.explanation"),
                (passphrase, progress) -> {
                    ListReadAhead ahead;
                    synchronized (readAheadLock) {
                        unlockBegun = true;
                        ahead = readAhead;
                    }
                    caseload = OpenCaseload.unlock(files, passphrase, progress, ahead);
                    // The store has it now (a wrong passphrase leaves it here for the next try).
                    synchronized (readAheadLock) {
                        readAhead = null;
                    }
                },
                this::opened);
        UnlockController controller = new UnlockController(vm, messages, false);
        root.getChildren().setAll(controller.root());
        controller.focus();
    }

    private void opened() {
        workspace = new Workspace(caseload, loader, messages, background, preferences, this, scheduler,
                clock, () -> inputQuiet.quietFor(WeekReadAhead.QUIET), this::replaceDemoWithReal);
        // The title bar and the taskbar say it too: a screenshot of a demo must never pass for real people.
        stage.setTitle(messages.text(caseload.isDemo() ? "app.title.demo" : "app.title"));
        root.getChildren().setAll(workspace.shellRoot());
        Shortcuts.install(stage.getScene(), this, workspace);
        idle.start();
        showCaseload();
        // The list comes first, then the day's check: once the list is read, shown and laid out (the lanes idle, a
        // pulse after). Started right behind the read, on the other core, it took 0.1-0.3 s of CPU while the list
        // was being shown at 150,000 candidates. A save before then runs the check itself (IntegrityWatch).
        IntegrityWatch integrity = caseload.store().integrity();
        Workspace shown = workspace;
        integrity.whenWriteWaits(() -> javafx.application.Platform.runLater(() -> saveWaitsForCheck(shown,
                integrity)));
        IdleWork.whenIdle(background.busyProperty(), () -> IdleWork.afterNextPulse(root,
                () -> IntegrityAlarm.start(integrity, inputQuiet, javafx.application.Platform::runLater,
                        this::showDamaged)));
        if (openedBundle != null) {
            Path file = openedBundle.toAbsolutePath();
            openedBundle = null;
            showBundleNotice(file);
        }
    }

    /** A save waits for the day's check (a large caseload, just unlocked): the status bar says so until it is in. */
    private void saveWaitsForCheck(Workspace shown, IntegrityWatch integrity) {
        if (integrity.verdict().isDone()) {
            return;
        }
        String waiting = messages.text("integrity.writeWaits");
        shown.status(waiting);
        integrity.verdict().whenComplete((ok, failure) -> javafx.application.Platform.runLater(
                () -> shown.clearStatus(waiting)));
    }

    /** The put-off integrity check found damage: the store refuses writes already; the coach must know now. */
    private void showDamaged(String reason) {
        if (workspace != null) {
            workspace.status(messages.text("integrity.damaged.status"));
        }
        Alert alarm = new Alert(Alert.AlertType.ERROR, messages.format("integrity.damaged.text", reason),
                ButtonType.OK);
        alarm.initOwner(stage);
        alarm.setTitle(messages.text("integrity.damaged.title"));
        alarm.setHeaderText(messages.text("integrity.damaged.header"));
        alarm.getDialogPane().setId("integrityAlarm");
        alarm.getDialogPane().setMinWidth(620);
        Theme.style(alarm.getDialogPane().getScene());
        alarm.show();
    }

    private void showBundleNotice(Path file) {
        Path folder = file.getParent();
        Alert notice = new Alert(Alert.AlertType.INFORMATION, messages.format("bundle.notice.text",
                file.getFileName().toString(), folder == null ? file.toString() : folder.toString()), ButtonType.OK);
        notice.initOwner(stage);
        notice.setTitle(messages.text("bundle.notice.title"));
        notice.setHeaderText(messages.text("bundle.notice.header"));
        notice.getDialogPane().setId("bundleNotice");
        notice.getDialogPane().setMinWidth(560);
        Theme.style(notice.getDialogPane().getScene());
        notice.show();
    }

    /** Whether the lock card is up; shortcuts do nothing then. */
    boolean locked() {
        return lockCard != null || workspace == null;
    }

    @Override
    public void lockNow() {
        if (locked()) {
            return;
        }
        idle.stop();
        workspace.locked();
        caseload.lock();
        UnlockViewModel vm = new UnlockViewModel(messages, background, messages.text("lock.title"),
                messages.text("lock.explanation"), (passphrase, progress) -> caseload.unlockAgain(passphrase), this::unlocked);
        UnlockController controller = new UnlockController(vm, messages, true);
        lockCard = controller.root();
        // Hidden and disabled, not removed: the screens keep their state, but nothing shows through or takes focus.
        workspace.shellRoot().setVisible(false);
        workspace.shellRoot().setDisable(true);
        root.getChildren().add(lockCard);
        controller.focus();
    }

    private void unlocked() {
        root.getChildren().remove(lockCard);
        lockCard = null;
        workspace.shellRoot().setDisable(false);
        workspace.shellRoot().setVisible(true);
        idle.start();
        workspace.unlocked();
        workspace.refreshAfterLock();
    }

    /**
     * Closing the window with unsaved input asks first: save it all (the window closes once every form saved),
     * throw it away, or stay. While locked nothing is asked: the screens keep their input only until the app
     * closes, and the quick flow's draft is kept on disk anyway.
     */
    private void closeRequested(WindowEvent event) {
        if (locked()) {
            return;
        }
        List<UnsavedForm> unsaved = workspace.unsavedForms();
        if (unsaved.isEmpty()) {
            return;
        }
        event.consume();
        List<String> names = unsaved.stream().map(UnsavedForm::formName).toList();
        switch (UnsavedDialog.ask(messages, stage, names)) {
            case SAVE -> afterEach(unsaved, UnsavedForm::saveNow);
            case DISCARD -> afterEach(unsaved, (form, done) -> form.discard(() -> done.accept(true)));
            case CANCEL -> { }
        }
    }

    /** Runs the step on every form; closes the window when all succeeded (a refused save keeps it open). */
    private void afterEach(List<UnsavedForm> forms, BiConsumer<UnsavedForm, Consumer<Boolean>> step) {
        int[] left = {forms.size()};
        boolean[] allOk = {true};
        for (UnsavedForm form : forms) {
            step.accept(form, ok -> {
                allOk[0] &= ok;
                if (--left[0] == 0 && allOk[0]) {
                    stage.close();
                }
            });
        }
    }

    /**
     * "Nieuwe caseload beginnen": closes the demo caseload, deletes it and shows the first-start screen. Only a demo
     * is ever deleted; if deleting fails, the coach is told and sees the unlock screen of what is left.
     */
    private void replaceDemoWithReal() {
        OpenCaseload open = caseload;
        if (open == null || !open.isDemo() || workspace == null) {
            return;
        }
        idle.stop();
        workspace.close();
        workspace = null;
        caseload = null;
        root.getChildren().clear();
        stage.setTitle(messages.text("app.title"));
        background.run(() -> {
            open.close();
            DemoCaseloadRemoval.delete(files);
        }).onSuccess(done -> showWelcome()).onError(e -> {
            LOG.error("De voorbeeldcaseload kon niet worden verwijderd", e);
            Alert failed = new Alert(Alert.AlertType.ERROR, messages.format("settings.demo.failed",
                    String.valueOf(e.getMessage())), ButtonType.OK);
            failed.initOwner(stage);
            failed.setHeaderText(null);
            failed.show();
            if (OpenCaseload.exists(files)) {
                showUnlock();
            } else {
                showWelcome();
            }
        }).start();
    }

    private void closeCaseload() {
        ListReadAhead unused;
        synchronized (readAheadLock) {
            unlockBegun = true;
            unused = readAhead;
            readAhead = null;
        }
        if (unused != null) {
            unused.close();
        }
        if (workspace != null) {
            workspace.close();
        }
        OpenCaseload open = caseload;
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException e) {
                LOG.error("De caseload kon niet netjes worden gesloten", e);
            }
        }
    }

    @Override
    public void showCaseload() {
        workspace.showCaseload();
    }

    @Override
    public void showAgenda() {
        workspace.showAgenda();
    }

    @Override
    public void showEmployers() {
        workspace.showEmployers();
    }

    @Override
    public void showReport() {
        workspace.showReport();
    }

    @Override
    public void showBaankansen() {
        workspace.showBaankansen(null);
    }

    @Override
    public void showBaankansenFor(UUID candidateId) {
        workspace.showBaankansen(candidateId);
    }

    @Override
    public void openCandidate(UUID candidateId) {
        workspace.openCandidate(candidateId);
    }

    @Override
    public void newCandidate() {
        workspace.newCandidate();
    }

    @Override
    public void logSession(UUID candidateId) {
        workspace.logSession(candidateId);
    }

    @Override
    public void status(String text) {
        workspace.status(text);
    }

    @Override
    public void caseloadChanged() {
        workspace.refreshAll();
    }

    @Override
    public void candidateChanged(UUID candidateId) {
        workspace.candidateChanged(candidateId);
    }
}
