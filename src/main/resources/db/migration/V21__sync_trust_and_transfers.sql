-- Sync state on the device (owned by nl.werkmap.sync), continued. Not entity tables: never change-logged.

-- The hub's TLS certificate the coach chose to trust at enrolment (PEM), for hubs with a self-signed
-- certificate; null means the system's trusted authorities.
ALTER TABLE sync_enrollment ADD COLUMN trusted_certificate TEXT;

-- Candidates the hub transferred to another coach. The device removes them locally (without change-log entries:
-- it is no delete at the municipality) once none of their changes still wait to be acknowledged by the hub.
CREATE TABLE sync_transferred_away (
    candidate_id TEXT NOT NULL PRIMARY KEY,
    received_at  TEXT NOT NULL
);

-- Per-candidate sync state reads change_log by entity; conflicts by entity and id.
CREATE INDEX sync_conflict_entity ON sync_conflict (entity_id, resolved_at);

-- Rows of one candidate are looked up by id alone (sync state per candidate, transfer removal); the store's
-- (entity, entity_id) index cannot serve that.
CREATE INDEX change_log_entity_id ON change_log (entity_id, bundle_id);
