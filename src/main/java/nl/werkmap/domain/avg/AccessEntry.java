package nl.werkmap.domain.avg;

import java.time.Instant;
import java.util.UUID;


/**
 * One line of the access log: who (actor) did what (action) with which part of whose file (object, candidate),
 * when, from where (origin), why (purpose) and with what result. Never changed once written.
 *
 * @param object   entity.field or export kind, never a value ("candidate.bsn", "zrm_measurement", "export.uren")
 * @param objectId the record's id when the access concerned one record, else null
 * @param actorId  the coach working on the device, null when unknown (a laptop where nobody chose yet, the hub)
 * @param actor    that person's name at the time (or the hub role), for the reader of the log
 * @param origin   where it happened: "laptop:DEVICE-ID" or "hub"
 * @param purpose  the reason given; required for a BSN
 * @param detail   more about the access, e.g. the format and size of an export
 */
public record AccessEntry(UUID id, UUID candidateId, AccessAction action, String object, UUID objectId,
                          AccessResult result, UUID actorId, String actor, Instant occurredAt, String origin,
                          String purpose, String detail) {
    public AccessEntry {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(candidateId, "candidateId");
        java.util.Objects.requireNonNull(action, "action");
        java.util.Objects.requireNonNull(object, "object");
        java.util.Objects.requireNonNull(result, "result");
        java.util.Objects.requireNonNull(occurredAt, "occurredAt");
        java.util.Objects.requireNonNull(origin, "origin");
    }
}
