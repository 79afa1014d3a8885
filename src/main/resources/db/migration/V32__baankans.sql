-- Baankansen (issue 15): openings and carved jobs at employers the team works with, matched against
-- werknemersprofielen. A baankans belongs to an employer, not to a candidate, so it syncs to the whole team.
--  * the werkprofiel's five texts (Leidraad Jobcoach) are free text: sealed, like every note;
--  * tasks and carved_from (the existing jobs a carved job was taken from) are sealed like placement.carved_tasks;
--  * codes, hours, days, status and requirements stay plain for lists and matching;
--  * sbi_section is the employer's SBI 2008 section as known when the baankans was made (the employer table gets
--    its own column in a later step).
CREATE TABLE baankans (
    id                       TEXT    NOT NULL PRIMARY KEY,
    employer_id              TEXT    NOT NULL REFERENCES employer (id),
    title                    TEXT    NOT NULL,
    isco_code                TEXT,
    sbi_section              TEXT,
    postcode                 TEXT,
    place                    TEXT,
    hours_min                DOUBLE,
    hours_max                DOUBLE,
    work_days                TEXT,
    dagdelen                 TEXT,
    start_date               TEXT,
    status                   TEXT    NOT NULL,
    tasks                    BLOB,
    carved_from              BLOB,
    minimum_niveau           TEXT,
    driving_licence_required BOOLEAN NOT NULL DEFAULT 0,
    support_offered          TEXT,
    text_eisen               BLOB,
    text_ontwikkeling        BLOB,
    text_context             BLOB,
    text_waarden             BLOB,
    text_omstandigheden      BLOB,
    updated_at               TEXT    NOT NULL,
    updated_by               TEXT    NOT NULL,
    deleted                  BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX baankans_employer ON baankans (employer_id);
CREATE INDEX baankans_status ON baankans (status);
