-- Approval of a coach's hours per week by the team lead (issue 14, item 4). One row per coach and week (week_start
-- is the Monday, ISO date). approved_by: the team lead's coach id; approved_on: the day of the approval. Staff, not
-- clients: plain, and synced like the coach rows. An approved week is locked: a later change to a session in it
-- needs a written reason, kept sealed on the session (correction_reason) and shown with the change in the Tijdlijn.
CREATE TABLE hours_approval (
    id          TEXT    NOT NULL PRIMARY KEY,
    coach_id    TEXT    NOT NULL REFERENCES coach (id),
    week_start  TEXT    NOT NULL,
    approved_by TEXT    REFERENCES coach (id),
    approved_on TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    updated_by  TEXT    NOT NULL,
    deleted     BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX hours_approval_coach_week ON hours_approval (coach_id, week_start);

ALTER TABLE coaching_session ADD COLUMN correction_reason BLOB;
