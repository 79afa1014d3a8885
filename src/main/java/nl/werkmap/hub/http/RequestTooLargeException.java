package nl.werkmap.hub.http;

import nl.werkmap.sync.protocol.BundleRefusedException;
import nl.werkmap.sync.protocol.RefusalCode;

/** A request body over the hub's limit: answered 413 {@code TOO_LARGE} as soon as the limit is passed. */
final class RequestTooLargeException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    RequestTooLargeException(long limit) {
        super(RefusalCode.TOO_LARGE, "Het verzoek is groter dan de hub aanneemt (" + megabytes(limit) + "). Laat de"
                + " beheerder de grens verhogen (hub serve --max-bundle-mb) of stuur minder tegelijk.");
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024 + 1) + " kB";
    }
}
