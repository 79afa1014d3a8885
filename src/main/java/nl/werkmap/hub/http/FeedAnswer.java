package nl.werkmap.hub.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;

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
    private static final Gson GSON = new Gson();

    private FeedAnswer() {
    }

    static void write(Context ctx, DownFeed feed) {
        ctx.contentType("application/json");
        OutputStream out = ctx.outputStream();
        try {
            out.write("{\"bundles\":[".getBytes(StandardCharsets.US_ASCII));
            boolean[] first = {true};
            feed.sealEach(jwe -> {
                try {
                    if (!first[0]) {
                        out.write(',');
                    }
                    first[0] = false;
                    out.write(GSON.toJson(jwe).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.write(("],\"next\":" + feed.next() + "}").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException | UncheckedIOException gone) {
            // The device hung up (it stops reading when a bundle is refused or its apply fails); nothing to answer.
            LOG.info("De feed kon niet helemaal worden geschreven; het apparaat haalt later opnieuw op: {}",
                    gone.toString());
        }
    }
}
