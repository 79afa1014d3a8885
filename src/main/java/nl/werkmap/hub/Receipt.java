package nl.werkmap.hub;

/** The hub's answer to an accepted bundle: {@code duplicate} when the same bundle had been accepted before. */
public record Receipt(String bundleId, boolean duplicate, int applied) {
}
