package nl.werkmap.security;

import java.util.List;
import java.util.Optional;

/**
 * Says, in Dutch, what is wrong with a passphrase a coach proposes, before it protects a caseload. Works on the
 * {@code char[]} itself, so no immutable copy of the passphrase is left behind in a {@link String}.
 */
public final class PassphrasePolicy {

    static final int MINIMUM_LENGTH = 10;

    /** Guessed first by anyone who tries; kept lower case. */
    private static final List<String> TOO_COMMON = List.of(
            "wachtwoord", "wachtwoord1", "wachtwoord123", "welkom1234", "welkom12345", "password123", "passw0rd123",
            "1234567890", "0123456789", "12345678910", "qwertyuiop", "azertyuiop", "asdfghjkl;", "iloveyou12",
            "werkmap123", "werkmap2024", "werkmap2025", "werkmap2026", "jobcoach123", "gemeente123");

    private PassphrasePolicy() {
    }

    public static Optional<String> problem(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            return Optional.of("Vul een wachtwoord in van minstens " + MINIMUM_LENGTH + " tekens.");
        }
        int length = Character.codePointCount(passphrase, 0, passphrase.length);
        if (length < MINIMUM_LENGTH) {
            return Optional.of("Het wachtwoord is te kort: gebruik minstens " + MINIMUM_LENGTH + " tekens. Een zin"
                    + " van een paar woorden is makkelijk te onthouden en moeilijk te raden.");
        }
        if (onlyWhitespace(passphrase)) {
            return Optional.of("Het wachtwoord bestaat alleen uit spaties. Kies een wachtwoord met letters, cijfers"
                    + " of woorden.");
        }
        if (oneRepeatedCharacter(passphrase)) {
            return Optional.of("Het wachtwoord bestaat uit steeds hetzelfde teken en is daardoor snel te raden. Kies"
                    + " een wachtwoord met verschillende tekens, bijvoorbeeld een korte zin.");
        }
        if (tooCommon(passphrase)) {
            return Optional.of("Dit wachtwoord wordt veel gebruikt en is daardoor snel te raden. Kies een ander"
                    + " wachtwoord, bijvoorbeeld een zin van een paar woorden.");
        }
        return Optional.empty();
    }

    private static boolean onlyWhitespace(char[] passphrase) {
        for (char c : passphrase) {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean oneRepeatedCharacter(char[] passphrase) {
        for (char c : passphrase) {
            if (c != passphrase[0]) {
                return false;
            }
        }
        return true;
    }

    private static boolean tooCommon(char[] passphrase) {
        for (String common : TOO_COMMON) {
            if (equalsIgnoreCase(passphrase, common)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsIgnoreCase(char[] passphrase, String common) {
        if (passphrase.length != common.length()) {
            return false;
        }
        for (int i = 0; i < passphrase.length; i++) {
            if (Character.toLowerCase(passphrase[i]) != common.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
