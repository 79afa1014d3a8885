-- Jobcoach verantwoording (issue 14): the toekenning per placement and half year, and the logboek on each session.
--
-- jobcoach_grant: the hours a financier granted for one placement over one half year. candidate_id is kept beside
-- placement_id so sync sees whose row it is without a lookup. financier: JobcoachType (EXTERN_UWV, GEMEENTE,
-- INTERN); gemeente_code: the CBS code (GM0363) when a gemeente pays. kenmerk: the financier's kenmerk or
-- ordernummer, sealed because it points at one person's file. period: the half year as "2026-H1". Either regime or
-- granted_hours decides the maximum. covered_from/covered_until narrow the half year for a proefplaatsing or a start
-- in the middle of it (pro rata); both null means the whole half year. The maximum itself is never stored: it is
-- worked out by the rules (JobcoachHours) so a corrected rule corrects every grant.
CREATE TABLE jobcoach_grant (
    id                      TEXT    NOT NULL PRIMARY KEY,
    candidate_id            TEXT    NOT NULL REFERENCES candidate (id),
    placement_id            TEXT    NOT NULL REFERENCES placement (id),
    financier               TEXT,
    gemeente_code           TEXT,
    kenmerk                 BLOB,
    decided_on              TEXT,
    period                  TEXT    NOT NULL,
    regime                  TEXT,
    granted_hours           DOUBLE,
    contract_hours_per_week DOUBLE  NOT NULL,
    employment_year         INTEGER NOT NULL,
    proefplaatsing          BOOLEAN NOT NULL DEFAULT 0,
    covered_from            TEXT,
    covered_until           TEXT,
    updated_at              TEXT    NOT NULL,
    updated_by              TEXT    NOT NULL,
    deleted                 BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX jobcoach_grant_placement ON jobcoach_grant (placement_id, period);
CREATE INDEX jobcoach_grant_candidate ON jobcoach_grant (candidate_id);

-- The logboek on a session. activity: CoachingActivity (the protocol's catalogue); goal_ids: the plan goals served,
-- ';'-separated; travel_minutes: travel, logged apart and never counted as coaching (hours_accounted stays the
-- coaching hours of this candidate). group_id/group_size: one group session is stored once per candidate present,
-- each with its even share of the hours; group_id ties them so the coach's day counts the time once. logged_on: the
-- day the session was first saved (late logging is a plausibility flag). day_reason: the coach's written reason for
-- a day beyond the plausible maximum, free text, sealed. The contact type follows from location.
ALTER TABLE coaching_session ADD COLUMN activity TEXT;
ALTER TABLE coaching_session ADD COLUMN goal_ids TEXT;
ALTER TABLE coaching_session ADD COLUMN travel_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE coaching_session ADD COLUMN group_id TEXT;
ALTER TABLE coaching_session ADD COLUMN group_size INTEGER NOT NULL DEFAULT 1;
ALTER TABLE coaching_session ADD COLUMN logged_on TEXT;
ALTER TABLE coaching_session ADD COLUMN day_reason BLOB;

-- Plausibility is checked per coach across all clients, per day: one range scan per coach and period.
CREATE INDEX session_coach_day ON coaching_session (coach_id, starts_at);
