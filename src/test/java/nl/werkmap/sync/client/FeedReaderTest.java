package nl.werkmap.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParseException;

/** The fetch answer read as it streams: each bundle handed over in order, a short or partial answer refused. */
class FeedReaderTest {

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void handsOverEachBundleInOrderAndReturnsNextInEitherMemberOrder() throws IOException {
        List<String> got = new ArrayList<>();
        assertEquals(42, FeedReader.read(body("{\"bundles\":[\"a.b.c\",\"d.e.f\"],\"next\":42}"), got::add));
        assertEquals(List.of("a.b.c", "d.e.f"), got);
        got.clear();
        assertEquals(7, FeedReader.read(body("{\"next\":7,\"later\":{\"x\":[1]},\"bundles\":[\"g\"]}"), got::add));
        assertEquals(List.of("g"), got);
    }

    @Test
    void anAnswerThatEndsShortOrLacksAMemberIsRefusedAfterTheBundlesBeforeIt() {
        List<String> got = new ArrayList<>();
        assertThrows(IOException.class, () -> FeedReader.read(body("{\"bundles\":[\"a\",\"b"), got::add));
        assertEquals(List.of("a"), got, "the whole first bundle was handed over, the cut one not");
        assertThrows(JsonParseException.class, () -> FeedReader.read(body("{\"bundles\":[]}"), got::add));
        assertThrows(JsonParseException.class, () -> FeedReader.read(body("{\"next\":3}"), got::add));
    }

    @Test
    void whatTheSinkThrowsStopsTheReadingAndIsCarriedAsItIs() {
        IllegalArgumentException refused = new IllegalArgumentException("bundel geweigerd");
        List<String> got = new ArrayList<>();
        FeedReader.SinkFailed failed = assertThrows(FeedReader.SinkFailed.class, () -> FeedReader.read(
                body("{\"bundles\":[\"a\",\"b\",\"c\"],\"next\":1}"), jwe -> {
                    got.add(jwe);
                    if (jwe.equals("b")) {
                        throw refused;
                    }
                }));
        assertSame(refused, failed.getCause());
        assertEquals(List.of("a", "b"), got);
    }
}
