-- avgwis: erasures at the hub (issue 16). One row per erased candidate: the random id (erased_id, deliberately not
-- candidate_id: the erasure removes every row of every table with a candidate_id column, this one must stay), who
-- decided (the hub administrator or a team lead's device), when, the stated legal reason (no personal data: the
-- command says so), and the journal position at which it happened: every down-bundle whose window holds that
-- position carries the id in its 'erased' member, so every laptop erases its copy. finished_at is set when every
-- step is done; a hub stopped halfway finishes at its next start. A change that arrives later for an erased
-- candidate is not applied.
CREATE TABLE hub_erasure (
    erased_id   TEXT   NOT NULL PRIMARY KEY,
    reason      TEXT,
    decided_by  TEXT   NOT NULL,
    decided_at  TEXT   NOT NULL,
    journal_seq BIGINT NOT NULL,
    finished_at TEXT
);
CREATE INDEX hub_erasure_journal ON hub_erasure (journal_seq);
