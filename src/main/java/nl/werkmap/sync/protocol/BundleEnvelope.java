package nl.werkmap.sync.protocol;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.ECKey;

/**
 * The JOSE envelope of a bundle: the payload JSON signed as a compact JWS (ES256), that JWS encrypted as a compact
 * JWE (ECDH-ES+A256KW, A256GCM, {@code cty: JOSE}). Sign-then-encrypt, so the receiver knows who wrote the bytes
 * and nobody on the way can read them. Only these algorithms are accepted when opening; everything else, including
 * compression and critical header members, is refused before any key is touched.
 *
 * <p>The bulk work (base64url, AES-GCM, the ES256 hash over the payload) is done by the JDK on byte arrays
 * ({@link CompactJws}, {@link CompactJwe}); a 10,000-change bundle is megabytes and Nimbus's string-based objects
 * copied and re-encoded it several times. The output is the same standard compact JOSE any library opens, which
 * the interoperability test checks both ways.
 *
 * <p>Envelope form 2 (issue 13, {@link #FORM_UNENCODED}, sync-protocol.md §3.1): the same keys and algorithms, the
 * JWS with an unencoded payload (RFC 7797) so the payload is base64url-encoded once, by the JWE, instead of twice.
 * {@link #open} reads both forms; a hub sends form 2 only to a device whose token says it reads it.
 */
public final class BundleEnvelope {

    public static final JWSAlgorithm SIGNATURE = JWSAlgorithm.ES256;
    public static final JWEAlgorithm KEY_AGREEMENT = JWEAlgorithm.ECDH_ES_A256KW;
    public static final EncryptionMethod CONTENT = EncryptionMethod.A256GCM;
    public static final String JWS_TYPE = "werkmap-bundle+jws";
    public static final String NESTED_CONTENT_TYPE = "JOSE";
    /**
     * The JWE content type of form 2: the plaintext is a JWS with an unencoded payload (RFC 7797, {@code b64: false})
     * written as header, dot, payload, dot, signature (docs/sync-protocol.md §3.1).
     */
    public static final String UNENCODED_CONTENT_TYPE = "werkmap-bundle+jws-unencoded";
    /** Form 1: the compact JWS (payload in base64url) inside the compact JWE; every device and hub reads it. */
    public static final int FORM_NESTED = 1;
    /**
     * Form 2 (issue 13): the payload signed unencoded inside the compact JWE, so it is base64url-encoded once (by the
     * JWE) instead of twice; about a quarter fewer bytes. A hub sends it only to a device that says it reads it.
     */
    public static final int FORM_UNENCODED = 2;
    /** The newest form this version reads (and says so in its device token). */
    public static final int NEWEST_FORM = FORM_UNENCODED;

    private BundleEnvelope() {
    }

    /** Signs {@code payload} with the sender's key and encrypts it to the receiver's public key. */
    public static String seal(Bundle payload, ECKey signingKey, ECKey recipientEncryptionKey) {
        return sealBytes(BundleJson.write(payload), signingKey, recipientEncryptionKey);
    }

    /** As {@link #seal} for payload bytes already written; the bytes are signed exactly as given. Form 1. */
    public static String sealBytes(byte[] payloadJson, ECKey signingKey, ECKey recipientEncryptionKey) {
        return sealBytes(payloadJson, signingKey, recipientEncryptionKey, FORM_NESTED);
    }

    /** As {@link #sealBytes(byte[], ECKey, ECKey)} in {@code form} ({@link #FORM_NESTED} or {@link #FORM_UNENCODED}). */
    public static String sealBytes(byte[] payloadJson, ECKey signingKey, ECKey recipientEncryptionKey, int form) {
        try {
            JWSHeader header = jwsHeader(signingKey, form);
            byte[] jws = form == FORM_UNENCODED
                    ? CompactJws.signUnencoded(header, payloadJson, signingKey.toECPrivateKey())
                    : CompactJws.sign(header, payloadJson, signingKey.toECPrivateKey());
            return CompactJwe.encrypt(jweHeader(recipientEncryptionKey, form), jws,
                    recipientEncryptionKey.toECPublicKey());
        } catch (JOSEException | GeneralSecurityException e) {
            throw new IllegalStateException("De bundel kon niet worden ondertekend of versleuteld: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #sealBytes}, the compact JWE written straight into {@code out} in one pass, without holding the
     * signed and the encrypted bundle whole (the hub's feed, bundles of megabytes; see {@link StreamedEnvelope}).
     */
    public static void sealTo(byte[] payloadJson, ECKey signingKey, ECKey recipientEncryptionKey,
                              java.io.OutputStream out) throws java.io.IOException {
        sealTo(payloadJson, payloadJson.length, signingKey, recipientEncryptionKey, out);
    }

    /** As {@link #sealTo(byte[], ECKey, ECKey, java.io.OutputStream)} for the payload {@code payloadJson[0, length)}. */
    public static void sealTo(byte[] payloadJson, int length, ECKey signingKey, ECKey recipientEncryptionKey,
                              java.io.OutputStream out) throws java.io.IOException {
        sealTo(payloadJson, length, signingKey, recipientEncryptionKey, FORM_NESTED, out);
    }

    /**
     * As {@link #sealTo(byte[], int, ECKey, ECKey, java.io.OutputStream)} in {@code form} ({@link #FORM_NESTED} or
     * {@link #FORM_UNENCODED}).
     */
    public static void sealTo(byte[] payloadJson, int length, ECKey signingKey, ECKey recipientEncryptionKey, int form,
                              java.io.OutputStream out) throws java.io.IOException {
        try {
            StreamedEnvelope.seal(jwsHeader(signingKey, form), payloadJson, length, signingKey.toECPrivateKey(),
                    jweHeader(recipientEncryptionKey, form), recipientEncryptionKey.toECPublicKey(), out);
        } catch (JOSEException | GeneralSecurityException e) {
            throw new IllegalStateException("De bundel kon niet worden ondertekend of versleuteld: " + e.getMessage(), e);
        }
    }

    /** The form a hub answers in to a device that reads forms up to {@code reads}: the newest both know. */
    public static int formFor(int reads) {
        return Math.max(FORM_NESTED, Math.min(reads, NEWEST_FORM));
    }

    private static JWSHeader jwsHeader(ECKey signingKey, int form) throws JOSEException {
        JWSHeader.Builder header = new JWSHeader.Builder(SIGNATURE)
                .keyID(SyncKeys.keyId(signingKey))
                .type(new JOSEObjectType(JWS_TYPE));
        if (form == FORM_UNENCODED) {
            header.base64URLEncodePayload(false).criticalParams(java.util.Set.of(UNENCODED));
        } else if (form != FORM_NESTED) {
            throw new IllegalArgumentException("Onbekende bundelvorm " + form);
        }
        return header.build();
    }

    private static JWEHeader jweHeader(ECKey recipientEncryptionKey, int form) throws JOSEException {
        return new JWEHeader.Builder(KEY_AGREEMENT, CONTENT)
                .keyID(SyncKeys.keyId(recipientEncryptionKey))
                .contentType(form == FORM_UNENCODED ? UNENCODED_CONTENT_TYPE : NESTED_CONTENT_TYPE)
                .build();
    }

    /** The header member of RFC 7797, the only critical one a bundle of form 2 has (and must have). */
    private static final String UNENCODED = "b64";

    /**
     * Decrypts, verifies and reads a bundle, in the order of {@code docs/sync-protocol.md} §3. Throws a
     * {@link BundleRefusedException} subclass that names the first thing found wrong; nothing of a refused bundle
     * should be used.
     *
     * <p>What the registry knows about the signer (is the device revoked?) is told only to whoever holds its private
     * key: an unknown key id and a signature that does not verify give the same refusal, after the same work, and
     * revocation is checked only after the signature is good.
     */
    public static OpenedBundle open(String compact, Receiver receiver, SignerDirectory signers) {
        CompactJwe jwe = parseJwe(compact);
        JWEHeader jweHeader = jwe.header();
        if (!KEY_AGREEMENT.equals(jweHeader.getAlgorithm()) || !CONTENT.equals(jweHeader.getEncryptionMethod())
                || jweHeader.getCompressionAlgorithm() != null || hasCritical(jweHeader.getCriticalParams())) {
            throw new MalformedBundleException("De bundel gebruikt niet de afgesproken versleuteling (" + KEY_AGREEMENT
                    + ", " + CONTENT + ", zonder compressie).");
        }
        boolean unencoded = UNENCODED_CONTENT_TYPE.equals(jweHeader.getContentType());
        if (!unencoded && !NESTED_CONTENT_TYPE.equals(jweHeader.getContentType()) || jweHeader.getType() != null) {
            throw new MalformedBundleException("De versleutelde bundel heeft niet het afgesproken inhoudstype (cty "
                    + NESTED_CONTENT_TYPE + " of " + UNENCODED_CONTENT_TYPE + ", geen typ).");
        }
        ECKey key = Optional.ofNullable(jweHeader.getKeyID()).flatMap(receiver.keys())
                .orElseThrow(() -> new WrongRecipientException("Deze bundel is versleuteld voor een sleutel die hier niet"
                        + " bekend is: hij is voor een andere gemeente of een ander apparaat bedoeld."));
        byte[] plaintext;
        try {
            plaintext = jwe.decrypt(key.toECPrivateKey());
        } catch (JOSEException | GeneralSecurityException e) {
            throw new TamperedException("De bundel is onderweg veranderd of beschadigd: ontsleutelen lukt niet.", e);
        }
        CompactJws jws = unencoded ? CompactJws.parseUnencoded(plaintext) : CompactJws.parse(plaintext);
        if (jws == null) {
            throw new MalformedBundleException("De versleutelde inhoud is geen ondertekende bundel (JWS).");
        }
        // Form 1: no critical member and the payload in base64url; form 2: exactly "b64" critical and b64 false.
        if (!SIGNATURE.equals(jws.header().getAlgorithm()) || (unencoded
                ? !java.util.Set.of(UNENCODED).equals(jws.header().getCriticalParams())
                        || jws.header().isBase64URLEncodePayload()
                : hasCritical(jws.header().getCriticalParams()) || !jws.header().isBase64URLEncodePayload())) {
            throw new MalformedBundleException("De bundel is niet ondertekend met " + SIGNATURE + (unencoded
                    ? " over de onbewerkte inhoud (b64 false, crit b64)." : "."));
        }
        if (jws.header().getType() == null || !JWS_TYPE.equals(jws.header().getType().getType())
                || jws.header().getContentType() != null) {
            throw new MalformedBundleException("De ondertekende bundel heeft niet het afgesproken type (typ "
                    + JWS_TYPE + ", geen cty).");
        }
        SignerDirectory.Signer signer = verifiedSigner(jws, signers);
        if (signer.revoked()) {
            throw new RevokedDeviceException("Het apparaat " + signer.id() + " is ingetrokken en mag niet meer"
                    + " synchroniseren. Neem contact op met de beheerder.");
        }
        byte[] payload;
        try {
            payload = jws.payload();
        } catch (IllegalArgumentException e) {
            throw new MalformedBundleException("De inhoud van de ondertekende bundel is geen base64url.", e);
        }
        Bundle bundle = BundleJson.read(payload);
        if (!signer.id().equals(bundle.deviceId())) {
            throw new BadSignatureException("De bundel zegt van apparaat " + bundle.deviceId() + " te komen, maar is"
                    + " ondertekend door " + signer.id() + ".");
        }
        if (!receiver.kind().equals(bundle.kind()) || !receiver.municipality().equals(bundle.municipality())
                || !receiver.recipientId().equals(bundle.recipient())) {
            throw new WrongRecipientException("Deze bundel is bedoeld voor " + bundle.recipient() + " ("
                    + bundle.municipality() + "), niet voor " + receiver.recipientId() + ".");
        }
        return new OpenedBundle(bundle, payload, signer.id());
    }

    /**
     * The registered signer whose key verifies this JWS, revoked or not. An unknown key id is checked against a
     * stand-in key, so it costs the same as a wrong signature and gets the same answer: before a valid signature
     * nobody learns whether a key id is registered, let alone revoked.
     */
    private static SignerDirectory.Signer verifiedSigner(CompactJws jws, SignerDirectory signers) {
        Optional<SignerDirectory.Signer> signer = Optional.ofNullable(jws.header().getKeyID()).flatMap(signers::byKeyId);
        boolean verified = verifies(jws, signer.map(SignerDirectory.Signer::publicKey).orElse(StandIn.KEY));
        if (signer.isEmpty() || !verified) {
            throw new BadSignatureException("De handtekening van de bundel hoort niet bij een aangemeld apparaat: het"
                    + " apparaat is niet (meer) aangemeld of de bundel is vervalst. De bundel is niet verwerkt;"
                    + " meld het apparaat opnieuw aan bij de gemeente als dit jouw apparaat is.");
        }
        return signer.get();
    }

    /** A key nobody holds, made once, to verify against when the key id is unknown. */
    private static final class StandIn {
        static final ECKey KEY = SyncKeys.newSigningKey().toPublicJWK();
    }

    /** No critical ("crit") extension is defined for bundles, so any is refused rather than ignored (RFC 7515 §4.1.11). */
    private static boolean hasCritical(java.util.Set<String> critical) {
        return critical != null && !critical.isEmpty();
    }

    private static CompactJwe parseJwe(String compact) {
        if (compact == null || compact.isBlank()) {
            throw new MalformedBundleException("Lege bundel ontvangen.");
        }
        return CompactJwe.parse(compact.trim());
    }

    private static boolean verifies(CompactJws jws, ECKey publicKey) {
        try {
            return jws.verifies(publicKey.toECPublicKey());
        } catch (JOSEException | GeneralSecurityException e) {
            throw new BadSignatureException("De handtekening van de bundel kon niet worden gecontroleerd.", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java-installatie", e);
        }
    }
}
