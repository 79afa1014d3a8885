package nl.werkmap.hub.store;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Names of the hub tables and columns for the jOOQ DSL (no generated code: the same names serve both dialects). */
final class Tables {

    static final Table<?> HUB_KEY = DSL.table(DSL.name("hub_key"));
    static final Table<?> HUB_KEYRING = DSL.table(DSL.name("hub_keyring"));
    static final Table<?> HUB_SETTING = DSL.table(DSL.name("hub_setting"));
    static final Table<?> HUB_COACH = DSL.table(DSL.name("hub_coach"));
    static final Table<?> ENROLL_CODE = DSL.table(DSL.name("enroll_code"));
    static final Table<?> DEVICE = DSL.table(DSL.name("device"));
    static final Table<?> RECEIVED_BUNDLE = DSL.table(DSL.name("received_bundle"));
    static final Table<?> REFUSED_BUNDLE = DSL.table(DSL.name("refused_bundle"));
    static final Table<?> MASTER_ROW = DSL.table(DSL.name("master_row"));
    static final Table<?> MASTER_FIELD = DSL.table(DSL.name("master_field"));

    static final Field<String> KID = text("kid");
    static final Field<String> PURPOSE = text("purpose");
    static final Field<String> JWK = text("jwk");
    static final Field<String> PUBLIC_JWK = text("public_jwk");
    static final Field<String> PROTECTION = text("protection");
    static final Field<String> KEYRING = text("keyring");
    static final Field<Integer> KEYRING_ID = DSL.field(DSL.name("id"), SQLDataType.INTEGER);
    static final Field<String> CREATED_AT = text("created_at");
    static final Field<Integer> IS_CURRENT = DSL.field(DSL.name("is_current"), SQLDataType.INTEGER);
    static final Field<String> NAME = text("name");
    static final Field<String> VALUE = text("value");
    static final Field<String> ID = text("id");
    static final Field<String> ROLE = text("role");
    static final Field<String> TEAM = text("team");
    static final Field<String> CODE_HASH = text("code_hash");
    static final Field<String> COACH_ID = text("coach_id");
    static final Field<String> EXPIRES_AT = text("expires_at");
    static final Field<String> USED_AT = text("used_at");
    static final Field<String> DEVICE_ID = text("device_id");
    static final Field<String> SIGNING_KID = text("signing_kid");
    static final Field<String> SIGNING_JWK = text("signing_jwk");
    static final Field<String> ENCRYPTION_JWK = text("encryption_jwk");
    static final Field<String> ENROLLED_AT = text("enrolled_at");
    static final Field<String> REVOKED_AT = text("revoked_at");
    static final Field<String> LAST_SEEN_AT = text("last_seen_at");
    static final Field<String> BUNDLE_ID = text("bundle_id");
    static final Field<String> PAYLOAD_DIGEST = text("payload_digest");
    static final Field<String> JWE = text("jwe");
    static final Field<Integer> CHANGE_COUNT = DSL.field(DSL.name("change_count"), SQLDataType.INTEGER);
    static final Field<String> RECEIVED_AT = text("received_at");
    static final Field<String> VIA = text("via");
    static final Field<String> ERROR_CODE = text("error_code");
    static final Field<String> DETAIL = text("detail");
    static final Field<String> ENTITY = text("entity");
    static final Field<String> ENTITY_ID = text("entity_id");
    static final Field<String> CANDIDATE_ID = text("candidate_id");
    static final Field<String> TOMBSTONE_HLC = text("tombstone_hlc");
    static final Field<String> TOMBSTONE_DEVICE = text("tombstone_device");
    static final Field<Long> JOURNAL_SEQ = DSL.field(DSL.name("journal_seq"), SQLDataType.BIGINT);
    static final Field<String> FIELD = text("field");
    static final Field<String> HLC = text("hlc");

    private Tables() {
    }

    private static Field<String> text(String name) {
        return DSL.field(DSL.name(name), SQLDataType.VARCHAR);
    }
}
