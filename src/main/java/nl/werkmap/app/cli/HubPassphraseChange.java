package nl.werkmap.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubKeyStore;
import nl.werkmap.hub.store.HubLockedException;

/**
 * {@code hub change-passphrase}: the current hub passphrase as for every key action ({@code --passphrase-file} or
 * {@code WERKMAP_HUB_PASSPHRASE}, or typed at the console), the new one from {@code --new-passphrase-file F} (first line) or typed twice at
 * the console. Only the wrapping of the hub's data key changes; see {@link HubKeyStore#changePassphrase}.
 */
final class HubPassphraseChange {

    private final ConsolePrompt prompt;

    HubPassphraseChange(ConsolePrompt prompt) {
        this.prompt = prompt;
    }

    int run(Options options, HubDatabase db, PrintStream out) {
        char[] current = currentPassphrase(options);
        char[] next = null;
        try {
            next = newPassphrase(options);
            HubKeyStore.changePassphrase(db, current, next);
        } catch (HubLockedException e) {
            throw new UsageException(e.getMessage());
        } finally {
            Arrays.fill(current, '\0');
            if (next != null) {
                Arrays.fill(next, '\0');
            }
        }
        out.println("Het hub-wachtwoord is gewijzigd. De sleutels van de hub zelf zijn niet veranderd: aangemelde"
                + " apparaten en bundels werken gewoon door, en een hub die nu draait ook.");
        out.println("Zet het nieuwe wachtwoord vóór de volgende herstart in /etc/werkmap-hub/passphrase (of in "
                + HubPassphrase.VARIABLE + ") en in de wachtwoordkluis. Reservekopieën van vóór vandaag openen"
                + " alleen met het oude wachtwoord: maak een nieuwe reservekopie.");
        return 0;
    }

    /** As every key action reads it; with neither given, typed at the console when there is one. */
    private char[] currentPassphrase(Options options) {
        if (!HubPassphrase.given(options)) {
            var typed = prompt.ask("Huidig hub-wachtwoord: ");
            if (typed.isPresent() && typed.get().length > 0) {
                return typed.get();
            }
        }
        return HubPassphrase.read(options);
    }

    private char[] newPassphrase(Options options) {
        if (options.get("new-passphrase-file").isPresent()) {
            return firstLine(Path.of(options.require("new-passphrase-file")));
        }
        char[] first = prompt.ask("Nieuw hub-wachtwoord: ").orElseThrow(() -> new UsageException("Geef het nieuwe"
                + " hub-wachtwoord met --new-passphrase-file BESTAND (eerste regel), of start dit commando in een"
                + " terminal om het te typen. Er is niets veranderd."));
        char[] second = prompt.ask("Nieuw hub-wachtwoord nog een keer: ").orElse(new char[0]);
        try {
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new UsageException("De twee nieuwe wachtwoorden zijn niet gelijk. Er is niets veranderd;"
                        + " probeer het opnieuw.");
            }
            return first;
        } finally {
            Arrays.fill(second, '\0');
        }
    }

    private static char[] firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").toCharArray();
        } catch (NoSuchFileException e) {
            throw new UsageException("Het bestand met het nieuwe wachtwoord (" + file + ") bestaat niet. Controleer"
                    + " het pad; er is niets veranderd.");
        } catch (IOException e) {
            throw new UsageException("Het bestand met het nieuwe wachtwoord (" + file + ") is niet te lezen: "
                    + e.getMessage() + ". Er is niets veranderd.");
        }
    }
}
