package nl.werkmap.sync.client;

import java.util.List;

/** Down-bundles (compact JWE) and the position to ask after next time. */
public record FetchAnswer(List<String> bundles, long next) {
}
