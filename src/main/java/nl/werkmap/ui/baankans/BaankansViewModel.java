package nl.werkmap.ui.baankans;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.match.BaankansStatus;
import nl.werkmap.service.BaankansService;
import nl.werkmap.service.RefusedException;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FormProblems;
import nl.werkmap.ui.common.InputState;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.UnsavedForm;

/**
 * The Baankansen screen's list and form: the team's baankansen per employer with their status, and a form to add
 * or correct one. End (ingevuld, vervallen), open again and delete each write one change-logged transaction and can
 * be undone once (Ctrl+Z). Reading and writing run on the background lanes; the screen stays usable meanwhile.
 */
public final class BaankansViewModel implements UnsavedForm {

    /** One line of the list: the baankans with its employer's name. */
    public record Row(Baankans baankans, String employerName) {
    }

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final Navigator navigator;
    private final BaankansService service;

    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final ObservableList<Employer> employers = FXCollections.observableArrayList();
    /** The employer the list is narrowed to; null shows every employer's baankansen. */
    final ObjectProperty<Employer> employerFilter = new SimpleObjectProperty<>();
    final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    final BaankansForm form = new BaankansForm();
    final FormProblems problems;
    final InputState input;
    final StringProperty formTitle = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty(false);
    /** "Keukenhulp verwijderd." while the last delete or status change can be undone; empty otherwise. */
    final StringProperty undoText = new SimpleStringProperty("");
    private Baankans undoTo;
    private List<Row> all = List.of();

    public BaankansViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                             Navigator navigator) {
        this.messages = messages;
        this.background = background;
        this.store = store;
        this.navigator = navigator;
        this.service = new BaankansService(store);
        this.problems = new FormProblems(messages);
        form.startNew(RecordIds.next(), null);
        this.input = new InputState(() -> form.typed(new java.util.ArrayList<>()), form.watched());
        for (var o : form.watched()) {
            o.addListener(obs -> problems.update(form.problems()));
        }
        selected.addListener((obs, old, now) -> {
            if (now != null) {
                edit(now);
            }
        });
        employerFilter.addListener((obs, old, now) -> applyFilter());
        startNew();
    }

    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return input.unsavedProperty();
    }

    @Override
    public String formName() {
        return messages.text("baankans.title");
    }

    @Override
    public void saveNow(Consumer<Boolean> done) {
        save(done);
    }

    /** Reads employers and baankansen again (bulk lane: the list may be long). */
    public void reload() {
        background.call(() -> {
            CaseloadStore s = store.get();
            List<Employer> es = nl.werkmap.ui.employer.EmployerList.byName(s);
            Map<UUID, String> names = new HashMap<>();
            es.forEach(e -> names.put(e.id(), e.name()));
            List<Row> list = s.baankansen().all().stream()
                    .map(b -> new Row(b, names.getOrDefault(b.employerId(), "")))
                    .sorted(Comparator.comparing(Row::employerName, String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(r -> r.baankans().status())
                            .thenComparing(r -> String.valueOf(r.baankans().title()), String.CASE_INSENSITIVE_ORDER))
                    .toList();
            return new Object[] {es, list};
        }).inBulkLane().onSuccess(result -> {
            @SuppressWarnings("unchecked")
            List<Employer> es = (List<Employer>) result[0];
            @SuppressWarnings("unchecked")
            List<Row> list = (List<Row>) result[1];
            Employer filter = employerFilter.get();
            employers.setAll(es);
            employerFilter.set(filter == null ? null
                    : es.stream().filter(e -> e.id().equals(filter.id())).findFirst().orElse(null));
            all = list;
            applyFilter();
        }).onError(e -> fail(messages.format("baankans.loadFailed", Background.reason(messages, e)))).start();
    }

    private void applyFilter() {
        Employer filter = employerFilter.get();
        rows.setAll(filter == null ? all
                : all.stream().filter(r -> r.baankans().employerId().equals(filter.id())).toList());
    }

    void startNew() {
        form.startNew(RecordIds.next(), employerFilter.get());
        formTitle.set(messages.text("baankans.form.new"));
        cleanForm();
    }

    private void edit(Row row) {
        // The same baankans read again (after a save or an end): the outcome line stays; another one starts clean.
        boolean same = row.baankans().id().equals(form.id());
        String said = message.get();
        boolean saidFailed = failed.get();
        form.fill(row.baankans(), employers.stream().filter(e -> e.id().equals(row.baankans().employerId()))
                .findFirst().orElse(null));
        formTitle.set(messages.format("baankans.form.edit", messages.enumText(row.baankans().status())));
        cleanForm();
        if (same) {
            message.set(said);
            failed.set(saidFailed);
        }
    }

    private void cleanForm() {
        problems.reset();
        problems.update(form.problems());
        message.set("");
        failed.set(false);
        input.markClean();
    }

    void save() {
        save(ok -> { });
    }

    private void save(Consumer<Boolean> done) {
        problems.markAttempted();
        List<nl.werkmap.domain.validation.ValidationProblem> found = form.problems();
        problems.update(found);
        if (!found.isEmpty()) {
            fail(messages.text("baankans.hasProblems"));
            done.accept(false);
            return;
        }
        Baankans typed = form.typed(new java.util.ArrayList<>());
        background.run(() -> service.save(typed)).onSuccess(v -> {
            input.markClean();
            failed.set(false);
            message.set(messages.format("baankans.saved", typed.title()));
            navigator.status(message.get());
            formTitle.set(messages.format("baankans.form.edit", messages.enumText(typed.status())));
            done.accept(true);
            reload();
        }).onError(e -> {
            if (e instanceof RefusedException refused) {
                problems.update(refused.problems());
                fail(messages.text("baankans.hasProblems"));
            } else {
                fail(messages.format("tab.saveFailed", Background.reason(messages, e)));
            }
            done.accept(false);
        }).start();
    }

    /** Ingevuld, vervallen, or open again; undoable once. */
    void changeStatus(BaankansStatus status) {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        background.call(() -> service.changeStatus(row.baankans().id(), status)).onSuccess(was -> {
            undoTo = was;
            String text = messages.format("baankans.statusChanged", was.title(), messages.enumText(status));
            undoText.set(text);
            navigator.status(text);
            formTitle.set(messages.format("baankans.form.edit", messages.enumText(status)));
            reload();
        }).onError(e -> fail(messages.format("tab.saveFailed", Background.reason(messages, e)))).start();
    }

    /** Deletes (a change-logged tombstone that syncs) and offers the undo. */
    void delete() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        background.call(() -> service.delete(row.baankans().id())).onSuccess(was -> {
            undoTo = was;
            String text = messages.format("undo.deleted", was.title());
            undoText.set(text);
            navigator.status(text);
            selected.set(null);
            startNew();
            reload();
        }).onError(e -> fail(messages.format("tab.deleteFailed", Background.reason(messages, e)))).start();
    }

    /** Brings the baankans back as it was before the last delete or status change. */
    void undo() {
        Baankans was = undoTo;
        if (was == null) {
            return;
        }
        undoTo = null;
        background.run(() -> service.restore(was)).onSuccess(v -> {
            undoText.set("");
            navigator.status(messages.text("undo.done"));
            reload();
        }).onError(e -> {
            undoTo = was;
            fail(messages.format("undo.failed", Background.reason(messages, e)));
        }).start();
    }

    private void fail(String text) {
        failed.set(true);
        message.set(text);
    }
}
