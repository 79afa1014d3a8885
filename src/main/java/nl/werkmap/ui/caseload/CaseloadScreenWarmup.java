package nl.werkmap.ui.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.sync.candidate.SyncMarks;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FxmlView;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.Theme;
import nl.werkmap.ui.common.UserPreferences;
import nl.werkmap.ui.common.ViewLoader;
import nl.werkmap.ui.common.WindowPlacement;

/**
 * A copy of the caseload screen that nobody sees, typed into while the coach types the passphrase. In a fresh JVM
 * the first few hundred keystrokes in the real search box are slow: JavaFX's styling, layout, text and drawing code
 * for the table's cells still runs interpreted while the JIT compiles it. This copy runs that same code (the same
 * view, cells, skin and stylesheets, in a scene of its own that is never shown) on made-up rows
 * ({@link WarmupRows}), so it is compiled before the coach's first search. The work comes in small steps
 * ({@link #step()}) for the FX thread to run between the coach's keys; {@link #close()} lets it all go.
 */
public final class CaseloadScreenWarmup {

    /** Enough rows that a letter or two leaves many, as in a real caseload. */
    private static final int ROWS = 1_500;
    private static final double WIDTH = 1_180;
    private static final double HEIGHT = 768;
    /** The table's header and one row's height (the fixed cell size of werkmap.css). */
    private static final double HEADER = 34;
    private static final double ROW = 36;
    private final int rowsShown;
    private final Messages messages;
    private final int keyCount;
    private final int drawEvery;

    private String keys;
    private int next;
    private int phase;
    private int keysShown;
    private Scene scene;
    private TextField search;
    private final Region probe = new Region();
    private final List<Runnable> assembly = new ArrayList<>();
    private TableView<CaseloadRow> table;
    private CaseloadViewModel vm;
    private WritableImage image;

    /**
     * Builds the unseen screen (rows, view, scene; no styling or layout yet), on any thread: nodes that are in no
     * shown window may be made anywhere, and this keeps the slowest part of a cold start off the FX thread.
     *
     * @param keys      how many keys to type
     * @param drawEvery draw the table after every so many keys (1: after each, as a pulse does)
     * @param rowsShown how many rows its table shows: fewer than the real one, so each step is shorter
     */
    public CaseloadScreenWarmup(Messages messages, int keys, int drawEvery, int rowsShown) {
        this.messages = messages;
        this.keyCount = keys;
        this.drawEvery = Math.max(1, drawEvery);
        this.rowsShown = Math.max(1, rowsShown);
        build();
    }

    /**
     * Does one small piece of the work on the FX thread: the first calls put the screen together part by part,
     * each later call types one key, runs a pulse or draws the table. Returns false once every key is typed (and
     * then lets the screen go).
     */
    public boolean step() {
        switch (phase) {
            case 0 -> {
                assembly.remove(0).run();
                pulse();
                phase = assembly.isEmpty() ? 3 : 0;
            }
            case 3 -> {
                if (next >= keys.length()) {
                    close();
                    return false;
                }
                type(keys.charAt(next++));
                phase = 4;
            }
            case 4 -> {
                pulse();
                keysShown++;
                phase = next % drawEvery == 0 ? 6 : 3;
            }
            case 6 -> {
                draw(table);
                phase = 3;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * What a pulse does to the screen after a key: the CSS pass over what changed, the layout pass, bounds and the
     * copy to the render graph. A snapshot of a small node runs exactly that for the whole scene (applyCss on the
     * root would restyle every node, which a pulse does not), then draws only that node.
     */
    private void pulse() {
        draw(probe);
    }

    /** How many keys were typed and laid out so far (tests). */
    int keysShown() {
        return keysShown;
    }

    /** The unseen search box's text (tests). */
    String box() {
        return search.getText();
    }

    /** The rows its table holds now (tests). */
    List<CaseloadRow> rows() {
        return List.copyOf(table.getItems());
    }

    /** The names its first table rows show now, as the name cells hold them (tests). */
    List<String> namesShown() {
        return table.lookupAll(".table-row-cell").stream()
                .filter(row -> row instanceof javafx.scene.control.TableRow<?> r && r.isVisible()
                        && r.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(row -> ((javafx.scene.control.TableRow<?>) row).getIndex()))
                .map(row -> ((NameCell) row.lookup(".table-cell")).shownName())
                .toList();
    }

    /** Lets the unseen screen and its rows go; later steps do nothing. */
    public void close() {
        phase = -1;
        scene = null;
        search = null;
        assembly.clear();
        table = null;
        vm = null;
        image = null;
    }

    private void build() {
        LocalDate today = LocalDate.now();
        List<CaseloadRow> rows = WarmupRows.rows(ROWS, today);
        keys = WarmupTyping.keys(rows.stream().map(CaseloadRow::displayName).toList(), keyCount);
        vm = new CaseloadViewModel(messages, Background.sameThread(), CaseloadScreenWarmup::noStore, new Nowhere(),
                new FixedPreferences(), () -> SyncMarks.NOT_LINKED);
        ViewLoader.Loaded<CaseloadController> view = new ViewLoader(messages).load(FxmlView.CASELOAD,
                new CaseloadController(vm, messages));
        Pane page = (Pane) view.root();
        search = (TextField) page.lookup("#search");
        @SuppressWarnings("unchecked")
        TableView<CaseloadRow> found = (TableView<CaseloadRow>) page.lookup("#table");
        table = found;
        vm.showMadeUp(CaseloadIndex.build(rows), today);
        // The screen goes together part by part, a pulse after each, so no single step styles and lays out all of it
        // (the first time, in a fresh JVM, that is the slowest step of all).
        List<Node> parts = new ArrayList<>(page.getChildren());
        page.getChildren().clear();
        for (Node part : parts) {
            if (part instanceof FlowPane filters) {
                List<Node> fields = new ArrayList<>(filters.getChildren());
                filters.getChildren().clear();
                assembly.add(() -> page.getChildren().add(filters));
                fields.forEach(field -> assembly.add(() -> filters.getChildren().add(field)));
            } else if (part == table) {
                // The table comes with one row and one column, then a column more each step, then a row more each
                // step up to its height: each cell kind is styled and laid out the first time in a step of its own.
                List<TableColumn<CaseloadRow, ?>> later = new ArrayList<>();
                for (TableColumn<CaseloadRow, ?> column : table.getColumns().subList(1, table.getColumns().size())) {
                    if (column.isVisible() && !column.visibleProperty().isBound()) {
                        column.setVisible(false);
                        later.add(column);
                    }
                }
                assembly.add(() -> {
                    table.setMaxHeight(HEADER + ROW);
                    page.getChildren().add(table);
                });
                later.forEach(column -> assembly.add(() -> column.setVisible(true)));
                for (int shown = 2; shown <= rowsShown; shown++) {
                    double high = HEADER + shown * ROW;
                    assembly.add(() -> table.setMaxHeight(high));
                }
            } else {
                assembly.add(() -> page.getChildren().add(part));
            }
        }
        // A pulse is a snapshot of this: nothing to draw, so only the scene's CSS, layout and sync run.
        probe.setManaged(false);
        probe.resize(1, 1);
        probe.setVisible(false);
        scene = new Scene(new StackPane(page, probe), WIDTH, HEIGHT);
        Theme.style(scene);
        phase = 0;
    }

    private void type(char key) {
        if (key == WarmupTyping.CLEAR) {
            search.selectAll();
            Event.fireEvent(search, pressed(KeyCode.BACK_SPACE));
        } else if (key == WarmupTyping.BACKSPACE) {
            Event.fireEvent(search, pressed(KeyCode.BACK_SPACE));
        } else {
            Event.fireEvent(search, new KeyEvent(null, search, KeyEvent.KEY_TYPED, String.valueOf(key), "",
                    KeyCode.UNDEFINED, false, false, false, false));
        }
    }

    private KeyEvent pressed(KeyCode code) {
        return new KeyEvent(null, search, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, code.getName(), code, false,
                false, false, false);
    }

    /**
     * Draws a node as the window's renderer would (a snapshot uses the same pipeline), into a reused image when it
     * fits, after the scene's CSS and layout passes.
     */
    private void draw(Node node) {
        int w = Math.max(1, (int) Math.ceil(node.getLayoutBounds().getWidth()));
        int h = Math.max(1, (int) Math.ceil(node.getLayoutBounds().getHeight()));
        if (image == null || image.getWidth() < w || image.getHeight() < h) {
            image = new WritableImage(Math.max(w, image == null ? 1 : (int) image.getWidth()),
                    Math.max(h, image == null ? 1 : (int) image.getHeight()));
        }
        node.snapshot(null, image);
    }

    /** The warm-up has no caseload: nothing may ask for one. */
    private static CaseloadStore noStore() {
        throw new IllegalStateException("the warm-up has no caseload");
    }

    /** Settings as they are by default; the warm-up changes none. */
    private static final class FixedPreferences implements UserPreferences {
        private final StringProperty language = new SimpleStringProperty("nl");
        private final IntegerProperty idle = new SimpleIntegerProperty(10);
        private final IntegerProperty weeks = new SimpleIntegerProperty(6);
        private final ObjectProperty<WindowPlacement> placement = new SimpleObjectProperty<>();

        @Override
        public StringProperty languageProperty() {
            return language;
        }

        @Override
        public IntegerProperty idleLockMinutesProperty() {
            return idle;
        }

        @Override
        public IntegerProperty uitBeeldWeeksProperty() {
            return weeks;
        }

        @Override
        public ObjectProperty<WindowPlacement> windowPlacementProperty() {
            return placement;
        }
    }

    /** Goes nowhere: the unseen screen is never clicked. */
    private static final class Nowhere implements Navigator {
        @Override
        public void showCaseload() {
        }

        @Override
        public void showAgenda() {
        }

        @Override
        public void showEmployers() {
        }

        @Override
        public void showReport() {
        }

        @Override
        public void openCandidate(UUID candidateId) {
        }

        @Override
        public void newCandidate() {
        }

        @Override
        public void logSession(UUID candidateId) {
        }

        @Override
        public void lockNow() {
        }

        @Override
        public void status(String text) {
        }

        @Override
        public void caseloadChanged() {
        }
    }
}
