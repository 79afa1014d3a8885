package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.share.DelingVorm;
import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.domain.share.ProfielVeld;
import nl.werkmap.domain.share.ToestemmingWijze;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.service.ShareService;
import nl.werkmap.store.Samples;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.ContentRefusedException;
import nl.werkmap.sync.protocol.PersonalColumns;
import nl.werkmap.sync.protocol.RefusalCode;
import nl.werkmap.sync.schema.CaseloadSchema;
import nl.werkmap.sync.schema.ColumnKind;
import nl.werkmap.sync.schema.ContentCheck;

/**
 * A named share with its consent reaches the team lead's laptop through the hub, sealed contact and purpose
 * included, and a revocation follows; the door check knows the new record type and its fields.
 */
class ShareSyncTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;
    CoachAndLead team;
    HubFixture hub;
    Laptop anouk;
    Laptop lotte;

    @BeforeEach
    void start() throws Exception {
        team = CoachAndLead.synced(dir, "gemeente-a");
        hub = team.hub;
        anouk = team.coach;
        lotte = team.lead;
    }

    @AfterEach
    void stop() {
        team.close();
    }

    @Test
    void aNamedShareAndItsRevocationReachTheTeamLead() {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        Employer employer = Samples.employer();
        anouk.store.employers().save(employer);
        anouk.store.consents().save(new Consent(UUID.randomUUID(), sanne.id(), ConsentPurpose.PROFIEL_AAN_WERKGEVER,
                true, TODAY.minusDays(1)));
        ShareService shares = new ShareService(() -> anouk.store, CLOCK);
        ProfielDeling share = shares.share(new ProfielDeling(UUID.randomUUID(), sanne.id(), DelingVorm.BENOEMD,
                employer.id(), "Karin de Vries", "Kennismaking hovenier", java.util.EnumSet.of(ProfielVeld.NAAM,
                ProfielVeld.VAARDIGHEDEN), TODAY, ToestemmingWijze.DIGITAAL, TODAY, TODAY.plusMonths(3), null));

        SyncReport up = anouk.sync();
        assertTrue(up.ok(), up.error());
        SyncReport down = lotte.sync();
        assertTrue(down.ok(), down.error());
        assertEquals(share, lotte.store.shares().find(share.id()).orElseThrow());

        shares.revoke(share.id());
        assertTrue(anouk.sync().ok());
        assertTrue(lotte.sync().ok());
        assertEquals(TODAY, lotte.store.shares().find(share.id()).orElseThrow().ingetrokkenOp());
    }

    @Test
    void theDoorKnowsTheShareTypeAndRefusesAFieldOffItsList() {
        assertTrue(CaseloadSchema.knownEntity("profile_share"));
        assertEquals(ColumnKind.SEALED, CaseloadSchema.kind("profile_share", "contact_name"));
        assertEquals(ColumnKind.SEALED, CaseloadSchema.kind("profile_share", "purpose"));
        assertEquals(ColumnKind.DATE, CaseloadSchema.kind("profile_share", "expires_on"));
        assertEquals(ColumnKind.REFERENCE, CaseloadSchema.kind("profile_share", "employer_id"));
        assertTrue(PersonalColumns.sealed("profile_share", "contact_name"));
        assertTrue(!PersonalColumns.sealed("profile_share", "fields"));

        String id = UUID.randomUUID().toString();
        Map<String, String> fields = new HashMap<>();
        fields.put("candidate_id", UUID.randomUUID().toString());
        fields.put("form", "BENOEMD");
        fields.put("employer_id", UUID.randomUUID().toString());
        fields.put("fields", "NAAM;REGIO");
        fields.put("shared_on", "2026-12-04");
        fields.put("consent_how", "MONDELING");
        fields.put("expires_on", "2027-06-04");
        assertDoesNotThrow(() -> ContentCheck.check(bundle(new Change("profile_share", id, fields, STAMP, false))));

        Map<String, String> health = Map.of("zrm_geestelijke_gezondheid", "2");
        ContentRefusedException e = assertThrows(ContentRefusedException.class,
                () -> ContentCheck.check(bundle(new Change("profile_share", id, health, STAMP, false))));
        assertEquals(RefusalCode.UNKNOWN_FIELD, e.code());
        assertEquals(RefusalCode.BAD_VALUE, assertThrows(ContentRefusedException.class,
                () -> ContentCheck.check(bundle(new Change("profile_share", id, Map.of("revoked_on", "gisteren"),
                        STAMP, false)))).code());
    }

    private static final String STAMP = "001732439700000-00000-dev";

    private static Bundle bundle(Change... changes) {
        return Bundle.up(UUID.randomUUID().toString(), "dev", "gemeente-a", 1, changes.length, "2026-12-04T10:00:00Z",
                List.of(changes));
    }
}
