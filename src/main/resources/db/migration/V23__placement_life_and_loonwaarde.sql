-- Placements through their life, and every loonwaarde measurement kept (issue 11).
--  * follows_placement_id: a dienstverband that followed a proefplaatsing points at it, so the history stays whole
--    (the proefplaatsing itself ends with OVERGEGAAN_IN_CONTRACT);
--  * loonwaarde_next_on: the next measurement date of the latest loonwaarde measurement; with loonwaarde_pct,
--    loonwaarde_measured_on and loonkostensubsidie it is the placement's summary of its newest measurement, written
--    in the same transaction as the measurement, so reports and the work list need no join.
ALTER TABLE placement ADD COLUMN follows_placement_id TEXT REFERENCES placement (id);
ALTER TABLE placement ADD COLUMN loonwaarde_next_on TEXT;

-- One row per loonwaarde measurement. candidate_id is kept beside placement_id so sync sees whose row it is
-- without a lookup (like every table hanging off a candidate). The assessor is a person and the note is free text:
-- both sealed. lks_per_month: the loonkostensubsidie granted after this measurement, euro per month, if known.
CREATE TABLE loonwaarde_measurement (
    id                 TEXT    NOT NULL PRIMARY KEY,
    candidate_id       TEXT    NOT NULL REFERENCES candidate (id),
    placement_id       TEXT    NOT NULL REFERENCES placement (id),
    measured_on        TEXT    NOT NULL,
    loonwaarde_pct     INTEGER NOT NULL CHECK (loonwaarde_pct BETWEEN 0 AND 100),
    method             TEXT    NOT NULL,
    assessor           BLOB,
    next_measurement   TEXT,
    loonkostensubsidie BOOLEAN NOT NULL DEFAULT 0,
    lks_per_month      DOUBLE,
    note               BLOB,
    updated_at         TEXT    NOT NULL,
    updated_by         TEXT    NOT NULL,
    deleted            BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX loonwaarde_placement ON loonwaarde_measurement (placement_id, measured_on);
CREATE INDEX loonwaarde_candidate ON loonwaarde_measurement (candidate_id);

-- The due-soon list reads the next loonwaarde date from the placement: keep its covering index covering (V6).
DROP INDEX placement_report_type;
CREATE INDEX placement_report_type ON placement (type, actual_end, deleted, start_date, candidate_id, id,
    employer_id, hours_per_week, end_reason, hours_granted_half_year, planned_end, jobcoach_type,
    loonwaarde_measured_on, loonwaarde_next_on);
