package nl.werkmap.hub;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.client.EnrollmentAnswer;
import nl.werkmap.sync.client.FetchAnswer;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.DeviceToken;
import nl.werkmap.sync.protocol.Receiver;
import nl.werkmap.sync.protocol.SignerDirectory;

/**
 * A device as the hub sees it, for hub tests: real keys, real enrolment over HTTP, real sealed bundles. It keeps the
 * merged view of what it received as entity/id → field → value.
 */
public final class TestDevice {

    public final ECKey signing = nl.werkmap.sync.protocol.SyncKeys.newSigningKey();
    public final ECKey encryption = nl.werkmap.sync.protocol.SyncKeys.newEncryptionKey();
    public final HubClient client;
    public final EnrollmentAnswer enrolment;
    public ECKey hubEncryptionKey;
    public long cursor;
    public final Map<String, Map<String, String>> received = new LinkedHashMap<>();
    /** Conflict notes received, in order. */
    public final List<nl.werkmap.sync.protocol.ConflictNote> conflicts = new ArrayList<>();
    /** avgwis: candidates the hub told this device to erase, in order. */
    public final List<String> erased = new ArrayList<>();
    private long seq;

    public TestDevice(HubFixture fixture, String coach, HubRole role, String team) throws Exception {
        this(fixture, fixture.url(), coach, role, team);
    }

    /** A device that reaches the fixture's hub at {@code url}, e.g. through a proxy. */
    public TestDevice(HubFixture fixture, String url, String coach, HubRole role, String team) throws Exception {
        client = new HubClient(url, null, java.time.Duration.ofSeconds(10));
        String code = fixture.hub.issueEnrollmentCode(coach, role, team, java.time.Duration.ofDays(1));
        enrolment = client.enroll(code, coach + "-laptop", signing, encryption);
        hubEncryptionKey = enrolment.hubEncryptionKey();
    }

    public String id() {
        return enrolment.deviceId();
    }

    public String seal(Change... changes) {
        return seal(UUID.randomUUID().toString(), changes);
    }

    public String seal(String bundleId, Change... changes) {
        Bundle bundle = Bundle.up(bundleId, id(), enrolment.municipality(), seq + 1, seq + changes.length,
                Instant.now().toString(), List.of(changes));
        seq += changes.length;
        return BundleEnvelope.seal(bundle, signing, hubEncryptionKey);
    }

    /**
     * Sends {@code count} new candidates of this device's coach in one up-bundle (stamped a minute ago, a millisecond
     * apart): a team for a team lead's first sync to bring in several down-bundles.
     */
    public void sendCandidates(int count) throws Exception {
        long now = Instant.now().toEpochMilli() - 60_000;
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changes.add(new Change("candidate", UUID.randomUUID().toString(), Map.of("coach_id", enrolment.coachId(),
                    "full_name", "Kandidaat " + i, "status", "ACTIEF", "register_status", "INGESCHREVEN",
                    "registered_on", "2026-11-01"), new nl.werkmap.sync.protocol.Hlc(now + i, 0).stamp(id()), false));
        }
        client.send(seal(changes.toArray(Change[]::new)));
    }

    /** avgwis: an up-bundle without changes that erases {@code candidates}. */
    public String sealErasure(List<String> candidates) {
        Bundle bundle = Bundle.up(UUID.randomUUID().toString(), id(), enrolment.municipality(), seq, seq,
                Instant.now().toString(), List.of()).withErased(candidates);
        return BundleEnvelope.seal(bundle, signing, hubEncryptionKey);
    }

    /** An up-bundle with the coach's decisions on conflicts, after {@code changes}. */
    public String seal(List<nl.werkmap.sync.protocol.Resolution> resolutions, Change... changes) {
        Bundle bundle = Bundle.up(UUID.randomUUID().toString(), id(), enrolment.municipality(), seq,
                seq + changes.length, Instant.now().toString(), List.of(changes), resolutions);
        seq += changes.length;
        return BundleEnvelope.seal(bundle, signing, hubEncryptionKey);
    }

    /** Fetches, opens and records every down-bundle; returns the changes received, except the hub's coach rows. */
    public List<Change> pull() throws Exception {
        FetchAnswer answer = client.fetch(cursor, DeviceToken.issue(id(), signing, Instant.now()));
        List<Change> changes = new ArrayList<>();
        for (String jwe : answer.bundles()) {
            Bundle bundle = BundleEnvelope.open(jwe, Receiver.device(enrolment.municipality(), id(), encryption),
                    SignerDirectory.only(Hub.HUB_ID, enrolment.hubSigningKey())).bundle();
            hubEncryptionKey = nl.werkmap.sync.protocol.SyncKeys.parse(bundle.hubEncryptionKey());
            conflicts.addAll(bundle.conflictsOrNone());
            erased.addAll(bundle.erasedOrNone());
            for (Change change : bundle.changes()) {
                if (!change.entity().equals("coach")) {
                    changes.add(change);
                }
                Map<String, String> row = received.computeIfAbsent(change.entity() + "/" + change.id(),
                        k -> new LinkedHashMap<>());
                row.putAll(change.fields());
                if (change.tombstone()) {
                    row.put("deleted", "true");
                }
            }
        }
        cursor = answer.next();
        return changes;
    }
}
