package nl.werkmap.bench.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The answers of one recorded sync, for a replay (TeamSyncBench {@code -Dbench.hub=replay}, whose server lives in
 * src/bench): each request must be the next one recorded, with the same method, path and query and, for a request
 * with a body, the same bytes (SHA-256); it then gets that exchange's recorded answer, byte for byte. Anything else
 * is refused and remembered, and after a refusal nothing more is answered: never an improvised answer.
 * {@link #verify()} afterwards says whether every request matched and every recorded exchange was asked for.
 * A recording may be asked for in full more than once ({@code passes}), each pass from its first exchange to its
 * last, for a replay that first applies the same sync in the same JVM to warm it. Headers are not compared: the
 * device token of a fetch differs each time by design (its time and signature).
 */
public final class RecordedAnswers {

    /** One request as recorded with its answer: status, content type and the body's bytes. */
    public record Exchange(String method, String path, String query, String bodySha256, int status,
                           String contentType, byte[] answer) {

        public Exchange {
            query = query == null ? "" : query;
            bodySha256 = bodySha256 == null ? "" : bodySha256;
        }

        /** The request as compared: method, path, query and the body's hash if it had one. */
        public String request() {
            return describe(method, path, query, bodySha256);
        }
    }

    /** A request the recording has no answer for, at this point of the replay. */
    public static final class UnmatchedRequestException extends IllegalStateException {
        UnmatchedRequestException(String message) {
            super(message);
        }
    }

    private final List<Exchange> recorded;
    private final int passes;
    private final List<String> refused = new ArrayList<>();
    private int pass;
    private int next;

    public RecordedAnswers(List<Exchange> recorded) {
        this(recorded, 1);
    }

    /** Answers the whole recording {@code passes} times, one full pass after the other. */
    public RecordedAnswers(List<Exchange> recorded, int passes) {
        if (passes < 1) {
            throw new IllegalArgumentException("passes: " + passes);
        }
        this.recorded = List.copyOf(recorded);
        this.passes = passes;
    }

    /**
     * The recorded answer to this request, if it is the next one recorded.
     *
     * @throws UnmatchedRequestException if it is not (or an earlier request was refused, or all were answered)
     */
    public synchronized Exchange answer(String method, String path, String query, byte[] body) {
        String asked = describe(method, path, query, sha256(body));
        String why = null;
        if (next >= recorded.size() && pass + 1 < passes) {
            pass++; // the pass before was answered in full: the next starts at the first exchange
            next = 0;
        }
        if (!refused.isEmpty()) {
            why = "an earlier request was refused";
        } else if (next >= recorded.size()) {
            why = "all " + recorded.size() + " recorded exchanges were answered already"
                    + (passes > 1 ? ", " + passes + " times" : "");
        } else if (!recorded.get(next).request().equals(asked)) {
            why = "exchange " + (next + 1) + " of " + recorded.size() + " was recorded as "
                    + recorded.get(next).request();
        }
        if (why != null) {
            String message = "no recorded answer for " + asked + ": " + why;
            refused.add(message);
            throw new UnmatchedRequestException(message);
        }
        return recorded.get(next++);
    }

    /** How many recorded exchanges were answered so far, all passes together. */
    public synchronized int answered() {
        return pass * recorded.size() + next;
    }

    public int size() {
        return recorded.size();
    }

    /** @throws UnmatchedRequestException if a request was refused or a recorded exchange never asked for */
    public synchronized void verify() {
        if (!refused.isEmpty()) {
            throw new UnmatchedRequestException("the replay was not the recorded sync: " + String.join("; ", refused));
        }
        if (pass + 1 < passes || next < recorded.size()) {
            throw new UnmatchedRequestException("the replay asked for " + next + " of " + recorded.size()
                    + " recorded exchanges in pass " + (pass + 1) + " of " + passes + "; the first not asked for: "
                    + recorded.get(next < recorded.size() ? next : 0).request());
        }
    }

    /** SHA-256 in hex of a request body, or "" for none. */
    public static String sha256(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Convenience for a text body. */
    public static String sha256(String body) {
        return sha256(body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(String method, String path, String query, String bodySha256) {
        return method + " " + path + (query == null || query.isEmpty() ? "" : "?" + query)
                + (bodySha256 == null || bodySha256.isEmpty() ? "" : " (body sha256 " + bodySha256 + ")");
    }
}
