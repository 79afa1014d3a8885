package nl.werkmap.app.cli;

import java.time.Clock;
import java.util.List;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.http.PrivacyDocuments;
import nl.werkmap.report.inzage.InzageDossier;
import nl.werkmap.report.inzage.InzageJson;
import nl.werkmap.report.inzage.InzageRecord;
import nl.werkmap.report.inzage.RecipientSources;

/**
 * A candidate's inzage made at the hub, for {@code hub inzage} and for the hub's HTTP route (the hub may not reach
 * the report layer itself, so the app hands it {@link #documents}). The caller has checked and logged the read.
 */
final class HubInzage {

    private HubInzage() {
    }

    static InzageDossier dossier(Hub hub, String candidate, String readerName, Clock clock) {
        List<InzageRecord> all = hub.candidateRecords().all(candidate).stream()
                .map(r -> new InzageRecord(r.entity(), r.id(), r.deleted(), r.fields())).toList();
        return InzageDossier.of(candidate, clock.instant(), readerName, "hub", hub.municipality(), all,
                RecipientSources.standard(), hub.database().read(nl.werkmap.hub.store.HubRetention::policy));
    }

    static PrivacyDocuments documents(Clock clock) {
        return (hub, candidate, reader, out) -> InzageJson.write(dossier(hub, candidate, reader, clock), out);
    }
}
