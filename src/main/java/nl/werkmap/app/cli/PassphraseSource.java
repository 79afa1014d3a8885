package nl.werkmap.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a headless command gets the passphrase: {@code --passphrase-file F} (first line of the file), otherwise the
 * first line of standard input. Never from an argument, so it does not end up in shell history or {@code ps}.
 */
public final class PassphraseSource {

    private PassphraseSource() {
    }

    public static char[] read(Options options, InputStream stdin) {
        String line;
        if (options.get("passphrase-file").isPresent()) {
            Path file = Path.of(options.require("passphrase-file"));
            try {
                line = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (NoSuchFileException e) {
                throw new UsageException("Het wachtwoordbestand " + file + " bestaat niet. Controleer het pad.");
            } catch (IOException e) {
                throw new UsageException("Het wachtwoordbestand " + file + " is niet te lezen: " + e.getMessage());
            }
        } else {
            try {
                BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
                line = reader.readLine();
            } catch (IOException e) {
                throw new UsageException("Kon het wachtwoord niet van standaardinvoer lezen: " + e.getMessage());
            }
        }
        if (line == null || line.isEmpty()) {
            throw new UsageException("Geen wachtwoord gekregen. Geef --passphrase-file BESTAND of zet het wachtwoord op standaardinvoer.");
        }
        return line.toCharArray();
    }
}
