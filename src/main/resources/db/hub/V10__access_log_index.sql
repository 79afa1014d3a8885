-- avglog: the access log and the inzage read one candidate's rows of one kind (entity) at a time; this index lets
-- the privacy officer's read of a candidate's access log touch only that candidate's rows, on SQLite and PostgreSQL.
CREATE INDEX master_row_entity_candidate ON master_row (entity, candidate_id);
