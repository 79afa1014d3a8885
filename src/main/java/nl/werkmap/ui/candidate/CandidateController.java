package nl.werkmap.ui.candidate;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
    @FXML private Tab planTab;
    @FXML private Tab placementsTab;
    @FXML private Tab contactsTab;
    @FXML private Tab sessionsTab;
    @FXML private Tab measurementsTab;
    @FXML private Tab timelineTab;

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
    }

    private void showMissing() {
        missing.getChildren().clear();
        if (vm.missing.isEmpty()) {
            return;
        }
        Label intro = new Label(vm.messages().text("candidate.header.missing"));
        intro.getStyleClass().add("muted");
        missing.getChildren().add(intro);
        for (String item : vm.missing) {
            Label badge = new Label(item);
            badge.getStyleClass().addAll("badge", "badge-warning");
            missing.getChildren().add(badge);
        }
    }

    void setTabs(Node profile, Node plan, Node placements, Node contacts, Node sessions, Node measurements,
                 Node timeline) {
        profileTab.setContent(profile);
        planTab.setContent(plan);
        placementsTab.setContent(placements);
        contactsTab.setContent(contacts);
        sessionsTab.setContent(sessions);
        measurementsTab.setContent(measurements);
        timelineTab.setContent(timeline);
    }

    /** The sync badge beside the status, and the open conflicts under the header. */
    void showSync(Node badge, Node conflicts) {
        syncBadgeSlot.getChildren().setAll(badge);
        syncConflictSlot.getChildren().setAll(conflicts);
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
