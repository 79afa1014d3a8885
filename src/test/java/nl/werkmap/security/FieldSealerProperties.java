package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class FieldSealerProperties {

    private static Path dir;
    private static FieldSealer sealer;

    @BeforeContainer
    static void unlock() throws Exception {
        dir = Files.createTempDirectory("werkmap-sealer-properties");
        sealer = TestVaults.create(dir.resolve("keyring.json")).sealer();
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 500)
    void openReturnsWhatWasSealed(@ForAll("unicode") String text, @ForAll("ids") String table,
            @ForAll("ids") String column, @ForAll("ids") String rowId) {
        assertEquals(text, sealer.open(table, column, rowId, sealer.seal(table, column, rowId, text)));
    }

    @Property(tries = 200)
    void sealingTheSameTextTwiceGivesDifferentBytes(@ForAll("unicode") String text, @ForAll("ids") String rowId) {
        byte[] first = sealer.seal("candidate", "name", rowId, text);
        byte[] second = sealer.seal("candidate", "name", rowId, text);
        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(Arrays.copyOfRange(first, 1, 13), Arrays.copyOfRange(second, 1, 13)),
                "nonces must differ");
    }

    @Property(tries = 300)
    void aValueOpensOnlyWhereItWasSealed(@ForAll("ids") String table, @ForAll("ids") String column,
            @ForAll("ids") String rowId, @ForAll("ids") String otherTable, @ForAll("ids") String otherColumn,
            @ForAll("ids") String otherRowId) {
        Assume.that(!(table.equals(otherTable) && column.equals(otherColumn) && rowId.equals(otherRowId)));
        byte[] sealed = sealer.seal(table, column, rowId, "Ahmed Yilmaz");

        assertThrows(TamperedFieldException.class, () -> sealer.open(otherTable, otherColumn, otherRowId, sealed));
    }

    /** The same characters cut into table, column and row id at other places must not open: the binding is exact. */
    @Property(tries = 300)
    void cuttingTheSameCharactersElsewhereDoesNotOpen(@ForAll("separatorHeavy") String joined,
            @ForAll("cuts") int[] sealedAt, @ForAll("cuts") int[] openedAt) {
        String[] sealedParts = cut(joined, sealedAt);
        String[] openedParts = cut(joined, openedAt);
        Assume.that(!Arrays.equals(sealedParts, openedParts));
        byte[] sealed = sealer.seal(sealedParts[0], sealedParts[1], sealedParts[2], "Ahmed Yilmaz");

        assertThrows(TamperedFieldException.class,
                () -> sealer.open(openedParts[0], openedParts[1], openedParts[2], sealed));
    }

    private static String[] cut(String joined, int[] at) {
        int first = Math.min(at[0], at[1]) % (joined.length() + 1);
        int second = Math.max(first, Math.max(at[0], at[1]) % (joined.length() + 1));
        return new String[] {joined.substring(0, first), joined.substring(first, second), joined.substring(second)};
    }

    @Provide
    Arbitrary<String> separatorHeavy() {
        return Arbitraries.strings().withChars("a|/").ofMaxLength(8);
    }

    @Provide
    Arbitrary<int[]> cuts() {
        return Arbitraries.integers().between(0, 8).array(int[].class).ofSize(2);
    }

    /** Any valid Unicode text: every code point except lone surrogates, from ASCII up to emoji and beyond. */
    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0x7F),
                Arbitraries.integers().between(0x80, 0xD7FF),
                Arbitraries.integers().between(0xE000, 0x10FFFF));
        return codePoint.list().ofMaxSize(300).map(points -> {
            StringBuilder text = new StringBuilder();
            points.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    /** Row ids are UUIDs in practice; short strings make equal and near-equal ids likely. */
    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.create(() -> java.util.UUID.randomUUID().toString()),
                Arbitraries.strings().withChars("ab|").ofMaxLength(3),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(40));
    }
}
