package nl.werkmap.hub;

import java.util.List;

/** Down-bundles for one device and the journal position to ask after next time. */
public record Delivery(List<String> bundles, long next) {
}
