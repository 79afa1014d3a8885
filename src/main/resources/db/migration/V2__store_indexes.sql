-- Indexes the store needs at runtime.
-- The hybrid clock is seeded from the newest stamp at open; without this index that is a scan of the whole log.
CREATE INDEX change_log_hlc ON change_log (hlc);
-- Last-writer-wins for a remote change looks up the stamps of one field of one row. Row ids are UUIDs, unique
-- across tables, so the entity name is left out: it would double the size of this index for no gain.
CREATE INDEX change_log_field ON change_log (entity_id, field);
DROP INDEX change_log_entity;
-- The caseload overview reads the latest ladder measurement and the profile consent per candidate.
CREATE INDEX ladder_candidate_date ON ladder_measurement (candidate_id, measured_on);
CREATE INDEX consent_purpose ON consent (purpose, candidate_id);
-- Running proefplaatsingen (warnings in the overview).
CREATE INDEX placement_type_open ON placement (type, actual_end);
