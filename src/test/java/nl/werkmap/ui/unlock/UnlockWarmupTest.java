package nl.werkmap.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

import nl.werkmap.security.CryptoWarmup;
import nl.werkmap.store.caseload.CaseloadWarmup;

/** The warm-up behind the unlock card runs the real code on throwaway data; it must get through it whole. */
class UnlockWarmupTest {

    @Test
    void keyDerivationAndSealingWarmUpOnAThrowawayKey() {
        assertDoesNotThrow(CryptoWarmup::run);
    }

    @Test
    void theCaseloadListWarmsUpWithoutACaseloadOrAKey() {
        assertDoesNotThrow(CaseloadWarmup::run);
    }
}
