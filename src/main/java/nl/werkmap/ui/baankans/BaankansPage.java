package nl.werkmap.ui.baankans;

import java.time.Clock;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.match.BaankansStatus;
import nl.werkmap.domain.match.Reistijd;
import nl.werkmap.service.MatchService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.ConfirmDelete;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.UnsavedDialog;

/**
 * The Baankansen screen: on the left the team's baankansen (per employer, with their status) and the actions on
 * the chosen one; on the right three tabs: the baankans itself, the candidates ranked for it, and the open
 * baankansen ranked for one candidate. Every ranked result shows each criterion with its verdict and reason.
 */
public final class BaankansPage {

    private final BaankansViewModel vm;
    private final MatchListViewModel forBaankans;
    private final MatchListViewModel forCandidate;
    private final CandidateChoices choices;
    private final Messages messages;
    private final Parent root;
    private TabPane tabs;
    private Tab candidatesTab;
    private Tab perCandidateTab;
    private boolean reselecting;

    public BaankansPage(Messages messages, Background background, Supplier<CaseloadStore> store, Navigator navigator,
                        Reistijd reistijd, Clock clock) {
        this.messages = messages;
        this.vm = new BaankansViewModel(messages, background, store, navigator);
        this.forBaankans = new MatchListViewModel(messages, background, store, navigator, reistijd, clock);
        this.forCandidate = new MatchListViewModel(messages, background, store, navigator, reistijd, clock);
        this.choices = new CandidateChoices(background, () -> new MatchService(store, reistijd), clock);
        this.root = build();
    }

    public Parent root() {
        return root;
    }

    public BaankansViewModel viewModel() {
        return vm;
    }

    /** Reads the list again; a ranked list on screen is made again too, so it never shows old verdicts. */
    public void reload() {
        vm.reload();
        choices.reload();
        rankShown();
    }

    /** Opens the "per kandidaat" tab with this candidate's baankansen ranked. */
    public void showFor(java.util.UUID candidateId) {
        tabs.getSelectionModel().select(perCandidateTab);
        choices.choose(candidateId);
    }

    private Parent build() {
        Label title = new Label(messages.text("baankans.title"));
        title.getStyleClass().add("title");
        ComboBox<Employer> filter = new ComboBox<>(vm.employers);
        filter.setId("baankansFilter");
        filter.setAccessibleText(messages.text("baankans.filter"));
        filter.setPromptText(messages.text("baankans.filter.all"));
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Employer e) {
                return e == null ? messages.text("baankans.filter.all") : e.name();
            }

            @Override
            public Employer fromString(String text) {
                return null;
            }
        });
        filter.valueProperty().bindBidirectional(vm.employerFilter);
        Button all = new Button(messages.text("baankans.filter.clear"));
        all.setOnAction(e -> vm.employerFilter.set(null));
        Button add = new Button(messages.text("baankans.new"));
        add.setId("baankansNew");
        add.setOnAction(e -> startNew());
        HBox undoBar = new HBox(12);
        undoBar.getStyleClass().add("undo-bar");
        Label undoText = new Label();
        undoText.textProperty().bind(vm.undoText);
        Hyperlink undo = new Hyperlink(messages.text("undo.action"));
        undo.setId("baankansUndo");
        undo.setOnAction(e -> vm.undo());
        undoBar.getChildren().addAll(undoText, undo);
        undoBar.visibleProperty().bind(vm.undoText.isNotEmpty());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        HBox toolbar = new HBox(8, title, filter, all, add, undoBar);
        toolbar.getStyleClass().add("toolbar-row");

        TableView<BaankansViewModel.Row> table = new TableView<>(vm.rows);
        table.setId("baankansTable");
        table.setPlaceholder(new Label(messages.text("baankans.empty")));
        Columns.text(table, messages.text("baankans.col.title"), 170, r -> r.baankans().title());
        Columns.text(table, messages.text("baankans.col.employer"), 150, BaankansViewModel.Row::employerName);
        Columns.text(table, messages.text("baankans.col.status"), 80, r -> messages.enumText(r.baankans().status()));
        Columns.text(table, messages.text("baankans.col.kind"), 90, r -> messages.text(
                r.baankans().jobcarving() ? "baankans.kind.carved" : "baankans.kind.opening"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> chosen(table, old, now));
        vm.rows.addListener((javafx.collections.ListChangeListener<BaankansViewModel.Row>) c -> keepChosen(table));
        Button filled = statusButton("baankansFilled", "baankans.action.filled", BaankansStatus.INGEVULD);
        Button lapsed = statusButton("baankansLapsed", "baankans.action.lapsed", BaankansStatus.VERVALLEN);
        Button reopen = statusButton("baankansReopen", "baankans.action.reopen", BaankansStatus.OPEN);
        Button delete = new Button(messages.text("baankans.action.delete"));
        delete.setId("baankansDelete");
        delete.disableProperty().bind(vm.selected.isNull());
        delete.setOnAction(e -> {
            var row = vm.selected.get();
            if (row != null && ConfirmDelete.ask(messages, table, row.baankans().title(),
                    messages.text("baankans.delete.text"))) {
                reselecting = true;
                table.getSelectionModel().clearSelection();
                reselecting = false;
                vm.delete();
            }
        });
        HBox actions = new HBox(8, filled, lapsed, reopen, delete);
        actions.getStyleClass().add("toolbar-row");
        VBox left = new VBox(8, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setMinWidth(360);
        left.setPrefWidth(440);
        left.setMaxWidth(480);

        Tab formTab = new Tab(messages.text("baankans.tab.form"), new BaankansFormView(vm, messages).build());
        MatchPane candidates = new MatchPane(forBaankans, messages, "candidatesForBaankans", null,
                r -> r.match().candidateId(), r -> vm.form.title.get());
        candidatesTab = new Tab(messages.text("baankans.tab.candidates"), candidates.root());
        MatchPane baankansen = new MatchPane(forCandidate, messages, "baankansenForCandidate", choices.picker(messages),
                r -> choices.chosenId(), r -> r.detail() == null || r.detail().isBlank() ? r.title()
                        : r.title() + ", " + r.detail());
        perCandidateTab = new Tab(messages.text("baankans.tab.perCandidate"), baankansen.root());
        tabs = new TabPane(formTab, candidatesTab, perCandidateTab);
        tabs.setId("baankansTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> rankShown());
        choices.chosen().addListener((obs, old, now) -> rankShown());
        HBox.setHgrow(tabs, Priority.ALWAYS);
        // The form and the cards are wide by nature; they wrap and scroll inside the tab, never push the page.
        tabs.setMinWidth(0);
        tabs.setPrefWidth(0);

        HBox body = new HBox(16, left, tabs);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox page = new VBox(12, toolbar, body);
        page.getStyleClass().add("page");
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
                vm.save();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !e.isShiftDown() && undoBar.isVisible()
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                vm.undo();
                e.consume();
            }
        });
        return page;
    }

    private Button statusButton(String id, String key, BaankansStatus status) {
        Button button = new Button(messages.text(key));
        button.setId(id);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selected.get() == null
                || vm.selected.get().baankans().status() == status, vm.selected));
        button.setOnAction(e -> vm.changeStatus(status));
        return button;
    }

    /** Choosing another baankans while the form holds unsaved input asks first, as on the employer screen. */
    private void chosen(TableView<BaankansViewModel.Row> table, BaankansViewModel.Row old,
                        BaankansViewModel.Row now) {
        if (reselecting) {
            return;
        }
        if (vm.unsavedProperty().get()) {
            UnsavedDialog.Choice choice = UnsavedDialog.ask(messages, UnsavedDialog.windowOf(table),
                    java.util.List.of(vm.formName()));
            if (choice == UnsavedDialog.Choice.SAVE) {
                vm.saveNow(saved -> { });
            }
            if (choice == UnsavedDialog.Choice.CANCEL || vm.unsavedProperty().get() && vm.failed.get()) {
                reselecting = true;
                if (old == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(old);
                }
                reselecting = false;
                return;
            }
        }
        vm.selected.set(now);
        rankShown();
    }

    /**
     * After the list is read again, the baankans in the form stays chosen (also one just saved for the first time),
     * so the actions and the ranked list act on what the coach sees.
     */
    private void keepChosen(TableView<BaankansViewModel.Row> table) {
        if (vm.unsavedProperty().get()) {
            return;
        }
        vm.rows.stream().filter(r -> r.baankans().id().equals(vm.form.id())).findFirst().ifPresent(row -> {
            reselecting = true;
            table.getSelectionModel().select(row);
            reselecting = false;
            vm.selected.set(row);
        });
    }

    private void startNew() {
        if (vm.unsavedProperty().get() && UnsavedDialog.ask(messages, UnsavedDialog.windowOf(root),
                java.util.List.of(vm.formName())) == UnsavedDialog.Choice.CANCEL) {
            return;
        }
        vm.selected.set(null);
        vm.startNew();
        tabs.getSelectionModel().selectFirst();
    }

    /** Ranks for the tab on screen only: matching reads every profile, so it runs when someone looks. */
    private void rankShown() {
        if (tabs == null) {
            return;
        }
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        if (shown == candidatesTab) {
            var row = vm.selected.get();
            if (row == null) {
                forBaankans.clear();
                forBaankans.message.set(messages.text("match.chooseBaankans"));
            } else {
                forBaankans.candidatesFor(row.baankans().id(), row.baankans().title());
            }
        } else if (shown == perCandidateTab) {
            if (choices.chosenId() == null) {
                forCandidate.clear();
                forCandidate.message.set(messages.text("match.chooseCandidate"));
            } else {
                forCandidate.baankansenFor(choices.chosenId(), choices.chosenName());
            }
        }
    }
}
