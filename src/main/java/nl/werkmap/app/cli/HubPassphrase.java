package nl.werkmap.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a hub command gets the hub passphrase, which opens the hub's private keys: {@code --passphrase-file F}
 * (first line), otherwise the environment variable {@code WERKMAP_HUB_PASSPHRASE}. Never an argument, so it does not
 * end up in shell history or {@code ps}; never standard input, because the service runs without one.
 */
final class HubPassphrase {

    static final String VARIABLE = "WERKMAP_HUB_PASSPHRASE";

    private HubPassphrase() {
    }

    /** Whether a passphrase was given, for actions that use it when they can but need it only sometimes. */
    static boolean given(Options options) {
        String variable = System.getenv(VARIABLE);
        return options.get("passphrase-file").isPresent() || (variable != null && !variable.isEmpty());
    }

    static char[] read(Options options) {
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
            line = System.getenv(VARIABLE);
        }
        if (line == null || line.isEmpty()) {
            throw new UsageException("Deze hub-actie heeft het hub-wachtwoord nodig. Geef --passphrase-file BESTAND"
                    + " of zet " + VARIABLE + ". Bij de eerste start kies je het wachtwoord zo; bewaar het goed,"
                    + " zonder wachtwoord zijn de sleutels van de hub niet te openen.");
        }
        return line.toCharArray();
    }
}
