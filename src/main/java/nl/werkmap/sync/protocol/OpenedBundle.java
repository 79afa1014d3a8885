package nl.werkmap.sync.protocol;

/**
 * A bundle whose signature verified, with the exact signed payload bytes and their SHA-256 (hex): the hub compares
 * that digest to tell "the same bundle again" from "another bundle under a used id".
 */
public record OpenedBundle(Bundle bundle, byte[] payload, String payloadDigest, String signerId) {
}
