package nl.werkmap.security;

/**
 * Runs key derivation and field sealing once on a throwaway passphrase and a throwaway key, so their code is loaded
 * and compiled before the coach's passphrase arrives: in a fresh JVM the first million PBKDF2 rounds take about
 * four times as long as later ones, and that wait falls right after "Ontgrendelen". Touches no file and keeps
 * nothing: the key is wiped before this returns. Meant for a background thread while the unlock screen shows.
 */
public final class CryptoWarmup {

    /** Enough rounds for the JIT to compile the HMAC loop; a small share of a real unlock. */
    private static final int ROUNDS = 60_000;
    private static final int FIELDS = 3_000;

    private CryptoWarmup() {
    }

    public static void run() {
        char[] passphrase = "opwarmen, geen echt wachtwoord".toCharArray();
        AesKey key = KeyDerivation.standard().derive(passphrase, KeyDerivation.newSalt(), ROUNDS);
        DataKey dataKey = new DataKey(key);
        try {
            GcmFieldSealer sealer = new GcmFieldSealer(dataKey);
            String id = "00000000-0000-0000-0000-000000000000";
            for (int i = 0; i < FIELDS; i++) {
                byte[] sealed = sealer.seal("candidate", "full_name", id, "Jan van den Berg");
                sealer.open("candidate", "full_name", id, sealed);
            }
        } finally {
            dataKey.destroy();
        }
    }
}
