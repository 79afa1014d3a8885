package nl.werkmap.store;

import static nl.werkmap.store.jooq.Tables.CANDIDATE;
import static nl.werkmap.store.jooq.Tables.CASELOAD_BINDING;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record2;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.TamperedFieldException;
import nl.werkmap.store.db.Database;

/**
 * Ties a caseload file to the keyring that opens it (see V30): the file holds its random caseload id, sealed under
 * the data key. A keyring from another caseload unlocks fine on its own, but cannot open that check, and is then
 * refused before it seals anything into this file (which would make those saves unreadable with the right key).
 */
final class CaseloadBinding {

    private static final String TABLE = "caseload_binding";
    private static final String COLUMN = "keyring_check";

    private CaseloadBinding() {
    }

    /**
     * Checks the binding, or makes it for a caseload that has none yet (made before V30, or just created). An
     * unbound caseload that already holds sealed candidates is first checked against one of them, so an old
     * caseload cannot be bound to a foreign keyring either.
     *
     * @throws StoreException if the keyring belongs to another caseload; nothing has been written then
     */
    static void verifyOrBind(Database database, FieldSealer sealer, Instant now) {
        Record2<String, byte[]> row = database.read(dsl -> dsl
                .select(CASELOAD_BINDING.CASELOAD_ID, CASELOAD_BINDING.KEYRING_CHECK)
                .from(CASELOAD_BINDING).fetchOne());
        if (row != null) {
            if (!opens(sealer, row.value1(), row.value2())) {
                throw foreign(database.file());
            }
            return;
        }
        Record2<String, byte[]> sample = database.read(dsl -> dsl.select(CANDIDATE.ID, CANDIDATE.FULL_NAME)
                .from(CANDIDATE).limit(1).fetchOne());
        if (sample != null && !opensAny(sealer, sample.value1(), sample.value2())) {
            throw foreign(database.file());
        }
        String caseloadId = UUID.randomUUID().toString();
        byte[] check = sealer.seal(TABLE, COLUMN, caseloadId, caseloadId);
        database.write(tx -> bind(tx, caseloadId, check, now));
    }

    /**
     * Checks a key against the binding without writing anything, for unlocking an open caseload again: the keyring
     * file may have been replaced while the app was locked.
     *
     * @throws StoreException if the key cannot open this caseload's check value
     */
    static void verify(Database database, FieldSealer sealer) {
        Record2<String, byte[]> row = database.read(dsl -> dsl
                .select(CASELOAD_BINDING.CASELOAD_ID, CASELOAD_BINDING.KEYRING_CHECK)
                .from(CASELOAD_BINDING).fetchOne());
        if (row != null && !opens(sealer, row.value1(), row.value2())) {
            throw foreign(database.file());
        }
    }

    /** Records the day the file last passed quick_check, so later opens that day can skip it. */
    static void checkedOn(Database database, LocalDate day) {
        // No screen shows this mark: what they read ahead stays theirs (the write stamp does not move).
        database.writeBookkeeping(tx -> tx.update(CASELOAD_BINDING)
                .set(CASELOAD_BINDING.LAST_CHECK_ON, day.toString())
                .where(CASELOAD_BINDING.LAST_CHECK_ON.isDistinctFrom(day.toString())).execute());
    }

    private static Void bind(DSLContext tx, String caseloadId, byte[] check, Instant now) {
        // Another window may have bound it in the meantime; the first binding stays.
        tx.insertInto(CASELOAD_BINDING, CASELOAD_BINDING.ID, CASELOAD_BINDING.CASELOAD_ID,
                        CASELOAD_BINDING.KEYRING_CHECK, CASELOAD_BINDING.BOUND_AT)
                .values(1, caseloadId, check, now.toString())
                .onConflictDoNothing()
                .execute();
        return null;
    }

    private static boolean opens(FieldSealer sealer, String caseloadId, byte[] check) {
        try {
            return Objects.equals(caseloadId, sealer.open(TABLE, COLUMN, caseloadId, check));
        } catch (TamperedFieldException e) {
            return false;
        }
    }

    private static boolean opensAny(FieldSealer sealer, String candidateId, byte[] fullName) {
        try {
            sealer.open("candidate", "full_name", candidateId, fullName);
            return true;
        } catch (TamperedFieldException e) {
            return false;
        }
    }

    static StoreException foreign(Path dbFile) {
        return new StoreException("Het sleutelbestand hoort niet bij deze caseload (" + dbFile + "): het komt van een"
                + " andere caseload en kan deze gegevens niet openen. Werkmap heeft niets geopend en niets veranderd."
                + " Zet het sleutelbestand keyring.json terug dat bij deze caseload hoort (bijvoorbeeld uit je"
                + " reservekopie), of open de map waar dit sleutelbestand bij hoort.");
    }
}
