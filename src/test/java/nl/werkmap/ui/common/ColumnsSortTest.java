package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A click on a column header sorts dates as dates and day counts as numbers, in every table built by Columns. */
class ColumnsSortTest {

    record Row(LocalDate day, long days) {
    }

    private static final Dates DUTCH = new Dates(Messages.dutch());

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private static final List<Row> ROWS = List.of(new Row(LocalDate.of(2026, 6, 1), 1022),
            new Row(LocalDate.of(2025, 5, 2), 275), new Row(LocalDate.of(2025, 12, 24), 9),
            new Row(null, 31));

    private static <T> List<String> sortedBy(TableView<Row> table, TableColumn<Row, T> column,
                                             TableColumn.SortType type) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            column.setSortType(type);
            table.getSortOrder().setAll(column);
            table.sort();
            return table.getItems().stream().map(r -> column.getCellObservableValue(r).getValue())
                    .map(v -> v == null ? "" : String.valueOf(v)).toList();
        }).get();
    }

    @Test
    void textColumnsOfDatesAndDaysSortByValue() throws Exception {
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(ROWS));
        TableColumn<Row, String> date = Columns.text(table, "Datum", 100, r -> DUTCH.format(r.day()));
        TableColumn<Row, String> days = Columns.text(table, "Geleden", 100, r -> String.format(Locale.forLanguageTag(
                "nl"), "%,d dagen", r.days()));
        assertEquals(List.of("02-05-2025", "24-12-2025", "01-06-2026", ""),
                sortedBy(table, date, TableColumn.SortType.ASCENDING).stream().map(ColumnsSortTest::fourDigitYear)
                        .toList());
        assertEquals(List.of("9 dagen", "31 dagen", "275 dagen", "1.022 dagen"),
                sortedBy(table, days, TableColumn.SortType.ASCENDING));
        assertEquals(List.of("1.022 dagen", "275 dagen", "31 dagen", "9 dagen"),
                sortedBy(table, days, TableColumn.SortType.DESCENDING));
    }

    @Test
    void typedColumnsSortByTheirValueAndShowTheirText() throws Exception {
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(ROWS));
        TableColumn<Row, LocalDate> date = Columns.sorted(table, "Datum", 100, Row::day, DUTCH::format);
        TableColumn<Row, Long> days = Columns.sorted(table, "Geleden", 100, Row::days, d -> d + " dagen");
        assertEquals(List.of("2025-05-02", "2025-12-24", "2026-06-01", ""),
                sortedBy(table, date, TableColumn.SortType.ASCENDING));
        assertEquals(List.of("9", "31", "275", "1022"), sortedBy(table, days, TableColumn.SortType.ASCENDING));
    }

    @Test
    void valueOrderReadsWhatTheScreensPrint() {
        List<String> shown = new java.util.ArrayList<>(List.of("85%", "9%", "100%", "", "nooit", "12,5 uur",
                "3 uur", "1-6-2026 14:30", "1-6-2026 09:05", "2/5/25"));
        shown.sort(ValueOrder.INSTANCE);
        assertEquals(List.of("2/5/25", "1-6-2026 09:05", "1-6-2026 14:30", "3 uur", "9%", "12,5 uur", "85%",
                "100%", "nooit", ""), shown);
        assertEquals(1022.0, ValueOrder.number("1.022"));
        assertEquals(1022.0, ValueOrder.number("1,022"));
        assertEquals(24.5, ValueOrder.number("24,5"));
        assertEquals(0.125, ValueOrder.number("0.125"));
        assertEquals(1234.5, ValueOrder.number("1.234,5"));
    }

    /** The JDK's short Dutch date may print a two- or four-digit year; the order is what is tested. */
    private static String fourDigitYear(String shown) {
        if (shown.isEmpty()) {
            return shown;
        }
        String[] p = shown.split("-");
        String year = p[2].length() == 2 ? "20" + p[2] : p[2];
        return String.format("%02d-%02d-%s", Integer.parseInt(p[0]), Integer.parseInt(p[1]), year);
    }
}
