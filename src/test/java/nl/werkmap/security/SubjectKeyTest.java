package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Issue 12.1: a subject's key opens only with the vault that wrapped it and only as that subject's; once destroyed
 * it seals nothing; a sealed stream opens only whole, in order, with its own header and key.
 */
class SubjectKeyTest {

    @Test
    void aWrappedKeyOpensOnlyWithItsVaultAndAsItsSubject() {
        Vault hub = TestVaults.inMemory();
        Vault other = TestVaults.inMemory();
        SubjectKey.Fresh fresh = hub.newSubjectKey("hub_subject_key", "fenna");
        byte[] sealed = fresh.key().seal("candidate", "full_name", "fenna", "Fenna Wijnbergen");
        SubjectKey again = hub.openSubjectKey("hub_subject_key", "fenna", fresh.wrapped());
        assertEquals("Fenna Wijnbergen", again.open("candidate", "full_name", "fenna", sealed));
        assertThrows(TamperedFieldException.class, () -> hub.openSubjectKey("hub_subject_key", "sanne",
                fresh.wrapped()));
        assertThrows(TamperedFieldException.class, () -> other.openSubjectKey("hub_subject_key", "fenna",
                fresh.wrapped()));
        SubjectKey sanne = hub.newSubjectKey("hub_subject_key", "sanne").key();
        assertThrows(TamperedFieldException.class, () -> sanne.open("candidate", "full_name", "fenna", sealed));
        again.destroy();
        assertThrows(VaultLockedException.class, () -> again.seal("candidate", "phone", "fenna", "06"));
        assertNotEquals(hub.keyId(), other.keyId());
        assertEquals(hub.keyId(), hub.keyId());
    }

    @Test
    void aSealedStreamOpensOnlyWholeWithItsHeaderAndKey() throws Exception {
        Vault vault = TestVaults.inMemory();
        byte[] data = new byte[(1 << 20) * 2 + 12345];
        Arrays.fill(data, (byte) 'x');
        byte[] header = "kop\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        vault.sealStream(header, new ByteArrayInputStream(data), sealed);
        byte[] bytes = sealed.toByteArray();
        ByteArrayOutputStream opened = new ByteArrayOutputStream();
        vault.openStream(header, new ByteArrayInputStream(bytes), opened);
        assertEquals(Arrays.hashCode(data), Arrays.hashCode(opened.toByteArray()));

        assertThrows(TamperedFieldException.class, () -> vault.openStream("andere kop\n".getBytes(
                StandardCharsets.US_ASCII), new ByteArrayInputStream(bytes), new ByteArrayOutputStream()));
        int chunk = 5 + 12 + (1 << 20) + 16;
        byte[] lastChunkGone = Arrays.copyOf(bytes, 2 * chunk);
        assertThrows(TamperedFieldException.class, () -> vault.openStream(header,
                new ByteArrayInputStream(lastChunkGone), new ByteArrayOutputStream()));
        byte[] swapped = bytes.clone();
        System.arraycopy(bytes, chunk, swapped, 0, chunk);
        System.arraycopy(bytes, 0, swapped, chunk, chunk);
        assertThrows(TamperedFieldException.class, () -> vault.openStream(header, new ByteArrayInputStream(swapped),
                new ByteArrayOutputStream()));
        assertThrows(TamperedFieldException.class, () -> TestVaults.inMemory().openStream(header,
                new ByteArrayInputStream(bytes), new ByteArrayOutputStream()));
    }
}
