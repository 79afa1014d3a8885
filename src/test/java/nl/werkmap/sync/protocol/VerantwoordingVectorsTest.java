package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.werkmap.sync.schema.CaseloadSchema;
import nl.werkmap.sync.schema.ColumnKind;
import nl.werkmap.sync.schema.ContentCheck;

/**
 * The committed vector of the jobcoach verantwoording's records (issue 14: toekenning, coachingsplan goal with its
 * V33 columns, a session's logboek columns, a week's approval, the two kinds of jobcoach form) opens at the hub to
 * exactly the committed payload, passes the hub's content check, and names every column these records sync: a
 * column added later without a new vector fails here.
 */
class VerantwoordingVectorsTest {

    private static final Set<String> BOOKKEEPING = Set.of("id", "updated_at", "updated_by", "deleted");

    private static Bundle opened() throws IOException {
        String jwe = new String(BundleVectorsTest.resource("verantwoording-bundle.jwe"), StandardCharsets.US_ASCII);
        OpenedBundle opened = BundleEnvelope.open(jwe,
                Receiver.hub("gemeente-voorbeeld", List.of(BundleVectorsTest.key("hub-encryption.jwk.json"))),
                SignerDirectory.only("device-7f3a", BundleVectorsTest.key("device-signing.jwk.json").toPublicJWK()));
        assertArrayEquals(BundleVectorsTest.resource("verantwoording-payload.json"), opened.payload());
        return opened.bundle();
    }

    private static Set<String> fieldsOf(Bundle bundle, String entity) {
        Set<String> out = new TreeSet<>();
        bundle.changes().stream().filter(c -> c.entity().equals(entity)).forEach(c -> out.addAll(c.fields().keySet()));
        return out;
    }

    private static Set<String> columnsOf(String entity) {
        Set<String> out = new TreeSet<>(CaseloadSchema.fields(entity).keySet());
        out.removeAll(BOOKKEEPING);
        return out;
    }

    @Test
    void opensAtTheHubAndPassesTheContentCheck() throws IOException {
        Bundle bundle = opened();
        assertEquals(List.of("jobcoach_grant", "plan_goal", "coaching_session", "hours_approval", "jobcoach_form",
                "jobcoach_form"), bundle.changes().stream().map(Change::entity).toList());
        assertDoesNotThrow(() -> ContentCheck.check(bundle));
    }

    @Test
    void namesEveryColumnOfTheNewRecordsAndTheNewColumnsOfOldOnes() throws IOException {
        Bundle bundle = opened();
        for (String entity : List.of("jobcoach_grant", "hours_approval", "jobcoach_form", "plan_goal")) {
            assertEquals(columnsOf(entity), fieldsOf(bundle, entity), entity);
        }
        assertTrue(fieldsOf(bundle, "coaching_session").containsAll(List.of("activity", "goal_ids", "travel_minutes",
                "group_id", "group_size", "logged_on", "day_reason", "correction_reason")));
    }

    @Test
    void valuesTravelInTheirPlainTextFormAndSealedOnesOpened() throws IOException {
        Bundle bundle = opened();
        Map<String, String> goal = bundle.changes().get(1).fields();
        assertEquals("2026-H2", goal.get("period"));
        assertEquals("12.5", goal.get("planned_hours"));
        assertEquals("GEHAALD", goal.get("outcome"));
        Map<String, String> evaluation = bundle.changes().get(4).fields();
        assertEquals("8", evaluation.get("score"));
        assertEquals("2", evaluation.get("absence_days"));
        assertEquals(ColumnKind.SEALED, CaseloadSchema.kind("jobcoach_form", "signature"));
        assertTrue(evaluation.get("signature").matches("[0-9, ;]+"), "strokes as vector text, opened");
        assertEquals(ColumnKind.SEALED, CaseloadSchema.kind("coaching_session", "correction_reason"));
        assertEquals("Verkeerde datum ingevuld", bundle.changes().get(2).fields().get("correction_reason"));
    }
}
