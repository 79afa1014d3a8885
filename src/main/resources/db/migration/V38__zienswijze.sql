-- Zienswijze (issue 16, AVG art. 16/21): the candidate's own statement on one record of their file (a session, a
-- measurement, the profile), in their words. It never changes the record; it goes with every later share of it.
-- record_entity/record_id name the record (entity as the sync protocol names it); text is sealed; given_on is the
-- day the candidate gave it. A live record: corrected, tombstoned and undone like any other.
CREATE TABLE zienswijze (
    id            TEXT    NOT NULL PRIMARY KEY,
    candidate_id  TEXT    NOT NULL REFERENCES candidate (id),
    record_entity TEXT    NOT NULL,
    record_id     TEXT    NOT NULL,
    text          BLOB,
    given_on      TEXT,
    updated_at    TEXT    NOT NULL,
    updated_by    TEXT    NOT NULL,
    deleted       BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX zienswijze_candidate ON zienswijze (candidate_id);
CREATE INDEX zienswijze_record ON zienswijze (record_entity, record_id);
