-- The werknemersprofiel (issue 15): what the coach knows about a candidate as a worker, in the five parts of the
-- Leidraad Jobcoach (CC BY 4.0), each as the coach's own text (sealed) plus structured fields a baankans can be
-- matched on (plain, so completeness and matching run in SQL and in memory without opening anything).
--  * id follows from the candidate id (a name-based UUID), so two laptops that start the same profile offline
--    make one row, not two;
--  * codes: occupation_wishes are ISCO-08 unit groups, sector_wishes SBI 2008 section letters, ';'-separated;
--  * nothing about health: support needs are work consequences (work_consequences, e.g. KORTE_INSTRUCTIES), never
--    a diagnosis or belastbaarheid;
--  * travel_postcode is where the journey starts, usually home: sealed like the address it is;
--  * driving_licence is null while unknown.
CREATE TABLE werknemersprofiel (
    id                 TEXT    NOT NULL PRIMARY KEY,
    candidate_id       TEXT    NOT NULL REFERENCES candidate (id),
    text_vaardigheden  BLOB,
    text_leren         BLOB,
    text_context       BLOB,
    text_identiteit    BLOB,
    text_wensen        BLOB,
    opleidingsniveau   TEXT,
    diplomas           BLOB,
    skills             BLOB,
    interests          BLOB,
    sector_wishes      TEXT,
    occupation_wishes  TEXT,
    available_from     TEXT,
    hours_min          DOUBLE,
    hours_max          DOUBLE,
    work_days          TEXT,
    dagdelen           TEXT,
    travel_postcode    BLOB,
    max_travel_minutes INTEGER CHECK (max_travel_minutes BETWEEN 0 AND 240),
    travel_modes       TEXT,
    driving_licence    BOOLEAN,
    work_consequences  TEXT,
    learning_ways      TEXT,
    updated_at         TEXT    NOT NULL,
    updated_by         TEXT    NOT NULL,
    deleted            BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX werknemersprofiel_candidate ON werknemersprofiel (candidate_id);

-- Work experience, one row per job or internship, with its ISCO-08 unit group. description: the coach's words
-- (where, what, how it went), sealed.
CREATE TABLE werkervaring (
    id           TEXT    NOT NULL PRIMARY KEY,
    candidate_id TEXT    NOT NULL REFERENCES candidate (id),
    isco_code    TEXT    NOT NULL,
    description  BLOB,
    from_year    INTEGER,
    to_year      INTEGER,
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL,
    deleted      BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX werkervaring_candidate ON werkervaring (candidate_id);
