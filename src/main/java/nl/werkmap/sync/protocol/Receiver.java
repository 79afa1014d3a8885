package nl.werkmap.sync.protocol;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.nimbusds.jose.jwk.ECKey;

/**
 * Who opens a bundle: which kind it expects, its municipality, its own id as recipient, and the private
 * encryption keys it holds by key id (the hub keeps every generation so old bundles stay readable).
 */
public record Receiver(String kind, String municipality, String recipientId, Function<String, Optional<ECKey>> keys) {

    /** The municipality hub, holding all generations of its encryption key. */
    public static Receiver hub(String municipality, List<ECKey> encryptionKeys) {
        List<ECKey> copy = List.copyOf(encryptionKeys);
        return new Receiver(Bundle.UP, municipality, municipality,
                kid -> copy.stream().filter(k -> SyncKeys.keyId(k).equals(kid)).findFirst());
    }

    /** One enrolled device, opening the hub's down bundles. */
    public static Receiver device(String municipality, String deviceId, ECKey encryptionKey) {
        String kid = SyncKeys.keyId(encryptionKey);
        return new Receiver(Bundle.DOWN, municipality, deviceId,
                k -> kid.equals(k) ? Optional.of(encryptionKey) : Optional.empty());
    }
}
