-- Profile shares (issue 15): each time a candidate's profile goes to an employer or to the werkgeversservicepunt,
-- one record of what went where, why and on what consent.
--  * form: ANONIEM (region, age band and the work-relevant parts; no name, BSN, address or birth date) or BENOEMD
--    (named, only with the candidate's consent for this employer);
--  * employer_id is null for an anonymous profile handed to the werkgeversservicepunt without a chosen employer;
--  * contact_name and purpose are the coach's words about people and reasons: sealed;
--  * fields: the ProfielVeld names that were shared, ';'-separated (never a health field: they are not on the list);
--  * consent_how (MONDELING, SCHRIFTELIJK, DIGITAAL), consent_on and expires_on describe the candidate's consent for
--    this employer; revoked_on is set when the candidate takes it back. A share is never edited away: revoking
--    keeps the record of what went where.
CREATE TABLE profile_share (
    id           TEXT    NOT NULL PRIMARY KEY,
    candidate_id TEXT    NOT NULL REFERENCES candidate (id),
    form         TEXT    NOT NULL,
    employer_id  TEXT REFERENCES employer (id),
    contact_name BLOB,
    purpose      BLOB,
    fields       TEXT    NOT NULL,
    shared_on    TEXT    NOT NULL,
    consent_how  TEXT,
    consent_on   TEXT,
    expires_on   TEXT,
    revoked_on   TEXT,
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL,
    deleted      BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX profile_share_candidate ON profile_share (candidate_id);
