package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sealed bytes live in caseload files for years, so their layout is a contract. This test opens a sealed field
 * with nothing but the JDK and the layout written down in {@link GcmFieldSealer}, and would fail if either drifted.
 */
class SealedFormatTest {

    @TempDir
    Path dir;

    @Test
    void sealedFieldOpensWithPlainJceFollowingTheDocumentedLayout() throws Exception {
        Path keyring = dir.resolve("keyring.json");
        char[] passphrase = TestVaults.PASSPHRASE.toCharArray();
        byte[] sealed = TestVaults.create(keyring, passphrase).sealer().seal("candidate", "bsn", "row-42", "123456782");
        byte[] dataKey = KeyringFile.read(keyring, TestVaults.derivation())
                .unwrap(passphrase, TestVaults.derivation()).getEncoded();

        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(128, sealed, 1, 12));
        cipher.updateAAD(documentedAad("candidate", "bsn", "row-42"));
        byte[] plain = cipher.doFinal(sealed, 13, sealed.length - 13);

        assertEquals(1, sealed[0]);
        assertEquals("123456782", new String(plain, StandardCharsets.UTF_8));
    }

    private static byte[] documentedAad(String table, String column, String rowId) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write("werkmap/v1".getBytes(StandardCharsets.US_ASCII));
        for (String part : new String[] {table, column, rowId}) {
            byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        return bytes.toByteArray();
    }
}
