package nl.werkmap.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The {@code .werkmapbundle} file that {@code hub import} reads: one compact JWE per line, as {@code sync --export}
 * writes it. Checked before the hub is opened, so a wrong path, an empty file or a file that is not text gets a
 * message that says what is wrong and what to do, not a stack trace or silence. Read line by line: a large file is
 * never held whole.
 */
final class HubImportFile {

    private static final String EXPORT_HINT = "Maak op de laptop opnieuw een bundelbestand met '"
            + "sync --export BESTAND.werkmapbundle' (of 'Exporteren' in de app) en kopieer het hele bestand.";

    private final Path file;

    private HubImportFile(Path file) {
        this.file = file;
    }

    /** The file, once it is known to exist, to be readable, to be text and to hold at least one line. */
    static HubImportFile checked(Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageException(file + " is een map, geen bundelbestand. Geef het .werkmapbundle-bestand zelf op.");
        }
        if (!Files.exists(file)) {
            throw new UsageException("Het bundelbestand " + file + " bestaat niet. Controleer het pad (staat het"
                    + " bestand in deze map?). " + EXPORT_HINT);
        }
        HubImportFile checked = new HubImportFile(file);
        long[] lines = {0};
        checked.eachLine(line -> lines[0]++);
        if (lines[0] == 0) {
            throw new UsageException("Het bundelbestand " + file + " is leeg: er staat geen bundel in, er is niets"
                    + " ingelezen. Had de laptop niets te versturen, dan is er niets te doen. Anders: " + EXPORT_HINT);
        }
        return checked;
    }

    /** Calls {@code action} with each non-blank line, trimmed (a byte-order mark a text editor added is ignored). */
    void eachLine(Consumer<String> action) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            boolean first = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                if (!line.isBlank()) {
                    action.accept(line.trim());
                }
            }
        } catch (CharacterCodingException e) {
            throw new UsageException("Het bestand " + file + " is geen bundelbestand: het is geen tekst (of niet als"
                    + " UTF-8 opgeslagen), zoals een document, foto of gecomprimeerd bestand. Een bundelbestand bevat"
                    + " alleen letters, cijfers en punten. " + EXPORT_HINT);
        } catch (AccessDeniedException e) {
            throw new UsageException("Het bundelbestand " + file + " mag niet worden gelezen door deze gebruiker."
                    + " Geef de hub-gebruiker leesrecht (of kopieer het bestand naar een map van de hub).");
        } catch (IOException e) {
            throw new UsageException("Het bundelbestand " + file + " kon niet worden gelezen (" + e.getMessage()
                    + "). Controleer het bestand en probeer het opnieuw.");
        }
    }
}
