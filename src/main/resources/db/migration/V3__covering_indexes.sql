-- Covering indexes for what the caseload overview and the candidate file read per candidate. With 150,000
-- candidates the live rows are then found in the index alone, instead of one random read per row into tables
-- whose pages lie spread over a file of several gigabytes (measured: last-contact query 4 s -> 0.5 s).
CREATE INDEX session_live_last ON coaching_session (candidate_id, deleted, starts_at);
DROP INDEX session_candidate;
CREATE INDEX ladder_live_last ON ladder_measurement (candidate_id, deleted, measured_on);
DROP INDEX ladder_candidate_date;
CREATE INDEX consent_profile ON consent (purpose, deleted, candidate_id, decided_on, updated_at, given);
DROP INDEX consent_purpose;
