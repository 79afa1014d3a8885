package nl.werkmap.sync.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;

/**
 * Reads the hub's answer to a fetch, {@code {"bundles":[JWE, ...],"next":N}}, from the stream as it arrives and
 * hands each bundle over as soon as it is read; members this version does not know are skipped.
 */
final class FeedReader {

    /** What the sink threw, carried past the reader's own failures so it is not taken for a broken answer. */
    static final class SinkFailed extends RuntimeException {
        SinkFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private FeedReader() {
    }

    /** As {@link #read(InputStream, Consumer)} for an answer held whole, through the streamed fast reader. */
    static long read(byte[] body, Consumer<String> sink) throws IOException {
        return FeedStream.read(new java.io.ByteArrayInputStream(body), sink);
    }

    /** Returns {@code next}; throws when the answer ends short or lacks either member. */
    static long read(InputStream body, Consumer<String> sink) throws IOException {
        JsonReader json = new JsonReader(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8),
                1 << 16));
        Long next = null;
        boolean bundles = false;
        json.beginObject();
        while (json.hasNext()) {
            switch (json.nextName()) {
                case "bundles" -> {
                    json.beginArray();
                    while (json.hasNext()) {
                        String jwe = json.nextString();
                        try {
                            sink.accept(jwe);
                        } catch (RuntimeException e) {
                            throw new SinkFailed(e);
                        }
                    }
                    json.endArray();
                    bundles = true;
                }
                case "next" -> next = json.nextLong();
                default -> json.skipValue();
            }
        }
        json.endObject();
        if (!bundles || next == null) {
            throw new JsonParseException("het antwoord mist " + (bundles ? "'next'" : "'bundles'"));
        }
        return next;
    }
}
