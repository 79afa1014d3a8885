package nl.werkmap.hub.store;

import static nl.werkmap.hub.store.Tables.*;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.SignerDirectory;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * Coaches, one-time enrolment codes and enrolled devices. A code is shown once to the administrator and only its
 * SHA-256 is stored, so a copy of the database does not let anyone enrol a device.
 */
public final class DeviceRegistry {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final HubDatabase db;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public DeviceRegistry(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Issues a one-time code for a coach (made on first use of name+team) that is valid for {@code validity}. */
    public String issueCode(String coachName, HubRole role, String team, Duration validity) {
        String code = newCode();
        Instant now = clock.instant();
        db.write(dsl -> {
            String coachId = dsl.select(ID).from(HUB_COACH).where(NAME.eq(coachName)).and(TEAM.eq(team))
                    .fetchOptional(ID).orElseGet(() -> {
                        String id = UUID.randomUUID().toString();
                        dsl.insertInto(HUB_COACH, ID, NAME, ROLE, TEAM, CREATED_AT)
                                .values(id, coachName, role.name(), team, now.toString()).execute();
                        return id;
                    });
            dsl.update(HUB_COACH).set(ROLE, role.name()).where(ID.eq(coachId)).execute();
            dsl.insertInto(ENROLL_CODE, CODE_HASH, COACH_ID, CREATED_AT, EXPIRES_AT)
                    .values(hash(code), coachId, now.toString(), now.plus(validity).toString()).execute();
            return null;
        });
        return code;
    }

    /** As {@link #enroll(String, String, String, ECKey, ECKey)} with an id chosen by the hub. */
    public Enrollment enroll(String code, String deviceName, ECKey signingKey, ECKey encryptionKey) {
        return enroll(code, deviceName, null, signingKey, encryptionKey);
    }

    /**
     * Registers a device's public keys against a code; the code cannot be used again. {@code proposedId} is the
     * device's own id (the one its change log stamps), used when it is a UUID not yet taken.
     */
    public Enrollment enroll(String code, String deviceName, String proposedId, ECKey signingKey, ECKey encryptionKey) {
        if (signingKey.isPrivate() || encryptionKey.isPrivate()) {
            throw new EnrollmentRefusedException("Stuur alleen de publieke sleutels mee, nooit de privésleutels.");
        }
        String now = clock.instant().toString();
        return db.write(dsl -> {
            Record row = dsl.select(COACH_ID, EXPIRES_AT, USED_AT).from(ENROLL_CODE)
                    .where(CODE_HASH.eq(hash(normalise(code)))).fetchOne();
            if (row == null) {
                throw new EnrollmentRefusedException("Deze aanmeldcode is onbekend. Vraag de beheerder om een nieuwe code.");
            }
            if (row.get(USED_AT) != null) {
                throw new EnrollmentRefusedException("Deze aanmeldcode is al gebruikt. Vraag de beheerder om een nieuwe code.");
            }
            if (row.get(EXPIRES_AT).compareTo(now) < 0) {
                throw new EnrollmentRefusedException("Deze aanmeldcode is verlopen. Vraag de beheerder om een nieuwe code.");
            }
            String kid = SyncKeys.keyId(signingKey);
            if (dsl.fetchExists(DSL.selectOne().from(DEVICE).where(SIGNING_KID.eq(kid)))) {
                throw new EnrollmentRefusedException("Deze apparaatsleutel is al aangemeld. Maak nieuwe sleutels aan.");
            }
            String deviceId = usableId(dsl, proposedId);
            dsl.insertInto(DEVICE, ID, COACH_ID, NAME, SIGNING_KID, SIGNING_JWK, ENCRYPTION_JWK, ENROLLED_AT)
                    .values(deviceId, row.get(COACH_ID), deviceName, kid, signingKey.toJSONString(),
                            encryptionKey.toJSONString(), now).execute();
            dsl.update(ENROLL_CODE).set(USED_AT, now).set(DEVICE_ID, deviceId)
                    .where(CODE_HASH.eq(hash(normalise(code)))).execute();
            Record coach = dsl.select(NAME, ROLE, TEAM).from(HUB_COACH).where(ID.eq(row.get(COACH_ID))).fetchOne();
            return new Enrollment(deviceId, row.get(COACH_ID), coach.get(NAME), HubRole.valueOf(coach.get(ROLE)),
                    coach.get(TEAM));
        });
    }

    private static String usableId(DSLContext dsl, String proposedId) {
        if (proposedId != null) {
            try {
                String id = UUID.fromString(proposedId).toString();
                if (id.equals(proposedId) && !dsl.fetchExists(DSL.selectOne().from(DEVICE).where(ID.eq(id)))) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                throw new EnrollmentRefusedException("Het apparaat-id '" + proposedId + "' is geen UUID.");
            }
            throw new EnrollmentRefusedException("Dit apparaat is al aangemeld. Vraag de beheerder het oude apparaat"
                    + " in te trekken en meld opnieuw aan.");
        }
        return UUID.randomUUID().toString();
    }

    public Optional<RegisteredDevice> device(String deviceId) {
        return db.read(dsl -> query(dsl).where(DSL.field(DSL.name("d", "id"), String.class).eq(deviceId))
                .fetchOptional(DeviceRegistry::toDevice));
    }

    public List<RegisteredDevice> devices() {
        return db.read(dsl -> query(dsl).orderBy(DSL.field(DSL.name("d", "enrolled_at"))).fetch(DeviceRegistry::toDevice));
    }

    /** Revokes a device: its bundles are refused from now on. Returns false for an unknown id. */
    public boolean revoke(String deviceId) {
        String now = clock.instant().toString();
        return db.write(dsl -> dsl.update(DEVICE).set(REVOKED_AT, now).where(ID.eq(deviceId)).and(REVOKED_AT.isNull())
                .execute() == 1);
    }

    public void markSeen(DSLContext dsl, String deviceId) {
        dsl.update(DEVICE).set(LAST_SEEN_AT, clock.instant().toString()).where(ID.eq(deviceId)).execute();
    }

    /** The signers the inbox trusts: every enrolled device, revoked ones marked as such. */
    public SignerDirectory signers() {
        return kid -> db.read(dsl -> dsl.select(ID, SIGNING_JWK, REVOKED_AT).from(DEVICE).where(SIGNING_KID.eq(kid))
                .fetchOptional(r -> new SignerDirectory.Signer(r.get(ID), SyncKeys.parse(r.get(SIGNING_JWK)),
                        r.get(REVOKED_AT) != null)));
    }

    /** Coach ids of one team, for what a team lead may see. */
    public List<String> teamCoachIds(String team) {
        return db.read(dsl -> dsl.select(ID).from(HUB_COACH).where(TEAM.eq(team)).fetch(ID));
    }

    public Optional<String> coachId(String name, String team) {
        return db.read(dsl -> dsl.select(ID).from(HUB_COACH).where(NAME.eq(name)).and(TEAM.eq(team))
                .fetchOptional(ID));
    }

    public Optional<String> coachId(String nameOrId) {
        return db.read(dsl -> dsl.select(ID).from(HUB_COACH).where(ID.eq(nameOrId)).or(NAME.eq(nameOrId))
                .limit(1).fetchOptional(ID));
    }

    private static final String[] DEVICE_COLUMNS = {"id", "name", "signing_jwk", "encryption_jwk", "enrolled_at",
        "revoked_at", "last_seen_at"};
    private static final String[] COACH_COLUMNS = {"id", "name", "role", "team"};

    /** Device joined with its coach; every column aliased, as both tables have {@code id} and {@code name}. */
    private static org.jooq.SelectOnConditionStep<Record> query(DSLContext dsl) {
        List<org.jooq.Field<?>> columns = new java.util.ArrayList<>();
        for (String column : DEVICE_COLUMNS) {
            columns.add(DSL.field(DSL.name("d", column), String.class).as("d_" + column));
        }
        for (String column : COACH_COLUMNS) {
            columns.add(DSL.field(DSL.name("c", column), String.class).as("c_" + column));
        }
        return dsl.select(columns).from(DEVICE.as("d")).join(HUB_COACH.as("c"))
                .on(DSL.field(DSL.name("d", "coach_id")).eq(DSL.field(DSL.name("c", "id"))));
    }

    private static RegisteredDevice toDevice(Record r) {
        return new RegisteredDevice(
                r.get("d_id", String.class),
                r.get("d_name", String.class),
                r.get("c_id", String.class),
                r.get("c_name", String.class),
                HubRole.valueOf(r.get("c_role", String.class)),
                r.get("c_team", String.class),
                SyncKeys.parse(r.get("d_signing_jwk", String.class)),
                SyncKeys.parse(r.get("d_encryption_jwk", String.class)),
                r.get("d_enrolled_at", String.class),
                r.get("d_revoked_at", String.class),
                r.get("d_last_seen_at", String.class));
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static String hash(String code) {
        return BundleEnvelope.sha256(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
