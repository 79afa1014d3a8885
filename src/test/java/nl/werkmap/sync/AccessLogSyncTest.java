package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.avg.AccessAction;
import nl.werkmap.domain.avg.AccessEntry;
import nl.werkmap.domain.avg.AccessRequest;
import nl.werkmap.domain.avg.Zienswijze;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.RawScan;
import nl.werkmap.hub.store.HubCandidateRecords;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.report.inzage.InzageDossier;
import nl.werkmap.report.inzage.InzageJson;
import nl.werkmap.report.inzage.InzageRecord;
import nl.werkmap.report.inzage.RecipientSources;
import nl.werkmap.service.avg.AccessLog;
import nl.werkmap.service.avg.ZienswijzeService;

/**
 * The access log travels like every candidate record: a coach's BSN reveal reaches a real hub on loopback, where the
 * municipality's privacy officer (and the candidate's team lead, nobody else) reads it opened; that read is logged
 * by the hub and reaches the laptops. The reason rests sealed at the hub, and an inzage made there holds it all.
 */
class AccessLogSyncTest {

    private static final String REASON = "Melding aan UWV over de proefplaatsing van Noor";

    @TempDir
    Path dir;
    CoachAndLead team;
    HubFixture hub;
    Laptop anouk;
    Laptop lotte;

    @BeforeEach
    void start() throws Exception {
        team = CoachAndLead.synced(dir, "GM0363");
        hub = team.hub;
        anouk = team.coach;
        lotte = team.lead;
        hub.hub.issueEnrollmentCode("Pieter Privacy", HubRole.PRIVACYFUNCTIONARIS, "gemeente", Duration.ofHours(1));
        hub.hub.issueEnrollmentCode("Ruud Zuid", HubRole.TEAMLEIDER, "zuid", Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        team.close();
    }

    @Test
    void theLogReachesTheHubWhereOnlyThePrivacyOfficerAndTheTeamLeadReadIt() throws Exception {
        Candidate noor = anouk.newCandidate("Noor Bakker");
        AccessEntry reveal = new AccessLog(() -> anouk.store, java.time.Clock.systemUTC()).record(
                AccessRequest.of(noor.id(), AccessAction.BSN_INGEZIEN, "candidate.bsn").purpose(REASON));
        new ZienswijzeService(() -> anouk.store).save(new Zienswijze(java.util.UUID.randomUUID(), noor.id(),
                "candidate", noor.id(), "Mijn adres klopt niet meer", java.time.LocalDate.of(2026, 12, 3)));
        SyncReport up = anouk.sync();
        assertTrue(up.ok(), up.error());

        HubCandidateRecords records = hub.hub.candidateRecords();
        HubCandidateRecords.Reader officer = records.reader("Pieter Privacy").orElseThrow();
        HubCandidateRecords.Reader lead = records.reader("Lotte").orElseThrow();
        HubCandidateRecords.Reader otherLead = records.reader("Ruud Zuid").orElseThrow();
        HubCandidateRecords.Reader coach = records.reader("Anouk").orElseThrow();
        String id = noor.id().toString();
        assertTrue(records.mayRead(officer, id));
        assertTrue(records.mayRead(lead, id));
        assertFalse(records.mayRead(otherLead, id), "a team lead of another team");
        assertFalse(records.mayRead(coach, id), "the coach reads the log only through the team lead");

        List<HubCandidateRecords.HubRecord> log = records.accessLog(id);
        assertEquals(1, log.size());
        assertEquals(REASON, log.get(0).fields().get("purpose"), "opened with the candidate's key");
        assertEquals("BSN_INGEZIEN", log.get(0).fields().get("action"));
        assertEquals(reveal.occurredAt(), Instant.parse(log.get(0).fields().get("occurred_at")));
        assertEquals("Anouk", log.get(0).fields().get("actor"));
        records.logAccess(id, officer, "TOEGANGSLOG_INGEZIEN", "access_log", "GELUKT", "Klacht van de kandidaat",
                "scherm");
        assertEquals(2, records.accessLog(id).size());

        // At rest at the hub the reason is sealed: not in the database file, its WAL or anything else there.
        List<Path> hubFiles = List.of(dir.resolve("hub.db"), dir.resolve("hub.db-wal"));
        assertEquals(List.of(), new RawScan(List.of(REASON, "Klacht van de kandidaat")).findIn(hubFiles));

        // The hub's own entry reaches the team lead's laptop (and the coach's) like any change.
        SyncReport down = lotte.sync();
        assertTrue(down.ok(), down.error());
        List<AccessEntry> atLead = lotte.store.accessLog().forCandidate(noor.id());
        assertEquals(2, atLead.size(), atLead.toString());
        assertEquals("hub", atLead.get(1).origin());
        assertTrue(atLead.get(1).actor().startsWith("Pieter Privacy"));
        assertEquals(REASON, atLead.get(0).purpose());

        // An inzage at the hub: every record of the candidate the hub holds, the log included.
        List<InzageRecord> all = records.all(id).stream()
                .map(r -> new InzageRecord(r.entity(), r.id(), r.deleted(), r.fields())).toList();
        InzageDossier dossier = InzageDossier.of(id, Instant.now(), officer.name(), "hub", hub.hub.municipality(),
                all, RecipientSources.standard());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        InzageJson.write(dossier, json);
        JsonObject read = JsonParser.parseString(json.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("Noor Bakker", read.get("naam").getAsString());
        assertEquals(2, read.getAsJsonArray("toegangslog").size());
        assertEquals("Mijn adres klopt niet meer", read.getAsJsonArray("zienswijzen").get(0).getAsJsonObject()
                .getAsJsonObject("velden").get("text").getAsString());
        assertTrue(read.getAsJsonArray("ontvangers").toString().contains("GM0363"));
    }
}
