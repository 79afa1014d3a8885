package nl.werkmap.security;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Reads and writes the keyring as a small JSON file. Writes go to a temporary file in the same folder, are flushed
 * to disk, and then moved over the old file in one atomic step, so a crash or full disk leaves the old keyring
 * whole. Reads check every field before anything is derived, so a damaged file is told apart from a wrong passphrase.
 */
final class KeyringFile {

    /** A real keyring is about 300 bytes; anything this big is not one. */
    private static final int MAX_BYTES = 64 * 1024;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private KeyringFile() {
    }

    /** The JSON shape, kept apart from {@link Keyring} so the file format is visible in one place. */
    private static final class Json {
        Integer format;
        String kdf;
        Integer iterations;
        String salt;
        String nonce;
        String wrappedKey;
        String created;
    }

    static Keyring read(Path file, KeyDerivation derivation) {
        return parse(readBytes(file), file.toString(), derivation);
    }

    /** Parses keyring JSON kept elsewhere than in a file; {@code where} names its place in error messages. */
    static Keyring parse(byte[] bytes, String where, KeyDerivation derivation) {
        if (bytes.length > MAX_BYTES) {
            throw CorruptKeyringException.damaged(where, bytes.length + " bytes, veel te groot");
        }
        Json json;
        try {
            json = GSON.fromJson(new String(bytes, StandardCharsets.UTF_8), Json.class);
        } catch (JsonParseException e) {
            throw CorruptKeyringException.damaged(where, "geen geldige JSON", e);
        }
        if (json == null || json.format == null) {
            throw CorruptKeyringException.damaged(where, "formaatnummer ontbreekt");
        }
        if (json.format > Keyring.FORMAT) {
            throw CorruptKeyringException.newerFormat(where, json.format);
        }
        if (json.format != Keyring.FORMAT) {
            throw CorruptKeyringException.damaged(where, "onbekend formaat " + json.format);
        }
        if (!KeyDerivation.NAME.equals(json.kdf)) {
            throw CorruptKeyringException.damaged(where, "onbekende sleutelafleiding " + json.kdf);
        }
        if (json.iterations == null || !derivation.accepts(json.iterations)) {
            throw CorruptKeyringException.damaged(where, "ongeldig aantal herhalingen " + json.iterations);
        }
        byte[] salt = base64(where, "salt", json.salt);
        byte[] nonce = base64(where, "nonce", json.nonce);
        byte[] wrappedKey = base64(where, "wrappedKey", json.wrappedKey);
        if (salt.length < KeyDerivation.SALT_BYTES) {
            throw CorruptKeyringException.damaged(where, "salt te kort");
        }
        if (nonce.length != AesGcm.NONCE_BYTES) {
            throw CorruptKeyringException.damaged(where, "nonce heeft een verkeerde lengte");
        }
        if (wrappedKey.length != KeyDerivation.KEY_BYTES + AesGcm.TAG_BYTES) {
            throw CorruptKeyringException.damaged(where, "ingepakte sleutel heeft een verkeerde lengte");
        }
        Instant created;
        try {
            created = Instant.parse(json.created == null ? "" : json.created);
        } catch (DateTimeParseException e) {
            throw CorruptKeyringException.damaged(where, "ongeldige aanmaaktijd", e);
        }
        return new Keyring(json.format, json.kdf, json.iterations, salt, nonce, wrappedKey, created);
    }

    /** The keyring as the JSON bytes a keyring file holds. */
    static byte[] format(Keyring keyring) {
        Json json = new Json();
        json.format = keyring.format;
        json.kdf = keyring.kdf;
        json.iterations = keyring.iterations;
        json.salt = Base64.getEncoder().encodeToString(keyring.salt);
        json.nonce = Base64.getEncoder().encodeToString(keyring.nonce);
        json.wrappedKey = Base64.getEncoder().encodeToString(keyring.wrappedKey);
        json.created = keyring.created.toString();
        return (GSON.toJson(json) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code keyring} atomically; with {@code mustBeNew}, refuses when the file already exists. */
    static void write(Path file, Keyring keyring, boolean mustBeNew) {
        byte[] content = format(keyring);
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            PrivateFiles.createFolder(target.getParent());
            if (mustBeNew && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            // createTempFile makes the file 0600 on POSIX; the move keeps that mode.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("Er bestaat al een sleutelbestand op " + target + ". Open de werkmap met je"
                    + " wachtwoord, of kies een andere map voor een nieuwe werkmap.", e);
        } catch (IOException e) {
            removeLeftover(temp, e);
            throw new UncheckedIOException("Het sleutelbestand " + target + " kon niet worden opgeslagen (" + e
                    + "). Het oude sleutelbestand is niet veranderd. Controleer of de schijf vol is of de map"
                    + " schrijfbaar is, en probeer het opnieuw.", e);
        }
    }

    /** Removes the temp file of a failed write; a failure to do so travels along with the original failure. */
    private static void removeLeftover(Path temp, IOException failure) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw CorruptKeyringException.damaged(file.toString(), "bestand is " + size + " bytes, veel te groot");
            }
            // Reading changes nothing on disk; an older keyring's wide mode is tightened by the caseload's opener.
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("Er is geen sleutelbestand op " + file + ". Maak eerst een nieuwe werkmap"
                    + " aan, of kies de map waarin je werkmap staat.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Het sleutelbestand " + file + " kon niet worden gelezen (" + e
                    + "). Controleer of het bestand bestaat en leesbaar is, en probeer het opnieuw.", e);
        }
    }

    private static byte[] base64(String where, String field, String value) {
        if (value == null) {
            throw CorruptKeyringException.damaged(where, "veld " + field + " ontbreekt");
        }
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw CorruptKeyringException.damaged(where, "veld " + field + " is geen geldige base64", e);
        }
    }
}
