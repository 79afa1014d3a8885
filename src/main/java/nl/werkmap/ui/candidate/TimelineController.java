package nl.werkmap.ui.candidate;

import javafx.fxml.FXML;
import javafx.scene.control.TableView;

import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.Messages;

/** Binds the timeline tab. */
public final class TimelineController {

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    private final TimelineViewModel vm;
    private final Messages messages;
    private final Dates dates;

    @FXML private TableView<TimelineViewModel.Entry> entries;

    public TimelineController(TimelineViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new Dates(messages);
    }

    @FXML
    private void initialize() {
        Columns.text(entries, messages.text("timeline.col.date"), 100, e -> dates.format(e.date()));
        Columns.text(entries, messages.text("timeline.col.time"), 60,
                e -> e.time() == null ? "" : TIME.format(e.time()));
        Columns.text(entries, messages.text("timeline.col.kind"), 170, TimelineViewModel.Entry::kind);
        Columns.text(entries, messages.text("timeline.col.what"), 560, TimelineViewModel.Entry::text);
        Columns.text(entries, messages.text("timeline.col.who"), 180, TimelineViewModel.Entry::who);
        entries.setItems(vm.entries);
    }
}
