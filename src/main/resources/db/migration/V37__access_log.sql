-- Access log (issue 16, AVG): who looked at special category data of one candidate, after BIO2 8.15 and the
-- Logius "Logboek Dataverwerkingen". One row per access, append-only: written once, never corrected or tombstoned
-- by the app (only erasure of the whole candidate removes rows). Synced like every candidate record, so the team
-- lead and the municipality's privacy officer read the same log at the hub.
--  * action: AccessAction (BSN_INGEZIEN, GEZONDHEID_GEOPEND, EXPORT, PROFIEL_GEDEELD, INZAGE, ...);
--  * object: what was looked at as entity.field or export kind ("candidate.bsn", "zrm_measurement", "export.uren"),
--    never a value; object_id: the record's id when there is one;
--  * result: AccessResult (GELUKT, GEWEIGERD);
--  * actor_id: the coach working on the device; actor: their name as it was then (sealed: a person's name);
--  * occurred_at: the moment as an ISO instant (UTC); origin: device id and which face ("laptop:ID", "hub");
--  * purpose: the reason given (for a BSN the coach types or picks it), sealed free text; detail: e.g. the format
--    and the number of candidates in an export, sealed because it may echo a file name.
CREATE TABLE access_log (
    id           TEXT    NOT NULL PRIMARY KEY,
    candidate_id TEXT    NOT NULL REFERENCES candidate (id),
    action       TEXT    NOT NULL,
    object       TEXT    NOT NULL,
    object_id    TEXT,
    result       TEXT    NOT NULL,
    actor_id     TEXT,
    actor        BLOB,
    occurred_at  TEXT    NOT NULL,
    origin       TEXT    NOT NULL,
    purpose      BLOB,
    detail       BLOB,
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL,
    deleted      BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX access_log_candidate ON access_log (candidate_id, occurred_at);
