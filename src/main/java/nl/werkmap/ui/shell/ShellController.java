package nl.werkmap.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.StatusMessage;

/** The window frame: navigation bar, page area, a sheet layer for quick flows, and the status bar. */
public final class ShellController {

    private final ShellViewModel viewModel;
    private final Navigator navigator;
    private final Runnable settings;

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
    @FXML private ProgressIndicator busyIndicator;

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
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyIndicator.managedProperty().bind(viewModel.busyProperty());
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

    /** Replaces the page area's content; the previous page node is kept by its owner, not destroyed. */
    public void showPage(Node page) {
        pageArea.getChildren().setAll(page);
    }

    /** Puts an item (such as the sync status) in the status bar, before the lock note. */
    public void addStatusItem(Node item) {
        statusBar.getChildren().add(statusBar.getChildren().indexOf(lockInfo), item);
    }

    public void showSheet(Node sheet) {
        sheetLayer.getChildren().setAll(sheet);
        sheetLayer.setVisible(true);
    }

    public void hideSheet() {
        sheetLayer.getChildren().clear();
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
