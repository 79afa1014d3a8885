package nl.werkmap.ui.candidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The candidate screen's frame: header with name, status and missing items, and the tabs. */
public final class CandidateController {

    private final CandidateViewModel vm;

    @FXML private Button back;
    @FXML private Label candidateName;
    @FXML private Label status;
    @FXML private Label completeness;
    @FXML private FlowPane missing;
    @FXML private Label loadError;
    @FXML private HBox syncBadgeSlot;
    @FXML private VBox syncConflictSlot;
    @FXML private TabPane tabs;
    @FXML private Tab profileTab;
    @FXML private Tab werknemersprofielTab;
    @FXML private Tab planTab;
    @FXML private Tab placementsTab;
    @FXML private Tab contactsTab;
    @FXML private Tab sessionsTab;
    @FXML private Tab measurementsTab;
    @FXML private Tab timelineTab;
    @FXML private HBox undoBar;
    @FXML private Label undoText;
    @FXML private Label unsavedMark;
    /** True while any tab's form holds unsaved input; tabs added later join it. */
    private BooleanExpression anyUnsaved;
    /** Views not built yet, by tab: each is built the first time its tab is selected (see {@link #setTabs}). */
    private final Map<Tab, Supplier<Node>> views = new HashMap<>();

    public CandidateController(CandidateViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        candidateName.textProperty().bind(vm.name);
        status.textProperty().bind(vm.statusText);
        completeness.textProperty().bind(vm.completeness);
        loadError.textProperty().bind(vm.loadError);
        loadError.managedProperty().bind(vm.loadError.isNotEmpty());
        vm.missing.addListener((ListChangeListener<String>) change -> showMissing());
        showMissing();
        undoText.textProperty().bind(vm.undoText);
        undoBar.visibleProperty().bind(vm.undoText.isNotEmpty());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> build(now));
        // Ctrl+Z outside a text field (a text field undoes its own typing first).
        tabs.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.Z && e.isShortcutDown() && !e.isShiftDown() && undoBar.isVisible()) {
                vm.undo();
                e.consume();
            }
        });
    }

    @FXML
    private void undo() {
        vm.undo();
    }

    /** "•" before the title of a tab whose form holds unsaved input, and "Niet opgeslagen" in the header. */
    void markUnsaved(ReadOnlyBooleanProperty profile, PlanViewModel plan, PlacementsViewModel placements,
                     ContactsViewModel contacts, SessionsViewModel sessions, MeasurementsViewModel measurements) {
        mark(profileTab, profile);
        mark(planTab, plan.unsavedProperty());
        mark(placementsTab, placements.unsavedProperty());
        mark(contactsTab, contacts.unsavedProperty());
        mark(sessionsTab, sessions.unsavedProperty());
        mark(measurementsTab, measurements.unsavedProperty());
        anyUnsaved = profile.or(plan.unsavedProperty()).or(placements.unsavedProperty()).or(contacts.unsavedProperty())
                .or(sessions.unsavedProperty()).or(measurements.unsavedProperty());
        unsavedMark.visibleProperty().bind(anyUnsaved);
    }

    /**
     * The werknemersprofiel tab, built when first shown, with its "•" and its part in the header mark (after
     * {@link #markUnsaved}).
     */
    void setWerknemersprofiel(Supplier<Node> view, ReadOnlyBooleanProperty unsaved) {
        lazy(werknemersprofielTab, view);
        mark(werknemersprofielTab, unsaved);
        anyUnsaved = anyUnsaved == null ? unsaved : anyUnsaved.or(unsaved);
        unsavedMark.visibleProperty().bind(anyUnsaved);
    }

    private static void mark(Tab tab, ReadOnlyBooleanProperty unsaved) {
        String title = tab.getText();
        tab.textProperty().bind(Bindings.when(unsaved).then("• " + title).otherwise(title));
    }

    /**
     * "Ontbreekt:" and a badge per missing item. The labels stay and take the new texts; a label added is styled at
     * once: a control first styled in a pulse gets its skin there, and JavaFX then leaves the page's parents marked
     * for styling after that pass, so the next pulse painted the whole window once more with nothing changed
     * (issue 13).
     */
    private void showMissing() {
        List<Node> shown = missing.getChildren();
        if (vm.missing.isEmpty()) {
            shown.clear();
            return;
        }
        List<Label> added = new ArrayList<>();
        if (shown.isEmpty()) {
            Label intro = new Label(vm.messages().text("candidate.header.missing"));
            intro.getStyleClass().add("muted");
            added.add(intro);
            shown.add(intro);
        }
        for (int i = 0; i < vm.missing.size(); i++) {
            String item = vm.missing.get(i);
            if (i + 1 < shown.size()) {
                ((Label) shown.get(i + 1)).setText(item);
            } else {
                Label badge = new Label(item);
                badge.getStyleClass().addAll("badge", "badge-warning");
                added.add(badge);
                shown.add(badge);
            }
        }
        shown.subList(vm.missing.size() + 1, shown.size()).clear();
        added.forEach(Label::applyCss);
    }

    /**
     * Each tab's view is built the first time the tab is shown, not when the page opens: a TabPane keeps every
     * tab's content in the scene, so seven built tabs cost seven tabs of CSS and cells before the coach sees one.
     * The tabs' view models exist from the start (they follow the file and hold unsaved input), so a tab built
     * later shows what its model already holds.
     */
    void setTabs(Supplier<Node> plan, Supplier<Node> placements, Supplier<Node> contacts, Supplier<Node> sessions,
                 Supplier<Node> measurements, Supplier<Node> timeline) {
        lazy(planTab, plan);
        lazy(placementsTab, placements);
        lazy(contactsTab, contacts);
        lazy(sessionsTab, sessions);
        lazy(measurementsTab, measurements);
        lazy(timelineTab, timeline);
    }

    /** The tab's view is built the first time the tab is selected (now, when it is selected already). */
    private void lazy(Tab tab, Supplier<Node> view) {
        views.put(tab, view);
        build(tabs.getSelectionModel().getSelectedItem());
    }

    private void build(Tab tab) {
        Supplier<Node> view = tab == null ? null : views.remove(tab);
        if (view != null) {
            tab.setContent(view.get());
        }
    }

    /** The sync badge beside the status, and the open conflicts under the header. */
    void showSync(Node badge, Node conflicts) {
        syncBadgeSlot.getChildren().setAll(badge);
        syncConflictSlot.getChildren().setAll(conflicts);
    }

    /** A tab built in code (no FXML of its own), after the others. */
    void addTab(String title, Node content) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(title, content);
        tab.setId(content.getId() == null ? null : content.getId() + "Tab");
        tabs.getTabs().add(tab);
    }

    /**
     * A tab after the others whose view is built the first time it is shown, as the FXML tabs'; {@code id} is the
     * view's id (the tab gets {@code id + "Tab"}). One line per tab in {@link CandidatePage}.
     */
    void addTab(String title, String id, Supplier<Node> view) {
        Tab tab = new Tab(title);
        tab.setId(id + "Tab");
        tabs.getTabs().add(tab);
        lazy(tab, view);
    }

    void setProfile(Node profile) {
        profileTab.setContent(profile);
    }

    void selectProfile() {
        tabs.getSelectionModel().select(profileTab);
    }

    @FXML
    private void back() {
        vm.backToCaseload();
    }

    @FXML
    private void logSession() {
        vm.logSession();
    }
}
