package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyringFileTest {

    private static final char[] PASSPHRASE = "een lange zin als wachtwoord".toCharArray();

    @TempDir
    Path dir;

    private Path keyring;

    @BeforeEach
    void createKeyring() {
        keyring = dir.resolve("keyring.json");
        TestVaults.create(keyring, PASSPHRASE).lock();
    }

    @Test
    void fileHoldsTheDocumentedFields() throws Exception {
        JsonObject json = JsonParser.parseString(Files.readString(keyring)).getAsJsonObject();

        assertEquals(1, json.get("format").getAsInt());
        assertEquals("PBKDF2-HMAC-SHA256", json.get("kdf").getAsString());
        assertEquals(TestVaults.TEST_ITERATIONS, json.get("iterations").getAsInt());
        assertEquals(16, java.util.Base64.getDecoder().decode(json.get("salt").getAsString()).length);
        assertEquals(12, java.util.Base64.getDecoder().decode(json.get("nonce").getAsString()).length);
        assertEquals(48, java.util.Base64.getDecoder().decode(json.get("wrappedKey").getAsString()).length);
        java.time.Instant.parse(json.get("created").getAsString());
    }

    @Test
    void truncatedKeyringIsCorruptAndUntouched() throws Exception {
        byte[] whole = Files.readAllBytes(keyring);
        for (int length : new int[] {0, 1, whole.length / 2, whole.length - 3}) {
            byte[] truncated = Arrays.copyOf(whole, length);
            Files.write(keyring, truncated);
            assertCorruptAndUnchanged();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "[]", "null", "{}", "42", "{\"format\":\"een\"}", "\u0000\u0001\u0002"})
    void garbageIsCorrupt(String content) throws Exception {
        Files.writeString(keyring, content);
        assertCorruptAndUnchanged();
    }

    @Test
    void randomBinaryIsCorrupt() throws Exception {
        Files.write(keyring, AesGcm.randomBytes(300));
        assertCorruptAndUnchanged();
    }

    @Test
    void hugeFileIsCorruptWithoutReadingIt() throws Exception {
        Files.write(keyring, new byte[200_000]);
        assertCorruptAndUnchanged();
    }

    @Test
    void eachBrokenFieldIsCorrupt() throws Exception {
        String original = Files.readString(keyring);
        assertBrokenField(original, json -> json.addProperty("kdf", "scrypt"));
        assertBrokenField(original, json -> json.remove("salt"));
        assertBrokenField(original, json -> json.addProperty("salt", "niet base64!"));
        assertBrokenField(original, json -> json.addProperty("salt", "AAAA"));
        assertBrokenField(original, json -> json.addProperty("nonce", "AAAAAAAA"));
        assertBrokenField(original, json -> json.addProperty("wrappedKey", "AAAAAAAA"));
        assertBrokenField(original, json -> json.addProperty("iterations", 0));
        assertBrokenField(original, json -> json.addProperty("iterations", Integer.MAX_VALUE));
        assertBrokenField(original, json -> json.addProperty("created", "gisteren"));
        assertBrokenField(original, json -> json.addProperty("format", 0));
    }

    @Test
    void newerFormatAsksForAnUpdate() throws Exception {
        JsonObject json = JsonParser.parseString(Files.readString(keyring)).getAsJsonObject();
        json.addProperty("format", 2);
        Files.writeString(keyring, json.toString());

        CorruptKeyringException e = assertCorruptAndUnchanged();

        assertTrue(e.getMessage().contains("nieuwere versie van Werkmap"), e.getMessage());
    }

    @Test
    void productionRefusesAKeyringBelowTheMinimumIterationCount() throws Exception {
        byte[] before = Files.readAllBytes(keyring);

        CorruptKeyringException e = assertThrows(CorruptKeyringException.class,
                () -> Vault.unlock(keyring, PASSPHRASE));

        assertTrue(e.getMessage().contains("herhalingen"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(keyring));
    }

    @Test
    void changedWrappedKeyReadsAsAWrongPassphrase() throws Exception {
        JsonObject json = JsonParser.parseString(Files.readString(keyring)).getAsJsonObject();
        byte[] wrapped = java.util.Base64.getDecoder().decode(json.get("wrappedKey").getAsString());
        wrapped[5] ^= 1;
        json.addProperty("wrappedKey", java.util.Base64.getEncoder().encodeToString(wrapped));
        Files.writeString(keyring, json.toString());

        assertThrows(WrongPassphraseException.class, () -> TestVaults.unlock(keyring, PASSPHRASE));
    }

    @Test
    void missingKeyringSaysWhatToDo() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> TestVaults.unlock(dir.resolve("nergens.json"), PASSPHRASE));
        assertTrue(e.getMessage().startsWith("Er is geen sleutelbestand"), e.getMessage());
    }

    @Test
    void failedWriteLeavesTheOldKeyringWhole() throws Exception {
        byte[] before = Files.readAllBytes(keyring);
        Keyring replacement = KeyringFile.read(keyring, TestVaults.derivation());
        Path blocked = dir.resolve("blocked");
        Files.createDirectories(blocked.resolve("not-empty"));

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> KeyringFile.write(blocked, replacement, false));

        assertTrue(e.getMessage().contains("kon niet worden opgeslagen"), e.getMessage());
        assertTrue(Files.isDirectory(blocked.resolve("not-empty")), "the old target is untouched");
        assertArrayEquals(before, Files.readAllBytes(keyring));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temp file left behind");
        }
    }

    private void assertBrokenField(String original, Consumer<JsonObject> breakIt) throws Exception {
        JsonObject json = JsonParser.parseString(original).getAsJsonObject();
        breakIt.accept(json);
        Files.writeString(keyring, json.toString());
        assertCorruptAndUnchanged();
    }

    private CorruptKeyringException assertCorruptAndUnchanged() throws Exception {
        byte[] before = Files.readAllBytes(keyring);
        CorruptKeyringException e = assertThrows(CorruptKeyringException.class,
                () -> TestVaults.unlock(keyring, PASSPHRASE), () -> new String(before, StandardCharsets.UTF_8));
        assertTrue(e.getMessage().startsWith("Het sleutelbestand"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(keyring));
        return e;
    }
}
