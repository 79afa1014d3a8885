package nl.werkmap.report.inzage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.avg.PersonalRecords;

/** Builds the inzage of one candidate from a laptop's caseload: every table with their id, opened. */
public final class CaseloadInzage {

    private CaseloadInzage() {
    }

    /** The candidate's dossier; empty records when the caseload does not hold them. */
    public static InzageDossier of(CaseloadStore store, UUID candidateId, Instant now, String madeBy,
                                   String municipality) {
        return of(store, candidateId, now, madeBy, municipality,
                nl.werkmap.domain.retention.RetentionPolicy.DEFAULT);
    }

    /** The candidate's dossier, its retention date worked out with the period in force on this machine. */
    public static InzageDossier of(CaseloadStore store, UUID candidateId, Instant now, String madeBy,
                                   String municipality, nl.werkmap.domain.retention.RetentionPolicy policy) {
        List<InzageRecord> records = new ArrayList<>();
        for (PersonalRecords.Row row : store.personalRecords().of(candidateId)) {
            records.add(new InzageRecord(row.table(), row.id(), row.deleted(), row.values()));
        }
        return InzageDossier.of(candidateId.toString(), now, madeBy, "laptop:" + store.deviceId(), municipality,
                records, RecipientSources.standard(), policy);
    }
}
