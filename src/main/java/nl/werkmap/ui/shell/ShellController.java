package nl.werkmap.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import nl.werkmap.ui.common.CalmSpinner;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.StatusMessage;

/** The window frame: navigation bar, page area, a sheet layer for quick flows, and the status bar. */
public final class ShellController {

    private final ShellViewModel viewModel;
    private final Navigator navigator;
    private final Runnable settings;
    /** Pages kept in the page area: the four sections and the candidates opened last, say. */
    static final int KEPT = 6;
    /** Pages shown with {@link #showTransientPage}, removed from the page area when another page shows. */
    private final Set<Node> transientPages = new HashSet<>();
    /** The pages in the page area, the one shown last first. */
    private final Deque<Node> recent = new ArrayDeque<>();
    /**
     * The pages made ahead ({@link #keepReady}: the next candidate's screen, the Agenda), each in the page area,
     * hidden, until it shows for the first time; with the styling of each whose slices are still to come.
     */
    private final Map<Node, SlicedStyling> ready = new LinkedHashMap<>();
    /** Whether a slice of a page made ahead is waiting to be styled (one chain of slices at a time). */
    private boolean slicing;

    @FXML private ToggleGroup sections;
    @FXML private ToggleButton navCaseload;
    @FXML private ToggleButton navAgenda;
    @FXML private ToggleButton navEmployers;
    @FXML private ToggleButton navReport;
    @FXML private ToggleButton navBaankansen;
    @FXML private StackPane pageArea;
    @FXML private StackPane sheetLayer;
    @FXML private Region statusSpacer;
    @FXML private Label lockInfo;
    @FXML private Label demoBadge;
    @FXML private HBox statusBar;
    @FXML private CalmSpinner busyIndicator;

    /** Told of each page that leaves the page area (see {@link #onPageLeft}). */
    private Consumer<Node> pageLeft = page -> { };

    /** avgwis: opens the retention overview; set by the workspace. */
    private Runnable retention = () -> { };

    public ShellController(ShellViewModel viewModel, Navigator navigator, Runnable settings) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        StatusMessage status = new StatusMessage(viewModel.messages(), "statusText");
        status.textProperty().bind(viewModel.statusProperty());
        statusBar.getChildren().add(statusBar.getChildren().indexOf(statusSpacer), status.node());
        lockInfo.textProperty().bind(viewModel.lockInfoBinding());
        demoBadge.visibleProperty().bind(viewModel.demoProperty());
        demoBadge.managedProperty().bind(viewModel.demoProperty());
        // Only work that lasts shows the spinner (see BusyAfterDelay).
        ReadOnlyBooleanProperty busy = new BusyAfterDelay(viewModel.busyProperty(), BusyAfterDelay::pause).shownProperty();
        busyIndicator.visibleProperty().bind(busy);
        busyIndicator.managedProperty().bind(busy);
        viewModel.sectionProperty().addListener((obs, old, now) -> selectToggle(now));
        selectToggle(viewModel.sectionProperty().get());
        // A section button stays pressed: clicking the current section again must not leave nothing selected.
        sections.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
    }

    private void selectToggle(Section section) {
        switch (section) {
            case CASELOAD -> navCaseload.setSelected(true);
            case AGENDA -> navAgenda.setSelected(true);
            case EMPLOYERS -> navEmployers.setSelected(true);
            case REPORT -> navReport.setSelected(true);
            case BAANKANSEN -> navBaankansen.setSelected(true);
        }
    }

    /**
     * Shows a page the coach comes back to (a section, a candidate). The last {@link #KEPT} pages shown stay in the
     * page area, hidden while another shows: taking a node out of the scene and putting it back makes JavaFX match
     * every stylesheet rule against each of its nodes again (a third of a second for a candidate page), hiding it
     * costs nothing. Not more: every pulse walks the whole scene for its bounds, hidden nodes too.
     */
    public void showPage(Node page) {
        show(page);
    }

    /**
     * Puts a page made ahead (the next candidate's screen, the Agenda, never shown nor styled before) in the page
     * area, hidden and last, and styles and lays it out while the coach looks at another page: when it shows, there
     * is nothing left to match or size. The styling comes in slices, each a task of its own on the FX thread ({@link
     * SlicedStyling}), so a key typed meanwhile waits for one slice only; showing the page first finishes what is
     * left. A page already in the page area (kept ready, or shown before and kept) is styled already: nothing to do.
     */
    public void keepReady(Node page) {
        ObservableList<Node> pages = pageArea.getChildren();
        if (pages.contains(page)) {
            return;
        }
        page.setVisible(false);
        page.setManaged(true); // laid out while hidden (a page shown before and let go left unmanaged)
        SlicedStyling slices = SlicedStyling.takeApart(page, pageArea);
        ready.put(page, slices);
        pages.add(page);
        page.applyCss();
        pageArea.layout();
        if (slices.done()) {
            ready.put(page, null);
        } else {
            styleNextSliceLater();
        }
    }

    /** The next slice of the first page made ahead that still has some, as a task of its own on the FX thread. */
    private void styleNextSliceLater() {
        if (slicing) {
            return;
        }
        slicing = true;
        Platform.runLater(() -> {
            slicing = false;
            for (Map.Entry<Node, SlicedStyling> page : ready.entrySet()) {
                SlicedStyling slices = page.getValue();
                if (slices != null) {
                    if (!slices.next()) {
                        page.setValue(null);
                    }
                    styleNextSliceLater(); // this page's next slice, or another page's
                    return;
                }
            }
        });
    }

    /**
     * {@code left} is told of each page taken out of the page area (no longer among the last {@link #KEPT} shown, a
     * page made anew left): whoever made it may let it go.
     */
    public void onPageLeft(Consumer<Node> left) {
        this.pageLeft = java.util.Objects.requireNonNull(left);
    }

    /** Shows a page made anew each time (a new candidate): it leaves the scene when another page shows. */
    public void showTransientPage(Node page) {
        show(page);
        transientPages.add(page);
    }

    private void show(Node page) {
        SlicedStyling slices = ready.remove(page);
        if (slices != null) {
            slices.finish(); // whole and styled now, before it shows
        }
        ObservableList<Node> pages = pageArea.getChildren();
        if (pages.contains(page)) {
            // First among the pages, so a lookup by id or text finds the page on screen before a hidden one.
            // Moving a child within its parent keeps it in the scene (no styling again).
            page.toBack();
        } else {
            pages.add(0, page);
        }
        recent.remove(page);
        recent.addFirst(page);
        for (Node other : List.copyOf(pages)) {
            if (other == page) {
                continue;
            }
            if (ready.containsKey(other)) {
                continue;
            }
            if (transientPages.remove(other) || !recent.contains(other)) {
                pages.remove(other);
                recent.remove(other);
                pageLeft.accept(other);
            } else {
                other.setVisible(false);
                other.setManaged(false);
            }
        }
        while (recent.size() > KEPT) {
            Node oldest = recent.removeLast();
            pages.remove(oldest);
            pageLeft.accept(oldest);
        }
        page.setManaged(true);
        page.setVisible(true);
    }

    /** Puts an item (such as the sync status) in the status bar, before the lock note. */
    public void addStatusItem(Node item) {
        statusBar.getChildren().add(statusBar.getChildren().indexOf(lockInfo), item);
    }

    /**
     * Shows a sheet (the quick session, the settings) over the page. Sheets stay in the sheet layer once shown, the
     * layer and the other sheets hidden: as with pages, putting a sheet back into the scene would style all its
     * fields again at every "Sessie vastleggen".
     */
    public void showSheet(Node sheet) {
        if (!sheetLayer.getChildren().contains(sheet)) {
            sheetLayer.getChildren().add(sheet);
        }
        for (Node other : sheetLayer.getChildren()) {
            other.setVisible(other == sheet);
            other.setManaged(other == sheet);
        }
        sheetLayer.setVisible(true);
    }

    /**
     * Puts a sheet in the sheet layer while the layer is hidden, and styles and lays it out now: its first showing
     * then has no skins to make, no stylesheet to match and nothing to size (issue 13, "Sessie vastleggen"). Does
     * nothing while a sheet shows: the coach is looking at it.
     */
    public void keepSheetReady(Node sheet) {
        if (sheetShown()) {
            return;
        }
        if (!sheetLayer.getChildren().contains(sheet)) {
            sheetLayer.getChildren().add(sheet);
        }
        for (Node other : sheetLayer.getChildren()) {
            other.setVisible(other == sheet);
            other.setManaged(other == sheet);
        }
        sheetLayer.applyCss();
        sheetLayer.layout();
    }

    public void hideSheet() {
        sheetLayer.setVisible(false);
    }

    public boolean sheetShown() {
        return sheetLayer.isVisible();
    }

    @FXML
    private void showCaseload() {
        navigator.showCaseload();
    }

    @FXML
    private void showAgenda() {
        navigator.showAgenda();
    }

    @FXML
    private void showEmployers() {
        navigator.showEmployers();
    }

    @FXML
    private void showReport() {
        navigator.showReport();
    }

    @FXML
    private void showBaankansen() {
        navigator.showBaankansen();
    }

    @FXML
    private void logSession() {
        navigator.logSession(null);
    }

    @FXML
    private void newCandidate() {
        navigator.newCandidate();
    }

    /** avgwis: what "Bewaartermijnen" in the navigation opens. */
    public void setRetention(Runnable retention) {
        this.retention = retention;
    }

    @FXML
    private void showRetention() {
        retention.run();
    }

    @FXML
    private void showSettings() {
        settings.run();
    }

    @FXML
    private void lockNow() {
        navigator.lockNow();
    }
}
