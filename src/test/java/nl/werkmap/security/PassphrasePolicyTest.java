package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassphrasePolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "kort", "123456789", "negen....", "🍰🍰🍰🍰🍰🍰🍰🍰🍰"})
    void tooShortIsRefused(String passphrase) {
        Optional<String> problem = PassphrasePolicy.problem(passphrase.toCharArray());
        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("minstens 10 tekens"), problem.get());
    }

    @Test
    void nullIsRefused() {
        assertTrue(PassphrasePolicy.problem(null).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "            ", "Wachtwoord123", "1234567890", "QWERTYUIOP"})
    void guessableIsRefused(String passphrase) {
        Optional<String> problem = PassphrasePolicy.problem(passphrase.toCharArray());
        assertTrue(problem.isPresent(), passphrase);
        assertTrue(problem.get().endsWith("."), problem.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fietsen naar de markt", "Tien tekens", "zonnebloem7!", "één twee drie"})
    void reasonablePassphrasesPass(String passphrase) {
        assertEquals(Optional.empty(), PassphrasePolicy.problem(passphrase.toCharArray()));
    }
}
