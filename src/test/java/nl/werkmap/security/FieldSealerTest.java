package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldSealerTest {

    @TempDir
    Path dir;

    private FieldSealer sealer;

    @BeforeEach
    void unlock() {
        sealer = TestVaults.create(dir.resolve("keyring.json")).sealer();
    }

    @Test
    void sealedBytesHaveTheDocumentedLayoutAndHideThePlaintext() {
        byte[] sealed = sealer.seal("candidate", "name", "row-1", "Jan Jansen");

        assertEquals(1, sealed[0], "version byte");
        assertEquals(1 + 12 + "Jan Jansen".length() + 16, sealed.length);
        String asText = new String(sealed, StandardCharsets.ISO_8859_1);
        assertFalse(asText.contains("Jan"), "plaintext must not show in the sealed bytes");
    }

    @Test
    void nullStaysNull() {
        assertNull(sealer.seal("candidate", "name", "row-1", null));
        assertNull(sealer.open("candidate", "name", "row-1", null));
    }

    @Test
    void emptyTextRoundTrips() {
        assertEquals("", sealer.open("t", "c", "r", sealer.seal("t", "c", "r", "")));
    }

    @Test
    void everyChangedByteIsCaught() {
        byte[] sealed = sealer.seal("candidate", "note", "row-9", "Heeft last van zijn knie.");
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            int position = i;
            TamperedFieldException e = assertThrows(TamperedFieldException.class,
                    () -> sealer.open("candidate", "note", "row-9", tampered), () -> "byte " + position);
            assertTrue(e.getMessage().contains("candidate.note"), e.getMessage());
            assertFalse(e.getMessage().contains("knie"), "the message must not leak the plaintext");
        }
    }

    @Test
    void truncatedOrTooShortBytesAreCaught() {
        byte[] sealed = sealer.seal("t", "c", "r", "tekst");
        assertThrows(TamperedFieldException.class,
                () -> sealer.open("t", "c", "r", Arrays.copyOf(sealed, sealed.length - 1)));
        assertThrows(TamperedFieldException.class, () -> sealer.open("t", "c", "r", new byte[0]));
        assertThrows(TamperedFieldException.class, () -> sealer.open("t", "c", "r", new byte[28]));
    }

    @ParameterizedTest(name = "opened as {0}.{1} row {2}")
    @CsvSource({
        "placement, name, row-1",
        "candidate, email, row-1",
        "candidate, name, row-2",
        "candidat, ename, row-1",
        "candidate, nam, erow-1",
    })
    void valueMovedToAnotherPlaceDoesNotOpen(String table, String column, String rowId) {
        byte[] sealed = sealer.seal("candidate", "name", "row-1", "Priya Ramdin");

        assertThrows(TamperedFieldException.class, () -> sealer.open(table, column, rowId, sealed));
    }

    @Test
    void separatorsInNamesCannotForgeAnotherPlace() {
        byte[] sealed = sealer.seal("a|b", "c", "r", "x");
        assertThrows(TamperedFieldException.class, () -> sealer.open("a", "b|c", "r", sealed));
        assertThrows(TamperedFieldException.class, () -> sealer.open("a|b|c", "", "r", sealed));
    }

    @Test
    void loneSurrogateIsRefusedRatherThanSilentlyChanged() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sealer.seal("t", "c", "r", "ab\uD800cd"));
        assertTrue(e.getMessage().startsWith("De tekst bevat een ongeldig teken"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sealer.seal("t", "c", "r", "ab\uDC00"));
    }

    @Test
    void missingIdsAreAProgrammingErrorNotADataError() {
        assertThrows(NullPointerException.class, () -> sealer.seal(null, "c", "r", "x"));
        assertThrows(NullPointerException.class, () -> sealer.open("t", null, "r", new byte[40]));
        assertThrows(NullPointerException.class, () -> sealer.seal("t", "c", null, null));
    }
}
