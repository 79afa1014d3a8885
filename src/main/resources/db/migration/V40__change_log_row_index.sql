-- One index for looking up a row's change-log entries instead of two: (entity_id, field) served the per-field
-- stamp lookups and (entity_id, bundle_id) whether a row has changes the hub lacks. Both keys start with a random
-- row id, so every logged field touched two far-apart index pages; a first sync logs millions of fields.
-- (entity_id, field, bundle_id) serves both, the second still from the index alone.
CREATE INDEX change_log_row ON change_log (entity_id, field, bundle_id);
DROP INDEX change_log_field;
DROP INDEX change_log_entity_id;
