package nl.werkmap.sync.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.ContentRefusedException;
import nl.werkmap.sync.protocol.RefusalCode;
import nl.werkmap.sync.protocol.Resolution;

/** Only what the caseload schema knows passes the door, each misfit with its own code. */
class ContentCheckTest {

    private static final String ID = UUID.randomUUID().toString();
    private static final String STAMP = "001732439700000-00000-dev";

    private static Bundle bundle(Change... changes) {
        return Bundle.up(UUID.randomUUID().toString(), "dev", "gemeente-a", 1, changes.length, "2026-12-04T10:00:00Z",
                List.of(changes));
    }

    private static Change change(String entity, String id, String field, String value) {
        Map<String, String> fields = new HashMap<>();
        fields.put(field, value);
        return new Change(entity, id, fields, STAMP, false);
    }

    private static RefusalCode refusal(Change change) {
        return assertThrows(ContentRefusedException.class, () -> ContentCheck.check(bundle(change))).code();
    }

    @Test
    void acceptsWhatTheAppWrites() {
        Map<String, String> fields = new HashMap<>();
        fields.put("full_name", "Sanne de Vries");
        fields.put("status", "ACTIEF");
        fields.put("coach_id", UUID.randomUUID().toString());
        fields.put("registered_on", "2026-11-01");
        fields.put("hours_available", "12.5");
        fields.put("max_travel_minutes", "45");
        fields.put("has_car", "true");
        fields.put("preferred_sectors", "ZORG;HORECA");
        fields.put("status_reason", null);
        fields.put("deleted", "false");
        assertDoesNotThrow(() -> ContentCheck.check(bundle(new Change("candidate", ID, fields, STAMP, false),
                change("coaching_session", ID, "starts_at", "2026-12-04T10:30"),
                change("coaching_session", ID, "hours_accounted", "1"),
                change("placement", ID, "hours_per_week", "1.0E1"))));
    }

    @Test
    void refusesRecordTypesTheSchemaDoesNotSync() {
        assertEquals(RefusalCode.UNKNOWN_ENTITY, refusal(change("hub_key", ID, "jwk", "x")));
        assertEquals(RefusalCode.UNKNOWN_ENTITY, refusal(change("change_log", ID, "value", "x")));
        assertEquals(RefusalCode.UNKNOWN_ENTITY, refusal(change("sync_enrollment", ID, "hub_url", "x")));
        assertEquals(RefusalCode.UNKNOWN_ENTITY, refusal(change("session_draft", ID, "content", "x")));
    }

    @Test
    void refusesUnknownFieldsAndTheStoresBookkeeping() {
        assertEquals(RefusalCode.UNKNOWN_FIELD, refusal(change("candidate", ID, "password", "x")));
        assertEquals(RefusalCode.UNKNOWN_FIELD, refusal(change("candidate", ID, "updated_at", STAMP)));
        assertEquals(RefusalCode.UNKNOWN_FIELD, refusal(change("candidate", ID, "id", ID)));
    }

    @Test
    void refusesIdsThatAreNoCanonicalUuid() {
        assertEquals(RefusalCode.BAD_ID, refusal(change("candidate", "../../../x", "status", "ACTIEF")));
        assertEquals(RefusalCode.BAD_ID, refusal(change("candidate", "1-1-1-1-1", "status", "ACTIEF")));
        assertEquals(RefusalCode.BAD_ID, refusal(change("candidate", ID.toUpperCase(), "status", "ACTIEF")));
        assertEquals(RefusalCode.BAD_ID, refusal(change("candidate", ID, "coach_id", "anouk")));
    }

    @Test
    void refusesValuesOfTheWrongType() {
        assertEquals(RefusalCode.BAD_VALUE, refusal(change("candidate", ID, "max_travel_minutes", "veertig")));
        assertEquals(RefusalCode.BAD_VALUE, refusal(change("candidate", ID, "max_travel_minutes", "99999999999")));
        assertEquals(RefusalCode.BAD_VALUE, refusal(change("candidate", ID, "hours_available", "NaN")));
        assertEquals(RefusalCode.BAD_VALUE, refusal(change("candidate", ID, "hours_available", "1d")));
        assertEquals(RefusalCode.BAD_VALUE, refusal(change("candidate", ID, "has_car", "ja")));
        assertEquals(RefusalCode.BAD_VALUE, refusal(change("candidate", ID, "registered_on", "gisteren")));
        assertEquals(RefusalCode.BAD_VALUE, refusal(change("candidate", ID, "registered_on", "2026-02-30")));
        assertEquals(RefusalCode.BAD_VALUE, refusal(change("coaching_session", ID, "starts_at", "2026-12-04 25:00")));
        assertEquals(RefusalCode.BAD_VALUE, refusal(change("candidate", ID, "status", null)),
                "a NOT NULL column cannot be cleared");
    }

    @Test
    void refusesValuesOverTheCapOfTheirKind() {
        assertEquals(RefusalCode.VALUE_TOO_LARGE, refusal(change("candidate", ID, "status", "A".repeat(4_001))));
        assertEquals(RefusalCode.VALUE_TOO_LARGE,
                refusal(change("coaching_session", ID, "went_well", "a".repeat(100_001))));
        assertDoesNotThrow(() -> ContentCheck.check(bundle(change("coaching_session", ID, "went_well",
                "a".repeat(100_000)))), "a long session note is still a note");
    }

    @Test
    void checksDecisionsOnConflictsToo() {
        Bundle decided = Bundle.up(UUID.randomUUID().toString(), "dev", "gemeente-a", 1, 1, "2026-12-04T10:00:00Z",
                List.of(), List.of(Resolution.keep("hub_key", ID, "jwk", STAMP)));
        assertEquals(RefusalCode.UNKNOWN_ENTITY,
                assertThrows(ContentRefusedException.class, () -> ContentCheck.check(decided)).code());
    }

    @Test
    void theMessageIsDutchShortAndHasNoControlCharacters() {
        ContentRefusedException e = assertThrows(ContentRefusedException.class, () -> ContentCheck.check(bundle(
                change("candidate", "\u0000\n" + "x".repeat(10_000), "status", "ACTIEF"))));
        assertTrue(e.getMessage().startsWith("De bundel is geweigerd"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
        assertTrue(e.getMessage().chars().noneMatch(Character::isISOControl), e.getMessage());
    }

    @Test
    void everyTableWithATombstoneIsKnownWithoutALocalList() {
        // Tables added by later migrations (verantwoording, profiel, ...) are known the moment they exist.
        for (org.jooq.Table<?> table : nl.werkmap.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            boolean entity = table.field("deleted") != null && !table.getName().startsWith("sync_");
            assertEquals(entity, CaseloadSchema.knownEntity(table.getName()), table.getName());
        }
        assertTrue(CaseloadSchema.entities().containsAll(List.of("candidate", "coach", "placement",
                "coaching_session", "loonwaarde_measurement", "zrm_measurement")));
        assertEquals(ColumnKind.DATE, CaseloadSchema.kind("employer_contact", "last_contact"));
        assertEquals(ColumnKind.REFERENCE, CaseloadSchema.kind("placement", "follows_placement_id"));
        assertEquals(ColumnKind.SEALED, CaseloadSchema.kind("candidate", "birth_date"));
    }
}
