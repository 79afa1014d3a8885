package nl.werkmap.bench.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.werkmap.bench.sync.RecordedAnswers.Exchange;
import nl.werkmap.bench.sync.RecordedAnswers.UnmatchedRequestException;

class RecordedAnswersTest {

    private static final byte[] UPLOAD = "eyJ.upload".getBytes(StandardCharsets.US_ASCII);

    private static RecordedAnswers recording() {
        return new RecordedAnswers(exchanges());
    }

    private static List<Exchange> exchanges() {
        return List.of(
                new Exchange("POST", "/api/v1/bundles", "", RecordedAnswers.sha256(UPLOAD), 200, "application/json",
                        bytes("{\"status\":\"accepted\"}")),
                new Exchange("GET", "/api/v1/bundles", "after=0", "", 200, "application/json",
                        bytes("{\"bundles\":[\"a\"],\"next\":42}")),
                new Exchange("GET", "/api/v1/bundles", "after=42", "", 200, "application/json",
                        bytes("{\"bundles\":[\"b\"],\"next\":42}")));
    }

    @Test
    void theRecordedRequestsInTheirOrderGetTheRecordedAnswersByteForByte() {
        RecordedAnswers answers = recording();
        assertEquals(200, answers.answer("POST", "/api/v1/bundles", null, UPLOAD.clone()).status());
        assertArrayEquals(bytes("{\"bundles\":[\"a\"],\"next\":42}"),
                answers.answer("GET", "/api/v1/bundles", "after=0", new byte[0]).answer());
        assertArrayEquals(bytes("{\"bundles\":[\"b\"],\"next\":42}"),
                answers.answer("GET", "/api/v1/bundles", "after=42", null).answer());
        assertEquals(3, answers.answered());
        assertDoesNotThrow(answers::verify);
    }

    @Test
    void aRecordingOfTwoPassesIsAnsweredInFullTwiceAndNoMore() {
        RecordedAnswers answers = new RecordedAnswers(exchanges(), 2);
        for (int pass = 0; pass < 2; pass++) {
            answers.answer("POST", "/api/v1/bundles", null, UPLOAD.clone());
            answers.answer("GET", "/api/v1/bundles", "after=0", null);
            if (pass == 0) {
                // Half of the first pass is not what was recorded.
                assertThrows(UnmatchedRequestException.class, answers::verify);
            }
            answers.answer("GET", "/api/v1/bundles", "after=42", null);
        }
        assertEquals(6, answers.answered());
        assertDoesNotThrow(answers::verify);
        assertThrows(UnmatchedRequestException.class, () -> answers.answer("POST", "/api/v1/bundles", null, UPLOAD));
    }

    @Test
    void aSecondPassMustBeAskedFor() {
        RecordedAnswers answers = new RecordedAnswers(exchanges(), 2);
        answers.answer("POST", "/api/v1/bundles", null, UPLOAD.clone());
        answers.answer("GET", "/api/v1/bundles", "after=0", null);
        answers.answer("GET", "/api/v1/bundles", "after=42", null);
        UnmatchedRequestException e = assertThrows(UnmatchedRequestException.class, answers::verify);
        assertTrue(e.getMessage().contains("pass 1 of 2"), e.getMessage());
        // Mid-pass the first exchange is no answer: the order holds within each pass.
        answers.answer("POST", "/api/v1/bundles", null, UPLOAD.clone());
        assertThrows(UnmatchedRequestException.class, () -> answers.answer("POST", "/api/v1/bundles", null, UPLOAD));
    }

    @Test
    void anotherQueryIsRefusedAndNothingIsAnsweredAfterIt() {
        RecordedAnswers answers = recording();
        answers.answer("POST", "/api/v1/bundles", "", UPLOAD);
        UnmatchedRequestException e = assertThrows(UnmatchedRequestException.class,
                () -> answers.answer("GET", "/api/v1/bundles", "after=7", null));
        assertTrue(e.getMessage().contains("after=7") && e.getMessage().contains("after=0"), e.getMessage());
        assertThrows(UnmatchedRequestException.class, () -> answers.answer("GET", "/api/v1/bundles", "after=0", null));
        assertThrows(UnmatchedRequestException.class, answers::verify);
    }

    @Test
    void anUploadWithOtherBytesIsRefused() {
        RecordedAnswers answers = recording();
        byte[] other = UPLOAD.clone();
        other[other.length - 1] ^= 1;
        assertThrows(UnmatchedRequestException.class, () -> answers.answer("POST", "/api/v1/bundles", "", other));
        assertThrows(UnmatchedRequestException.class, answers::verify);
    }

    @Test
    void anotherMethodOrPathOrOrderIsRefused() {
        assertThrows(UnmatchedRequestException.class,
                () -> recording().answer("GET", "/api/v1/bundles", "after=0", null));
        assertThrows(UnmatchedRequestException.class,
                () -> recording().answer("PUT", "/api/v1/bundles", "", UPLOAD));
        assertThrows(UnmatchedRequestException.class,
                () -> recording().answer("POST", "/api/v1/enroll", "", UPLOAD));
    }

    @Test
    void aRequestBeyondTheRecordingIsRefused() {
        RecordedAnswers answers = recording();
        answers.answer("POST", "/api/v1/bundles", "", UPLOAD);
        answers.answer("GET", "/api/v1/bundles", "after=0", null);
        answers.answer("GET", "/api/v1/bundles", "after=42", null);
        assertThrows(UnmatchedRequestException.class, () -> answers.answer("GET", "/api/v1/bundles", "after=42", null));
        assertThrows(UnmatchedRequestException.class, answers::verify);
    }

    @Test
    void aRecordedExchangeNeverAskedForFailsTheCheck() {
        RecordedAnswers answers = recording();
        answers.answer("POST", "/api/v1/bundles", "", UPLOAD);
        answers.answer("GET", "/api/v1/bundles", "after=0", null);
        UnmatchedRequestException e = assertThrows(UnmatchedRequestException.class, answers::verify);
        assertTrue(e.getMessage().contains("after=42"), e.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
