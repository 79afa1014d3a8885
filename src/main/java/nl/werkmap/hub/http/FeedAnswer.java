package nl.werkmap.hub.http;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;
import nl.werkmap.hub.DownFeed;

/**
 * Writes the answer to a fetch, {@code {"bundles":[JWE, ...],"next":N}}, one bundle at a time as the hub seals it:
 * the device reads and applies a bundle while the next is sealed. The JSON is the same as when it was written
 * whole (see docs/hub-openapi.yaml); only when its bytes leave differs. Once the first bytes are out the status is
 * sent, so a failure after that cannot become an error answer: the body then ends short and the device, which
 * moves its cursor only after the whole answer, fetches again later.
 */
final class FeedAnswer {

    private static final Logger LOG = LoggerFactory.getLogger(FeedAnswer.class);
    private static final byte[] OPEN = "{\"bundles\":[\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMA_QUOTE = ",\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUOTE = {'"'};

    private FeedAnswer() {
    }

    static void write(Context ctx, DownFeed feed) {
        ctx.contentType("application/json");
        // The one-pass sealing writes each bundle in pieces of about 10 KB; written to the connection one by one,
        // every piece was a blocking send and a first sync took twice as long (TeamSyncBench). A bundle goes out in
        // pieces of a megabyte; each is flushed whole after its last byte.
        OutputStream out = new BufferedOutputStream(ctx.outputStream(), 1 << 20);
        try {
            // The opening goes out with the first bundle: a failure while the feed is read before it still becomes an
            // error answer. A compact JWE is base64url and dots only, which JSON never escapes.
            boolean[] none = {true};
            feed.writeEach(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    none[0] = false;
                    out.write(b, off, len);
                }
            }, OPEN, COMMA_QUOTE, QUOTE);
            if (none[0]) {
                out.write(OPEN, 0, OPEN.length - 1);
            }
            out.write(("],\"next\":" + feed.next() + "}").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException | UncheckedIOException gone) {
            // The device hung up (it stops reading when a bundle is refused or its apply fails); nothing to answer.
            LOG.info("De feed kon niet helemaal worden geschreven; het apparaat haalt later opnieuw op: {}",
                    gone.toString());
        }
    }
}
