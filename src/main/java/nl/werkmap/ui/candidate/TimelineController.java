package nl.werkmap.ui.candidate;

import javafx.fxml.FXML;
import javafx.scene.control.TableView;

import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.Messages;

/** Binds the timeline tab. */
public final class TimelineController {

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
        Columns.text(entries, messages.text("timeline.col.kind"), 190, TimelineViewModel.Entry::kind);
        Columns.text(entries, messages.text("timeline.col.what"), 700, TimelineViewModel.Entry::text);
        entries.setItems(vm.entries);
    }
}
