package nl.werkmap.ui.retention;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import nl.werkmap.domain.DutchDates;
import nl.werkmap.service.erasure.RetentionItem;
import nl.werkmap.ui.common.Messages;

/**
 * The "Bewaartermijnen" sheet: the files past their retention date (each with "Wissen…"), those due within 90
 * days, and the confirmation that names the candidate, says where the erasure reaches and that it cannot be undone,
 * asks for the legal reason when needed and a ticked box before "Voorgoed wissen" works.
 */
public final class RetentionSheet {

    private RetentionSheet() {
    }

    public static StackPane build(RetentionViewModel vm, Messages messages, Runnable close) {
        Label title = new Label(messages.text("retention.title"));
        title.getStyleClass().add("title");
        Label summary = new Label();
        summary.setWrapText(true);
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label dueTitle = new Label();
        dueTitle.getStyleClass().add("form-label");
        dueTitle.setStyle("-fx-font-weight: bold;");
        dueTitle.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("retention.due", vm.due().size()), vm.due()));
        TableView<RetentionItem> due = table(vm, messages, vm.due(), true);
        due.setId("retentionDue");
        due.setPlaceholder(new Label(messages.text("retention.none")));
        Label soonTitle = new Label();
        soonTitle.getStyleClass().add("form-label");
        soonTitle.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("retention.soon", vm.soon().size()), vm.soon()));
        TableView<RetentionItem> soon = table(vm, messages, vm.soon(), false);
        soon.setId("retentionSoon");
        soon.setPrefHeight(130);
        soon.setPlaceholder(new Label(messages.text("retention.noneSoon")));
        // While a confirmation is open, the list of who follows later makes room for it.
        for (javafx.scene.Node later : java.util.List.of(soonTitle, soon)) {
            later.visibleProperty().bind(vm.confirmingProperty().isNull());
            later.managedProperty().bind(later.visibleProperty());
        }
        Label message = new Label();
        message.setId("retentionMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Button closeButton = new Button(messages.text("retention.close"));
        closeButton.setId("retentionClose");
        closeButton.setOnAction(e -> close.run());
        HBox actions = new HBox(12, message, new Region(), closeButton);
        HBox.setHgrow(actions.getChildren().get(1), Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(10, title, summary, dueTitle, due, soonTitle, soon, confirmation(vm, messages), actions);
        card.getStyleClass().addAll("card", "sheet");
        card.setMaxWidth(980);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(due, Priority.ALWAYS);
        StackPane backdrop = new StackPane(card);
        backdrop.getStyleClass().add("sheet-backdrop");
        backdrop.setId("retentionSheet");
        return backdrop;
    }

    private static TableView<RetentionItem> table(RetentionViewModel vm, Messages messages,
                                                  ObservableList<RetentionItem> items, boolean erasable) {
        TableView<RetentionItem> table = new TableView<>(items);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(230);
        table.getColumns().add(column(messages.text("retention.column.name"), 220, vm::name));
        table.getColumns().add(column(messages.text("retention.column.coach"), 150,
                i -> i.coachName() == null ? "" : i.coachName()));
        table.getColumns().add(column(messages.text("retention.column.end"), 110,
                i -> DutchDates.date(i.trajectoryEnd())));
        table.getColumns().add(column(messages.text("retention.column.until"), 110,
                i -> DutchDates.date(i.retentionDate())));
        table.getColumns().add(column(messages.text("retention.column.note"), 170, i -> (i.uwvFunded()
                ? messages.text("retention.note.uwv") + " " : "") + (i.deleted() ? messages.text("retention.note.deleted")
                : "")));
        if (erasable) {
            TableColumn<RetentionItem, RetentionItem> action = new TableColumn<>("");
            action.setMinWidth(110);
            action.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
            action.setCellFactory(c -> new TableCell<>() {
                private final Button erase = new Button(messages.text("retention.erase"));

                @Override
                protected void updateItem(RetentionItem item, boolean empty) {
                    super.updateItem(item, empty);
                    if (empty || item == null) {
                        setGraphic(null);
                    } else {
                        erase.setOnAction(e -> vm.askErase(item));
                        setGraphic(erase);
                    }
                }
            });
            table.getColumns().add(action);
        }
        return table;
    }

    private static TableColumn<RetentionItem, String> column(String title, double width,
                                                             java.util.function.Function<RetentionItem, String> text) {
        TableColumn<RetentionItem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    private static VBox confirmation(RetentionViewModel vm, Messages messages) {
        Label heading = new Label(messages.text("retention.confirm.title"));
        heading.setStyle("-fx-font-weight: bold;");
        Label text = new Label();
        text.setId("retentionConfirmText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(Bindings.createStringBinding(() -> vm.confirmingProperty().get() == null ? ""
                : messages.format("retention.confirm.text", vm.name(vm.confirmingProperty().get()),
                vm.reachesHub() ? messages.text("retention.confirm.synced") : ""), vm.confirmingProperty()));
        Label reasonLabel = new Label(messages.text("retention.confirm.reason"));
        reasonLabel.getStyleClass().add("form-label");
        TextField reason = new TextField();
        reason.setId("retentionReason");
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        reasonLabel.setLabelFor(reason);
        CheckBox check = new CheckBox(messages.text("retention.confirm.check"));
        check.setId("retentionConfirmCheck");
        check.setWrapText(true);
        check.selectedProperty().bindBidirectional(vm.confirmedProperty());
        Button erase = new Button(messages.text("retention.confirm.erase"));
        erase.setId("retentionConfirmErase");
        erase.getStyleClass().add("danger");
        erase.disableProperty().bind(vm.confirmedProperty().not().or(vm.busyProperty()));
        erase.setOnAction(e -> vm.confirmErase());
        Button cancel = new Button(messages.text("retention.confirm.cancel"));
        cancel.setId("retentionConfirmCancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox buttons = new HBox(12, erase, cancel);
        VBox box = new VBox(8, heading, text, reasonLabel, reason, check, buttons);
        box.setId("retentionConfirm");
        box.setStyle("-fx-border-color: #c0392b; -fx-border-width: 2; -fx-border-radius: 6; -fx-padding: 12;"
                + " -fx-background-color: #fdf2f1; -fx-background-radius: 6;");
        box.visibleProperty().bind(vm.confirmingProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
