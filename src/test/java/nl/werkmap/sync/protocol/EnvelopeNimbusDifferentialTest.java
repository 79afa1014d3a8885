package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Werkmap's hand-written envelope against Nimbus (with the profile's rules, {@link NimbusReference}): mutated and
 * random compact strings are accepted by both or refused by both, and when accepted they give the same payload. A
 * mutation reaches the inner JWS too: a mutated JWS is sealed again in a correct JWE. Werkmap may only refuse with a
 * {@link BundleRefusedException}; any other exception fails the test.
 */
class EnvelopeNimbusDifferentialTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String ODD = "=+/. é~\n\u0000";

    private static final ECKey DEVICE = SyncKeys.newSigningKey();
    private static final ECKey HUB_ENCRYPTION = SyncKeys.newEncryptionKey();
    private static final Receiver HUB = Receiver.hub("gemeente-a", List.of(HUB_ENCRYPTION));
    private static final SignerDirectory REGISTRY = SignerDirectory.only("dev-1", DEVICE.toPublicJWK());
    private static final byte[] PAYLOAD = BundleJson.write(Bundle.up(UUID.randomUUID().toString(), "dev-1",
            "gemeente-a", 1, 1, "2026-11-24T09:00:00Z", List.of(new Change("candidate", UUID.randomUUID().toString(),
                    Map.of("status", "ACTIEF"), "001732439700000-00000", false))));
    private static final String SEALED = BundleEnvelope.sealBytes(PAYLOAD, DEVICE, HUB_ENCRYPTION);
    private static final String INNER_JWS = innerJws();

    @Example
    void theUnmutatedBundleIsAcceptedByBoth() {
        assertSame(SEALED, true);
        assertSame(encrypt(INNER_JWS), true);
    }

    @Property(tries = 400)
    void aMutatedEnvelopeIsJudgedAlike(@ForAll("mutation") Mutation mutation) {
        assertSame(mutation.apply(SEALED), false);
    }

    @Property(tries = 300)
    void aMutatedSignedBundleInACorrectEnvelopeIsJudgedAlike(@ForAll("mutation") Mutation mutation) {
        assertSame(encrypt(mutation.apply(INNER_JWS)), false);
    }

    @Property(tries = 200)
    void randomCompactTextIsJudgedAlike(@ForAll("randomCompact") String compact) {
        assertSame(compact, false);
    }

    @Property(tries = 100)
    void headersOutsideTheProfileAreJudgedAlike(@ForAll("jwsType") Optional<String> typ,
                                                @ForAll("contentType") Optional<String> cty) {
        JWSHeader.Builder jwsHeader = new JWSHeader.Builder(BundleEnvelope.SIGNATURE).keyID(SyncKeys.keyId(DEVICE));
        typ.ifPresent(t -> jwsHeader.type(new JOSEObjectType(t)));
        JWEHeader.Builder jweHeader = new JWEHeader.Builder(BundleEnvelope.KEY_AGREEMENT, BundleEnvelope.CONTENT)
                .keyID(SyncKeys.keyId(HUB_ENCRYPTION));
        cty.ifPresent(jweHeader::contentType);
        String sealed = encrypt(jweHeader.build(), sign(jwsHeader.build()));
        boolean profile = typ.equals(Optional.of(BundleEnvelope.JWS_TYPE))
                && cty.equals(Optional.of(BundleEnvelope.NESTED_CONTENT_TYPE));
        assertSame(sealed, profile);
    }

    /** Both judge {@code compact} alike; {@code mustAccept} also demands that both accept it. */
    private static void assertSame(String compact, boolean mustAccept) {
        Optional<byte[]> nimbus = NimbusReference.open(compact, HUB_ENCRYPTION, DEVICE.toPublicJWK());
        Optional<byte[]> werkmap;
        try {
            werkmap = Optional.of(BundleEnvelope.open(compact, HUB, REGISTRY).payload());
        } catch (BundleRefusedException refused) {
            werkmap = Optional.empty();
        }
        assertEquals(nimbus.isPresent(), werkmap.isPresent(),
                () -> "Nimbus " + (nimbus.isPresent() ? "accepts" : "refuses") + " what Werkmap does not: " + compact);
        if (mustAccept) {
            assertTrue(werkmap.isPresent(), compact);
        }
        if (nimbus.isPresent()) {
            assertArrayEquals(nimbus.get(), werkmap.get());
        }
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Character> anyChar = Arbitraries.of((ALPHABET + ODD).toCharArray()).map(c -> c);
        Arbitrary<Integer> part = Arbitraries.integers().between(0, 4);
        return Arbitraries.oneOf(
                Combinators.combine(at, anyChar).as((i, c) -> text -> replace(text, i % text.length(), c)),
                Combinators.combine(at, anyChar).as((i, c) -> text -> insert(text, i % (text.length() + 1), c)),
                at.map(i -> text -> text.substring(0, i % text.length()) + text.substring(i % text.length() + 1)),
                at.map(i -> text -> text.substring(0, i % text.length())),
                Combinators.combine(part, Arbitraries.of("=", "==", "\r\n", " ")).as((p, pad) ->
                        text -> appendToPart(text, p, pad)),
                Combinators.combine(part, Arbitraries.integers().between(1, 63)).as((p, flip) ->
                        text -> flipLastCharBits(text, p, flip)),
                Combinators.combine(part, part).as((p, q) -> text -> swapParts(text, p, q)));
    }

    @Provide
    Arbitrary<String> randomCompact() {
        Arbitrary<String> piece = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(90);
        return Arbitraries.oneOf(piece.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(".", l)),
                Arbitraries.strings().withChars((ALPHABET + ODD).toCharArray()).ofMaxLength(200));
    }

    @Provide
    Arbitrary<Optional<String>> jwsType() {
        return Arbitraries.of(BundleEnvelope.JWS_TYPE, "JWT", "JOSE", "werkmap-device+jws", "WERKMAP-BUNDLE+JWS", "")
                .optional(0.8);
    }

    @Provide
    Arbitrary<Optional<String>> contentType() {
        return Arbitraries.of(BundleEnvelope.NESTED_CONTENT_TYPE, "JWT", "jose", "application/json", "")
                .optional(0.8);
    }

    @FunctionalInterface
    interface Mutation {
        String apply(String text);
    }

    private static String replace(String text, int at, char c) {
        return text.substring(0, at) + c + text.substring(at + 1);
    }

    private static String insert(String text, int at, char c) {
        return text.substring(0, at) + c + text.substring(at);
    }

    private static String appendToPart(String text, int part, String extra) {
        String[] parts = text.split("\\.", -1);
        parts[part % parts.length] += extra;
        return String.join(".", parts);
    }

    /** Changes the low bits of a part's last character: for most lengths those carry no byte (stray bits). */
    private static String flipLastCharBits(String text, int part, int flip) {
        String[] parts = text.split("\\.", -1);
        int p = part % parts.length;
        if (parts[p].isEmpty()) {
            return text;
        }
        String value = parts[p];
        int last = ALPHABET.indexOf(value.charAt(value.length() - 1));
        int bits = value.length() % 4 == 2 ? 0x0F : value.length() % 4 == 3 ? 0x03 : 0x3F;
        parts[p] = value.substring(0, value.length() - 1) + ALPHABET.charAt(last ^ (flip & bits));
        return String.join(".", parts);
    }

    private static String swapParts(String text, int p, int q) {
        String[] parts = text.split("\\.", -1);
        String held = parts[p % parts.length];
        parts[p % parts.length] = parts[q % parts.length];
        parts[q % parts.length] = held;
        return String.join(".", parts);
    }

    private static String innerJws() {
        return sign(new JWSHeader.Builder(BundleEnvelope.SIGNATURE).keyID(SyncKeys.keyId(DEVICE))
                .type(new JOSEObjectType(BundleEnvelope.JWS_TYPE)).build());
    }

    private static String sign(JWSHeader header) {
        try {
            JWSObject jws = new JWSObject(header, new Payload(PAYLOAD));
            jws.sign(new ECDSASigner(DEVICE));
            return jws.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encrypt(String jws) {
        return encrypt(new JWEHeader.Builder(BundleEnvelope.KEY_AGREEMENT, BundleEnvelope.CONTENT)
                .keyID(SyncKeys.keyId(HUB_ENCRYPTION)).contentType(BundleEnvelope.NESTED_CONTENT_TYPE).build(), jws);
    }

    private static String encrypt(JWEHeader header, String content) {
        try {
            JWEObject jwe = new JWEObject(header, new Payload(content));
            jwe.encrypt(new ECDHEncrypter(HUB_ENCRYPTION.toECPublicKey()));
            return jwe.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
