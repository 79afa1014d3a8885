-- Covering indexes for the team summary (nl.werkmap.report). Each holds exactly the plain columns the summary's
-- aggregates read, so SQLite answers them from the index alone and never reads a table row: a candidate, session,
-- placement or ZRM row carries sealed BLOBs before or between its plain columns, and reading a plain column behind
-- them means reading those bytes, often on overflow pages. On 150,000 demo candidates this took the summary from
-- about 18 s to the figures in the report bench (SummaryBench).
-- The index holds no sealed bytes: for the completeness score it keeps only whether a sealed field is filled
-- (an expression, which SQLite 3.41+ reads from the index instead of the row). That a field is empty or not is
-- already visible in the table itself.

-- Candidate, scanned whole for the per-coach figures, in coach order so grouping per coach needs no sort. It starts
-- with candidate_coach's column, which it replaces.
CREATE INDEX candidate_report ON candidate (
    coach_id, deleted, status, registered_on, status_since, register_status, grondslag, register_start,
    register_end, outflow_destination, school_type, school_name, uitstroomprofiel, expected_leaving_date,
    school_destination, id);
DROP INDEX candidate_coach;
-- The report's count per status was the only reader of this one, and it scanned it row by row into the table.
DROP INDEX candidate_status;
-- Candidate in id order: looked up by id from placements, sessions and measurements (scope and doelgroepregister),
-- and walked for contact and completeness, whose lookups per candidate (sessions, ladder, consent; all indexed by
-- candidate id) then go through those indexes in order instead of jumping about (measured: 5.6 s -> 0.8 s).
CREATE INDEX candidate_report_id ON candidate (
    id, deleted, coach_id, register_status, register_start, register_end, registered_on, status, hours_available,
    school_type, expected_leaving_date, school_destination,
    (phone IS NOT NULL OR email IS NOT NULL), (birth_date IS NOT NULL), (postcode IS NOT NULL OR city IS NOT NULL),
    (talents IS NOT NULL), (wishes IS NOT NULL), (support_needs IS NOT NULL));

-- Sessions of a period: hours per placement and per coach per day. Starts with starts_at, so it serves every
-- lookup session_starts did.
CREATE INDEX session_report ON coaching_session (starts_at, deleted, coach_id, candidate_id, placement_id,
    hours_accounted);
DROP INDEX session_starts;

-- Placements by type (banen, proefplaatsingen, the due-soon list) and by candidate (a later or still running
-- job of the same person). They start with the columns of placement_type_open and placement_candidate, which
-- they replace.
CREATE INDEX placement_report_type ON placement (type, actual_end, deleted, start_date, candidate_id, id,
    employer_id, hours_per_week, end_reason, hours_granted_half_year, planned_end, jobcoach_type,
    loonwaarde_measured_on);
DROP INDEX placement_type_open;
CREATE INDEX placement_report_candidate ON placement (candidate_id, deleted, type, start_date, actual_end, id,
    hours_granted_half_year);
DROP INDEX placement_candidate;

-- First and last measurement per candidate in a period. ladder_report starts with ladder_live_last's columns.
CREATE INDEX ladder_report ON ladder_measurement (candidate_id, deleted, measured_on, id, rung);
DROP INDEX ladder_live_last;
CREATE INDEX zrm_report ON zrm_measurement (candidate_id, deleted, measured_on, id, geldzaken, werk_opleiding,
    tijdsbesteding, relaties_thuis, woning, zelfzorg, dagelijkse_activiteiten, sociaal_netwerk, inzet_maatschappij);
DROP INDEX zrm_candidate;
