package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.RegisterStatus;

/**
 * The search starts a typed word from the rows of its first characters ({@link WordPrefixLists}) instead of a pass
 * over every row. Whatever the names (accents, tussenvoegsels, hyphens, empty words, roepnamen) and whatever the
 * typing (letters, spaces, backspaces, the box cleared, a filter set), every keystroke finds exactly the rows a plain
 * pass over the names finds, also after rows were added, renamed, saved unchanged and removed once the index was
 * built.
 */
class WordPrefixListsPropertyTest {

    /** Few and short words, so names share their first characters as Dutch names do. */
    private static final String[] WORDS = {"Jan", "Jansen", "Jänsen", "ja", "van", "der", "den", "de", "Dijk", "El",
        "Amrani", "El-Amrani", "Öztürk", "Özlem", "Ana-María", "d'Artagnan", "Straße", "Søren", "ter", "'t", "Berg",
        "Bos", "Ab", "A", "Ø", "3D", "Æbelø", "Vries", "Ven", "", "-", " ", "Łukasz", "Ýr"};
    private static final String[] SEPARATORS = {" ", "  ", "-", " - ", "'"};
    /** What the coach may type: letters with and without accents, capitals, spaces, hyphens, a digit. */
    private static final String TYPED = "ajnvdebrsolzéöAJ -'3ß";

    /** One step: type a few characters, a backspace, clear the box, a filter on or off, or a save. */
    record Step(Kind kind, String text, int pick) {
    }

    enum Kind {
        TYPE, BACKSPACE, CLEAR, FILTER, ADD, RENAME, KEEP, REMOVE
    }

    @Property(tries = 300)
    void everyKeystrokeFindsTheRowsOfAPlainPass(@ForAll("caseloads") List<String> names,
                                                @ForAll("steps") List<Step> steps) {
        Map<UUID, CaseloadRow> rows = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            UUID id = new UUID(1, i);
            rows.put(id, row(id, names.get(i), i % 3 == 0 ? names.get((i + 1) % names.size()) : null, i % 4 == 0));
        }
        CaseloadIndex index = CaseloadIndex.build(List.copyOf(rows.values()));
        StringBuilder box = new StringBuilder();
        CaseloadFilter filter = CaseloadFilter.ANY;
        int added = 0;
        for (Step step : steps) {
            List<UUID> ids = List.copyOf(rows.keySet());
            UUID picked = ids.isEmpty() ? null : ids.get(step.pick() % ids.size());
            switch (step.kind()) {
                case TYPE -> {
                    for (char c : step.text().toCharArray()) {
                        box.append(c);
                        check(index, box.toString(), filter, rows);
                    }
                }
                case BACKSPACE -> {
                    if (box.length() > 0) {
                        box.setLength(box.length() - 1);
                    }
                }
                case CLEAR -> box.setLength(0);
                case FILTER -> filter = filter.equals(CaseloadFilter.ANY)
                        ? CaseloadFilter.ANY.withOnlyWarnings(true) : CaseloadFilter.ANY;
                case ADD -> {
                    UUID id = new UUID(2, added++);
                    CaseloadRow row = row(id, step.text(), null, step.pick() % 2 == 0);
                    rows.put(id, row);
                    index = index.replaced(id, row);
                }
                case RENAME -> {
                    if (picked != null) {
                        CaseloadRow row = row(picked, step.text(), step.pick() % 2 == 0 ? rows.get(picked)
                                .displayName() : null, step.pick() % 3 == 0);
                        rows.put(picked, row);
                        index = index.replaced(picked, row);
                    }
                }
                case KEEP -> {
                    if (picked != null) {
                        CaseloadRow was = rows.get(picked);
                        CaseloadRow row = new CaseloadRow(picked, was.displayName(), was.status(), null, null,
                                RegisterStatus.NEE, List.of(), null, 50,
                                was.hasWarnings() ? List.of() : List.of("contact.warning.X"), false, was.fullName());
                        rows.put(picked, row);
                        index = index.replaced(picked, row);
                    }
                }
                case REMOVE -> {
                    if (picked != null) {
                        rows.remove(picked);
                        index = index.replaced(picked, null);
                    }
                }
            }
            check(index, box.toString(), filter, rows);
        }
    }

    /** The index's answer against a plain pass over its rows, in its order; and its rows are the caseload's. */
    private static void check(CaseloadIndex index, String box, CaseloadFilter filter, Map<UUID, CaseloadRow> rows) {
        assertEquals(Set.copyOf(rows.values()), Set.copyOf(index.all()), "the index holds the caseload's rows");
        List<String> typed = NameFolding.words(box);
        List<CaseloadRow> expected = new ArrayList<>();
        for (CaseloadRow row : index.all()) {
            if (plainMatch(row, typed) && (!filter.onlyWithWarnings() || row.hasWarnings())) {
                expected.add(row);
            }
        }
        List<CaseloadRow> found = index.filter(box, filter);
        assertEquals(ids(expected), ids(found), "'" + box + "' " + filter);
        assertEquals(ids(expected), ids(index.all(), index.positions(found)), "positions of '" + box + "'");
    }

    /** Each typed word starts a word of the display name or of the full name. */
    private static boolean plainMatch(CaseloadRow row, List<String> typed) {
        List<String> words = new ArrayList<>(NameFolding.words(row.displayName()));
        words.addAll(NameFolding.words(row.fullName()));
        for (String t : typed) {
            if (words.stream().noneMatch(w -> w.startsWith(t))) {
                return false;
            }
        }
        return true;
    }

    private static List<UUID> ids(List<CaseloadRow> rows) {
        return rows.stream().map(CaseloadRow::id).toList();
    }

    private static List<UUID> ids(List<CaseloadRow> all, int[] positions) {
        List<UUID> ids = new ArrayList<>();
        for (int p : positions) {
            ids.add(all.get(p).id());
        }
        return ids;
    }

    /** A row named {@code full}, shown as {@code shown} when given (a roepnaam), else as its full name. */
    private static CaseloadRow row(UUID id, String full, String shown, boolean warned) {
        return new CaseloadRow(id, shown == null ? full : shown, CandidateStatus.ACTIEF_TRAJECT, null, null,
                RegisterStatus.NEE, List.of(), null, 50, warned ? List.of("contact.warning.X") : List.of(), false,
                full);
    }

    @Provide
    Arbitrary<List<String>> caseloads() {
        return name().list().ofMinSize(0).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000);
        Arbitrary<String> typed = Arbitraries.oneOf(
                Arbitraries.strings().withChars(TYPED).ofMinLength(1).ofMaxLength(4),
                Arbitraries.of(WORDS).filter(w -> !w.isEmpty()).map(w -> w.substring(0, Math.min(w.length(), 3))));
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, typed.map(t -> new Step(Kind.TYPE, t, 0))),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(new Step(Kind.BACKSPACE, "", 0))),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Step(Kind.CLEAR, "", 0))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Step(Kind.FILTER, "", 0))),
                net.jqwik.api.Tuple.of(2, Combinators.combine(name(), pick).as((n, p) -> new Step(Kind.ADD, n, p))),
                net.jqwik.api.Tuple.of(2, Combinators.combine(name(), pick).as((n, p) -> new Step(Kind.RENAME, n, p))),
                net.jqwik.api.Tuple.of(2, pick.map(p -> new Step(Kind.KEEP, "", p))),
                net.jqwik.api.Tuple.of(2, pick.map(p -> new Step(Kind.REMOVE, "", p))));
        return step.list().ofMaxSize(60);
    }

    /** One to four words, some empty or only a hyphen, joined by spaces, double spaces, hyphens or apostrophes. */
    private static Arbitrary<String> name() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> separator = Arbitraries.of(SEPARATORS);
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(4), separator.list().ofSize(3))
                .as((words, separators) -> {
                    StringBuilder name = new StringBuilder(words.get(0));
                    for (int i = 1; i < words.size(); i++) {
                        name.append(separators.get(i - 1)).append(words.get(i));
                    }
                    return name.toString();
                });
    }
}
