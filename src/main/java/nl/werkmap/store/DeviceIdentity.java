package nl.werkmap.store;

import static nl.werkmap.store.jooq.Tables.DEVICE_INFO;

import java.time.Instant;
import java.util.UUID;

import org.jooq.DSLContext;

/**
 * This laptop's id in the caseload: made once, when the file is created, and kept for good. Every row and change
 * carries it, so sync can tell devices apart.
 */
final class DeviceIdentity {

    private DeviceIdentity() {
    }

    /** This device's id, or null if none was made yet. */
    static String existing(DSLContext dsl) {
        return dsl.select(DEVICE_INFO.DEVICE_ID).from(DEVICE_INFO).limit(1).fetchOne(DEVICE_INFO.DEVICE_ID);
    }

    static String ensure(DSLContext tx, Instant now) {
        String existing = existing(tx);
        if (existing != null) {
            return existing;
        }
        String id = UUID.randomUUID().toString();
        tx.insertInto(DEVICE_INFO, DEVICE_INFO.DEVICE_ID, DEVICE_INFO.CREATED_AT).values(id, now.toString()).execute();
        return id;
    }
}
