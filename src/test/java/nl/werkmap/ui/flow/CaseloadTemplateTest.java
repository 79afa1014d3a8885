package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.ui.common.OpenCaseload;

/**
 * Flows start from copies of one template caseload: each copy must still open with the real passphrase the way the
 * app opens it, hold only its own seed, and be a caseload of its own (own device id), as a newly made one is.
 */
class CaseloadTemplateTest {

    @Test
    void copiesUnlockWithThePassphraseHoldTheirOwnSeedAndHaveTheirOwnDeviceId(@TempDir Path dir) throws Exception {
        Candidate sanne = UiFixture.candidate("Sanne de Vries", List.of());
        UiFixture first = new UiFixture(dir.resolve("een")).withCaseload(store -> { });
        UiFixture second = new UiFixture(dir.resolve("twee")).withCaseload(store -> store.candidates().save(sanne));
        String firstDevice;
        try (OpenCaseload open = OpenCaseload.unlock(first.files, UiFixture.PASSPHRASE.toCharArray())) {
            firstDevice = open.store().deviceId();
            assertEquals(List.of("Fatima Yilmaz"), open.store().coaches().all().stream().map(Coach::name).toList());
            assertTrue(open.store().candidates().find(sanne.id()).isEmpty(), "the other copy's candidate is not here");
        }
        try (OpenCaseload open = OpenCaseload.unlock(second.files, UiFixture.PASSPHRASE.toCharArray())) {
            assertEquals("Sanne de Vries", open.store().candidates().find(sanne.id()).orElseThrow().personal().fullName());
            assertNotEquals(firstDevice, open.store().deviceId(), "each copy is a laptop of its own");
        }
    }
}
