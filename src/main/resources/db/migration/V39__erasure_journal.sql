-- avgwis: the erasure journal (issue 16). One row per candidate whose erasure was decided, here (a team lead's
-- 'wis') or at the hub (a down-bundle's 'erased' member). The steps (remove every row, change-log entry, conflict,
-- draft and outbox bundle of the candidate; zero the freed pages; truncate the WAL) are idempotent and the row gets
-- finished_at when all are done, so an erasure interrupted halfway is run again at the next start.
-- The column is erased_id, not candidate_id, on purpose: the erasure removes every row of every table with a
-- candidate_id column, and this row must outlive it. It keeps only the random id, who decided, when and why
-- (reason sealed: a stated legal reason is free text), so a later bundle about the same id is recognised as erased.
-- to_hub = 1 while the hub has not yet acknowledged an erasure decided on this laptop.
CREATE TABLE erasure_journal (
    erased_id    TEXT    NOT NULL PRIMARY KEY,
    reason       BLOB,
    decided_by   TEXT    NOT NULL,
    origin       TEXT    NOT NULL,
    requested_at TEXT    NOT NULL,
    finished_at  TEXT,
    to_hub       BOOLEAN NOT NULL DEFAULT 0
);
