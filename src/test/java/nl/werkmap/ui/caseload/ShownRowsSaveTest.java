package nl.werkmap.ui.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * After any sequence of saves (a name change that moves the row, a change that makes it leave or join the search
 * or the warnings filter, a warning that comes or goes, a candidate added or deleted), told to the list one by one
 * or several at once (saved while the list was hidden), the list shows what a fresh read of the whole caseload
 * shows, under every sort; the changes it sends replay to that list; one save sends at most two steps.
 */
class ShownRowsSaveTest {

    private static final String[] GIVEN = {"Jan", "Janneke", "Fatima", "Mohamed", "Sanne", "Sem", "Eva", "Noah",
        "Ömer", "Anna", "Bram", "Yusuf", "Zoë"};
    private static final String[] SURNAME = {"de Vries", "Jansen", "Öztürk", "El-Amrani", "van den Berg", "Bakker",
        "Smit", "Visser", "Bos"};
    private static final List<String> WARNINGS = List.of("contact.warning.TE_LANG_GEEN_CONTACT");

    private final Random random = new Random(13);
    private int serial;

    /** A row with a name no other row folds to, so a fresh read has one order (ties by name are the index's own). */
    private CaseloadRow row(UUID id) {
        String name = GIVEN[random.nextInt(GIVEN.length)] + " " + SURNAME[random.nextInt(SURNAME.length)] + " "
                + (10_000 + serial++);
        LocalDate contact = random.nextInt(5) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
        return new CaseloadRow(id, name, CandidateStatus.ACTIEF_TRAJECT, null, null, RegisterStatus.NEE, List.of(),
                contact, random.nextInt(101), random.nextInt(3) == 0 ? WARNINGS : List.of(), false, name);
    }

    /** What a save changes: the name, the contact date, the completeness or the warnings; one at a time. */
    private CaseloadRow saved(CaseloadRow r) {
        CaseloadRow fresh = row(r.id());
        return switch (random.nextInt(4)) {
            case 0 -> new CaseloadRow(r.id(), fresh.displayName(), r.status(), null, null, r.registerStatus(),
                    List.of(), r.lastContact(), r.completeness(), r.warningKeys(), false, fresh.fullName());
            case 1 -> new CaseloadRow(r.id(), r.displayName(), r.status(), null, null, r.registerStatus(),
                    List.of(), fresh.lastContact(), r.completeness(), r.warningKeys(), false, r.fullName());
            case 2 -> new CaseloadRow(r.id(), r.displayName(), r.status(), null, null, r.registerStatus(),
                    List.of(), r.lastContact(), fresh.completeness(), r.warningKeys(), false, r.fullName());
            default -> new CaseloadRow(r.id(), r.displayName(), r.status(), null, null, r.registerStatus(),
                    List.of(), r.lastContact(), r.completeness(), r.hasWarnings() ? List.of() : WARNINGS, false,
                    r.fullName());
        };
    }

    private static List<CaseloadRow> freshRead(List<CaseloadRow> rows, Comparator<CaseloadRow> by, String box,
                                               CaseloadFilter filter) {
        CaseloadIndex index = CaseloadIndex.build(rows);
        ShownRows fresh = new ShownRows();
        fresh.sortBy(by);
        fresh.show(index, index.positions(index.filter(box, filter)));
        return List.copyOf(fresh);
    }

    private static List<Comparator<CaseloadRow>> sorts() {
        List<Comparator<CaseloadRow>> sorts = new ArrayList<>();
        sorts.add(null);
        sorts.add(Comparator.comparing(CaseloadRow::lastContact, Comparator.nullsFirst(Comparator.naturalOrder())));
        sorts.add(Comparator.comparingInt((CaseloadRow r) -> r.warningKeys().size()).reversed());
        sorts.add(Comparator.comparingInt(CaseloadRow::completeness));
        return sorts;
    }

    @Test
    void savesShowWhatAFreshReadShowsUnderEverySortAndSearch() {
        String[] boxes = {"", "jan", "sem vis"};
        CaseloadFilter[] filters = {CaseloadFilter.ANY, CaseloadFilter.ANY.withOnlyWarnings(true)};
        int checked = 0;
        List<Comparator<CaseloadRow>> sorts = sorts();
        for (int sort = 0; sort < sorts.size(); sort++) {
            Comparator<CaseloadRow> by = sorts.get(sort);
            for (String box : boxes) {
                for (CaseloadFilter filter : filters) {
                    List<CaseloadRow> rows = new ArrayList<>();
                    for (int i = 0; i < 150; i++) {
                        rows.add(row(UUID.randomUUID()));
                    }
                    CaseloadIndex index = CaseloadIndex.build(rows);
                    ShownRows shown = new ShownRows();
                    List<CaseloadRow> replayed = new ArrayList<>();
                    int[] steps = new int[1];
                    shown.addListener((ListChangeListener<CaseloadRow>) c -> {
                        steps[0] = ((RowsChange) c).steps();
                        ShownRowsTest.replay(c, replayed);
                    });
                    shown.sortBy(by);
                    shown.show(index, index.positions(index.filter(box, filter)));
                    for (int save = 0; save < 20; save++) {
                        // Mostly one save at a time; now and then several while the list was hidden.
                        int together = random.nextInt(6) == 0 ? 2 + random.nextInt(3) : 1;
                        Set<UUID> changed = new LinkedHashSet<>();
                        for (int k = 0; k < together; k++) {
                            int what = random.nextInt(20);
                            if (what == 0) {
                                CaseloadRow added = row(UUID.randomUUID());
                                rows.add(added);
                                index = index.replaced(added.id(), added);
                                changed.add(added.id());
                            } else {
                                int at = random.nextInt(rows.size());
                                UUID id = rows.get(at).id();
                                CaseloadRow next = what == 1 ? null : saved(rows.get(at));
                                if (next == null) {
                                    rows.remove(at);
                                } else {
                                    rows.set(at, next);
                                }
                                index = index.replaced(id, next);
                                changed.add(id);
                            }
                        }
                        steps[0] = 0;
                        shown.show(index, index.positions(index.filter(box, filter)), changed);
                        String where = "sort " + sort + ", box '" + box + "', " + filter
                                + ", save " + save;
                        assertEquals(freshRead(rows, by, box, filter), List.copyOf(shown), where);
                        assertEquals(List.copyOf(shown), replayed, "replayed, " + where);
                        assertTrue(steps[0] <= 2 * together, steps[0] + " steps for " + together + " saves");
                        checked++;
                    }
                }
            }
        }
        assertEquals(4 * 3 * 2 * 20, checked);
    }

    @Test
    void aSavedRowThatStaysInPlaceIsOneRemovalAndOneAdditionThere() {
        List<CaseloadRow> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(row(UUID.randomUUID()));
        }
        CaseloadIndex index = CaseloadIndex.build(rows);
        ShownRows shown = new ShownRows();
        List<ListChangeListener.Change<? extends CaseloadRow>> heard = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        shown.addListener((ListChangeListener<CaseloadRow>) c -> {
            heard.add(c);
            while (c.next()) {
                ranges.add(new int[] {c.getFrom(), c.getTo(), c.getRemovedSize()});
            }
        });
        shown.show(index, index.positions(index.filter("", CaseloadFilter.ANY)));
        heard.clear();
        ranges.clear();
        CaseloadRow before = shown.get(20);
        CaseloadRow after = new CaseloadRow(before.id(), before.displayName(), before.status(), null, null,
                before.registerStatus(), List.of(), before.lastContact(), 99, WARNINGS, false, before.fullName());
        CaseloadIndex saved = index.replaced(before.id(), after);
        shown.show(saved, saved.positions(saved.filter("", CaseloadFilter.ANY)), Set.of(before.id()));
        assertEquals(1, heard.size());
        assertEquals(2, ranges.size());
        assertEquals(List.of(20, 20, 1), List.of(ranges.get(0)[0], ranges.get(0)[1], ranges.get(0)[2]));
        assertEquals(List.of(20, 21, 0), List.of(ranges.get(1)[0], ranges.get(1)[1], ranges.get(1)[2]));
        assertEquals(after, shown.get(20));
    }

    @Test
    void sortingAgainWhenNoRowMovesSendsNothing() {
        List<CaseloadRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(row(UUID.randomUUID()));
        }
        CaseloadIndex index = CaseloadIndex.build(rows);
        ShownRows shown = new ShownRows();
        int[] heard = new int[1];
        shown.addListener((ListChangeListener<CaseloadRow>) c -> heard[0]++);
        shown.show(index, index.positions(index.filter("", CaseloadFilter.ANY)));
        List<CaseloadRow> before = List.copyOf(shown);
        heard[0] = 0;
        shown.resort();
        shown.sortBy(Comparator.comparingInt(CaseloadRow::completeness));
        assertEquals(1, heard[0], "the sort itself is heard");
        List<CaseloadRow> sorted = List.copyOf(shown);
        shown.resort();
        assertEquals(1, heard[0], "sorting again without a move is not");
        assertEquals(sorted, List.copyOf(shown));
        shown.sortBy(null);
        assertEquals(before, List.copyOf(shown));
    }

    @Test
    void aWholeNewReadIsShownAsANewList() {
        List<CaseloadRow> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row(UUID.randomUUID()));
        }
        CaseloadIndex index = CaseloadIndex.build(rows);
        ShownRows shown = new ShownRows();
        shown.show(index, index.positions(index.filter("", CaseloadFilter.ANY)));
        // Another read of the same rows: new objects, so a save's set of changed rows does not cover it.
        CaseloadIndex reread = CaseloadIndex.build(new ArrayList<>(rows.stream().map(r -> new CaseloadRow(r.id(),
                r.displayName(), r.status(), null, null, r.registerStatus(), List.of(), r.lastContact(),
                r.completeness(), r.warningKeys(), false, r.fullName())).toList()));
        shown.show(reread, reread.positions(reread.filter("", CaseloadFilter.ANY)), Set.of(rows.get(0).id()));
        assertEquals(reread.all(), List.copyOf(shown));
        assertTrue(shown.get(0) == reread.all().get(0), "the rows of the new read are shown");
    }
}
