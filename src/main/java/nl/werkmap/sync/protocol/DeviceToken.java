package nl.werkmap.sync.protocol;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;

/**
 * A short-lived ES256 token by which a device proves who it is when it asks the hub for its down-bundles
 * ({@code Authorization: Werkmap <token>}). The bundles are encrypted to the device anyway; the token keeps
 * strangers and revoked devices from even learning how much there is. The time window is wide (36 hours) on
 * purpose: a laptop with a wrong clock must still be able to sync, and a replayed token only fetches ciphertext.
 */
public final class DeviceToken {

    public static final String SCHEME = "Werkmap";
    public static final Duration MAX_SKEW = Duration.ofHours(36);
    private static final String TYPE = "werkmap-device+jws";
    private static final Gson GSON = new Gson();
    /** The claim naming the newest down-bundle form the device reads ({@link BundleEnvelope#NEWEST_FORM}). */
    static final String READS = "reads";
    /** Verified against when the key id is unknown, so that costs what a wrong signature costs. */
    private static final ECKey STAND_IN = SyncKeys.newSigningKey().toPublicJWK();

    private DeviceToken() {
    }

    public static String issue(String deviceId, ECKey signingKey, Instant at) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(BundleEnvelope.SIGNATURE)
                    .keyID(SyncKeys.keyId(signingKey)).type(new JOSEObjectType(TYPE)).build(),
                    new Payload(GSON.toJson(Map.of("deviceId", deviceId, "at", at.getEpochSecond(),
                            READS, BundleEnvelope.NEWEST_FORM))));
            jws.sign(new ECDSASigner(signingKey));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Kon het apparaatbewijs niet ondertekenen: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the device id the token proves, or throws the refusal that applies. As for bundles, an unknown key id
     * and a wrong signature are refused alike; revocation is told only to the holder of the device's key.
     */
    public static String verify(String token, SignerDirectory signers, Instant now) {
        return prove(token, signers, now).deviceId();
    }

    /**
     * What a verified token proves: the device, and the newest down-bundle form it reads (its {@code reads} claim,
     * since issue 13; 1 for a token without it, from a device of an earlier version).
     */
    public record Proof(String deviceId, int reads) {
    }

    /** As {@link #verify}, with the bundle form the device reads. */
    public static Proof prove(String token, SignerDirectory signers, Instant now) {
        String compact = token == null ? "" : token.trim();
        if (!Arrays.stream(compact.split("\\.", -1)).allMatch(Base64Url::isCanonical)) {
            throw new MalformedBundleException("Het apparaatbewijs is geen zuivere base64url.");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException | RuntimeException e) {
            // Nimbus's parser not only throws ParseException on untrusted bytes (a JSON null where a name is due ends
            // in a NullPointerException inside it): whatever it throws, no token was sent.
            throw new MalformedBundleException("Geen geldig apparaatbewijs meegestuurd.", e);
        }
        if (!BundleEnvelope.SIGNATURE.equals(jws.getHeader().getAlgorithm())
                || jws.getHeader().getCriticalParams() != null && !jws.getHeader().getCriticalParams().isEmpty()) {
            throw new MalformedBundleException("Het apparaatbewijs is niet met ES256 ondertekend.");
        }
        if (jws.getHeader().getType() == null || !TYPE.equals(jws.getHeader().getType().getType())
                || jws.getHeader().getContentType() != null) {
            throw new MalformedBundleException("Het apparaatbewijs heeft niet het afgesproken type (typ " + TYPE + ").");
        }
        Optional<SignerDirectory.Signer> known = Optional.ofNullable(jws.getHeader().getKeyID())
                .flatMap(signers::byKeyId);
        boolean verified;
        try {
            verified = jws.verify(new ECDSAVerifier(known.map(SignerDirectory.Signer::publicKey)
                    .orElse(STAND_IN).toECPublicKey()));
        } catch (JOSEException e) {
            throw new BadSignatureException("Het apparaatbewijs kon niet worden gecontroleerd.", e);
        }
        if (known.isEmpty() || !verified) {
            throw new BadSignatureException("Het apparaatbewijs hoort niet bij een aangemeld apparaat. Meld dit"
                    + " apparaat opnieuw aan bij de gemeente.");
        }
        SignerDirectory.Signer signer = known.get();
        if (signer.revoked()) {
            throw new RevokedDeviceException("Dit apparaat is ingetrokken. Neem contact op met de beheerder.");
        }
        JsonObject claims;
        try {
            com.google.gson.JsonElement parsed = com.google.gson.JsonParser.parseString(jws.getPayload().toString());
            if (!parsed.isJsonObject()) {
                throw new MalformedBundleException("Het apparaatbewijs bevat geen JSON-object.");
            }
            claims = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new MalformedBundleException("Het apparaatbewijs is onleesbaar.", e);
        }
        if (!isText(claims.get("deviceId")) || !signer.id().equals(claims.get("deviceId").getAsString())) {
            throw new BadSignatureException("Het apparaatbewijs hoort niet bij dit apparaat.");
        }
        if (!isWholeSeconds(claims.get("at"))) {
            throw new MalformedBundleException("Het apparaatbewijs mist een geldig tijdstip ('at' in hele seconden).");
        }
        Instant at = Instant.ofEpochSecond(claims.get("at").getAsLong());
        if (Duration.between(at, now).abs().compareTo(MAX_SKEW) > 0) {
            throw new BadSignatureException("Het apparaatbewijs is verlopen. Controleer de klok van deze computer.");
        }
        return new Proof(signer.id(), reads(claims.get(READS)));
    }

    /**
     * The {@code reads} claim: a whole number from 1 up; anything else (absent, from an earlier version, or a value
     * this version does not know) is form 1, which every device reads. A hub of an earlier version ignores the
     * claim, as it ignores every claim it does not know.
     */
    private static int reads(com.google.gson.JsonElement claim) {
        if (claim == null || !claim.isJsonPrimitive() || !claim.getAsJsonPrimitive().isNumber()) {
            return BundleEnvelope.FORM_NESTED;
        }
        try {
            int reads = claim.getAsJsonPrimitive().getAsBigDecimal().intValueExact();
            return Math.max(BundleEnvelope.FORM_NESTED, reads);
        } catch (ArithmeticException | NumberFormatException e) {
            return BundleEnvelope.FORM_NESTED;
        }
    }

    private static boolean isText(com.google.gson.JsonElement claim) {
        return claim != null && claim.isJsonPrimitive() && claim.getAsJsonPrimitive().isString();
    }

    /** A JSON number without fraction that fits a long; anything the clock check could not compare is refused. */
    private static boolean isWholeSeconds(com.google.gson.JsonElement claim) {
        if (claim == null || !claim.isJsonPrimitive() || !claim.getAsJsonPrimitive().isNumber()) {
            return false;
        }
        try {
            long seconds = claim.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
            return seconds >= Instant.MIN.getEpochSecond() && seconds <= Instant.MAX.getEpochSecond();
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }
}
