package nl.werkmap.ui.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * What the caseload list shows is what a plain filter of the rows and a plain stable sort give, at every keystroke of
 * names typed, corrected, cleared and typed again, under each sort (name, last contact, warnings, reversed); and the
 * changes it sends, replayed on a copy, give that same list. A keystroke that drops one row sends one step.
 */
class ShownRowsTest {

    private static final String[] GIVEN = {"Jan", "Janneke", "Fatima", "Fátima", "Mohamed", "Sanne", "Sem", "Eva",
        "Noah", "Ömer", "Anna", "Ank", "Bram", "Jeroen", "Yusuf", "Zoë"};
    private static final String[] SURNAME = {"de Vries", "Jansen", "Öztürk", "El-Amrani", "van den Berg", "Bakker",
        "Smit", "de Jong", "Visser", "Janssens", "Bos", "Meijer"};

    static List<CaseloadRow> rows(int count, long seed) {
        Random random = new Random(seed);
        List<CaseloadRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String name = given + " " + SURNAME[random.nextInt(SURNAME.length)];
            List<String> warnings = switch (random.nextInt(4)) {
                case 0 -> List.of("contact.warning.TE_LANG_GEEN_CONTACT");
                case 1 -> List.of("contact.warning.TE_LANG_GEEN_CONTACT", "proefplaatsing.ending");
                default -> List.of();
            };
            LocalDate contact = random.nextInt(5) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
            rows.add(new CaseloadRow(UUID.randomUUID(), name, CandidateStatus.ACTIEF_TRAJECT, null, null,
                    RegisterStatus.NEE, List.of(), contact, random.nextInt(101), warnings, false, name));
        }
        return rows;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
    }

    private static final Map<CaseloadRow, List<String>> WORDS = new IdentityHashMap<>();
    private static final Map<CaseloadRow, String> NAME_KEY = new IdentityHashMap<>();

    /** The reference: every typed word starts a word of the name, checked row by row without the index. */
    private static boolean matches(CaseloadRow row, String box) {
        List<String> words = WORDS.computeIfAbsent(row, r -> Arrays.asList(
                fold(r.displayName() + " " + r.fullName()).split("[^\\p{L}\\p{N}]+")));
        for (String typed : fold(box).split("[^\\p{L}\\p{N}]+")) {
            if (!typed.isEmpty() && words.stream().noneMatch(w -> w.startsWith(typed))) {
                return false;
            }
        }
        return true;
    }

    private static List<CaseloadRow> expected(List<CaseloadRow> rows, String box, Comparator<CaseloadRow> by) {
        List<CaseloadRow> byName = new ArrayList<>(rows);
        byName.sort(Comparator.comparing(r -> NAME_KEY.computeIfAbsent(r, x -> fold(x.displayName()))));
        List<CaseloadRow> found = new ArrayList<>(byName.stream().filter(r -> matches(r, box)).toList());
        if (by != null) {
            found.sort(by);
        }
        return found;
    }

    private static List<String> typing() {
        List<String> boxes = new ArrayList<>();
        for (String text : new String[] {"jan", "janq", "jan", "jan ber", "jan be", "", "oztu", "ozt", "ozt fa",
            "", "fatima el", "f", "", "s", "se", "sem jo", "sem j", "", "zzz", "", "a", "an", "ank", "anna"}) {
            boxes.add(text);
        }
        return boxes;
    }

    @Test
    void showsWhatAPlainFilterAndSortShowUnderEverySort() {
        List<CaseloadRow> rows = rows(1_500, 7);
        CaseloadIndex index = CaseloadIndex.build(rows);
        ShownRows shown = new ShownRows();
        List<CaseloadRow> replayed = new ArrayList<>();
        shown.addListener((ListChangeListener<CaseloadRow>) c -> replay(c, replayed));

        List<Comparator<CaseloadRow>> sorts = new ArrayList<>();
        sorts.add(null);
        sorts.add(Comparator.comparing(CaseloadRow::lastContact, Comparator.nullsFirst(Comparator.naturalOrder())));
        // The warnings column sorts on how many warnings a row has, most first when reversed.
        sorts.add(Comparator.comparingInt((CaseloadRow r) -> r.warningKeys().size()).reversed());
        sorts.add(Comparator.comparingInt(CaseloadRow::completeness));
        for (Comparator<CaseloadRow> by : sorts) {
            shown.sortBy(by);
            for (String box : typing()) {
                shown.show(index, index.positions(index.filter(box, CaseloadFilter.ANY)));
                List<CaseloadRow> want = expected(rows, box, by);
                assertEquals(want, List.copyOf(shown), "box '" + box + "'");
                assertEquals(want, replayed, "the changes replayed, box '" + box + "'");
            }
            // Sorting with text in the box keeps the rows and puts them in the new order.
            shown.show(index, index.positions(index.filter("jan", CaseloadFilter.ANY)));
        }
        shown.sortBy(null);
        assertEquals(expected(rows, "jan", null), List.copyOf(shown));
        assertEquals(List.copyOf(shown), replayed);
    }

    @Test
    void aNewIndexAndANarrowerResultSendSmallChanges() {
        List<CaseloadRow> rows = rows(400, 11);
        CaseloadIndex index = CaseloadIndex.build(rows);
        ShownRows shown = new ShownRows();
        List<CaseloadRow> replayed = new ArrayList<>();
        int[] steps = new int[1];
        shown.addListener((ListChangeListener<CaseloadRow>) c -> {
            steps[0] = c instanceof RowsChange r ? r.steps() : -1;
            replay(c, replayed);
        });
        shown.show(index, index.positions(index.filter("", CaseloadFilter.ANY)));
        assertEquals(1, steps[0], "the first rows come as one addition");

        // One row leaves: one removal step, every other row stays where it was.
        CaseloadRow gone = shown.get(17);
        int[] positions = index.positions(index.filter("", CaseloadFilter.ANY));
        int[] fewer = Arrays.stream(positions).filter(p -> p != 17).toArray();
        shown.show(index, fewer);
        assertEquals(1, steps[0]);
        assertTrue(!shown.contains(gone));
        assertEquals(List.copyOf(shown), replayed);

        // The same result again sends nothing.
        steps[0] = 0;
        shown.show(index, fewer.clone());
        assertEquals(0, steps[0]);

        // A saved row makes a new index: the list follows it.
        CaseloadRow first = index.all().get(0);
        CaseloadRow renamed = new CaseloadRow(first.id(), "Aaron Aalders", first.status(), null, null,
                first.registerStatus(), List.of(), first.lastContact(), 10, List.of(), false, "Aaron Aalders");
        CaseloadIndex saved = index.replaced(first.id(), renamed);
        shown.show(saved, saved.positions(saved.filter("", CaseloadFilter.ANY)));
        assertEquals(saved.all(), List.copyOf(shown));
        assertEquals(List.copyOf(shown), replayed);
    }

    /** Applies a change to a copy as a listener that keeps its own list would. */
    static void replay(ListChangeListener.Change<? extends CaseloadRow> c, List<CaseloadRow> copy) {
        while (c.next()) {
            if (c.wasPermutated()) {
                CaseloadRow[] moved = new CaseloadRow[c.getTo() - c.getFrom()];
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    moved[c.getPermutation(i) - c.getFrom()] = copy.get(i);
                }
                for (int i = 0; i < moved.length; i++) {
                    copy.set(c.getFrom() + i, moved[i]);
                }
            } else {
                for (int i = 0; i < c.getRemovedSize(); i++) {
                    assertEquals(c.getRemoved().get(i), copy.remove(c.getFrom()), "removed row as the change says");
                }
                copy.addAll(c.getFrom(), c.getAddedSubList());
            }
        }
    }
}
