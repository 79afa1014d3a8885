-- Werkmap local caseload, version 1.
-- Conventions (docs in ARCHITECTURE.md):
--  * every entity row has id (UUID made on the device), updated_at (hybrid logical clock text),
--    updated_by (device id) and deleted (tombstone; rows are never hard-deleted except by retention);
--  * BLOB columns are sealed with AES-256-GCM by the vault (table, column and row id as associated data):
--    everything that identifies or describes a person, every free text, anything about health;
--  * dates are ISO-8601 TEXT (yyyy-MM-dd, or yyyy-MM-ddTHH:mm for moments), so they sort and compare in SQL;
--  * enums are stored by their Java constant name; lists of enums as ';'-separated names.

CREATE TABLE device_info (
    device_id  TEXT NOT NULL PRIMARY KEY,
    created_at TEXT NOT NULL
);

-- Staff, not clients: the coach name stays plain so team figures can be grouped per coach.
CREATE TABLE coach (
    id              TEXT    NOT NULL PRIMARY KEY,
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    team            TEXT,
    caseload_target INTEGER,
    updated_at      TEXT    NOT NULL,
    updated_by      TEXT    NOT NULL,
    deleted         BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE candidate (
    id                    TEXT    NOT NULL PRIMARY KEY,
    full_name             BLOB    NOT NULL,
    preferred_name        BLOB,
    bsn                   BLOB,
    birth_date            BLOB,
    phone                 BLOB,
    email                 BLOB,
    street_address        BLOB,
    postcode              BLOB,
    city                  BLOB,
    talents               BLOB,
    wishes                BLOB,
    support_needs         BLOB,
    status_reason         BLOB,
    municipality          TEXT,
    register_status       TEXT    NOT NULL,
    grondslag             TEXT,
    register_start        TEXT,
    register_end          TEXT,
    route_in              TEXT,
    benefit               TEXT,
    status                TEXT    NOT NULL,
    status_since          TEXT,
    outflow_destination   TEXT,
    coach_id              TEXT REFERENCES coach (id),
    registered_on         TEXT    NOT NULL,
    preferred_sectors     TEXT,
    hours_available       DOUBLE,
    has_driving_licence   BOOLEAN NOT NULL DEFAULT 0,
    has_car               BOOLEAN NOT NULL DEFAULT 0,
    uses_public_transport BOOLEAN NOT NULL DEFAULT 0,
    has_bicycle           BOOLEAN NOT NULL DEFAULT 0,
    max_travel_minutes    INTEGER,
    school_name           TEXT,
    school_type           TEXT,
    uitstroomprofiel      TEXT,
    expected_leaving_date TEXT,
    school_destination    TEXT,
    updated_at            TEXT    NOT NULL,
    updated_by            TEXT    NOT NULL,
    deleted               BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX candidate_coach ON candidate (coach_id);
CREATE INDEX candidate_status ON candidate (status);

CREATE TABLE consent (
    id           TEXT    NOT NULL PRIMARY KEY,
    candidate_id TEXT    NOT NULL REFERENCES candidate (id),
    purpose      TEXT    NOT NULL,
    given        BOOLEAN NOT NULL,
    decided_on   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL,
    deleted      BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX consent_candidate ON consent (candidate_id);

CREATE TABLE plan_goal (
    id           TEXT    NOT NULL PRIMARY KEY,
    candidate_id TEXT    NOT NULL REFERENCES candidate (id),
    description  BLOB    NOT NULL,
    status       TEXT    NOT NULL,
    target_date  TEXT,
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL,
    deleted      BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX plan_goal_candidate ON plan_goal (candidate_id);

-- Agreed actions: from the plan (goal_id) or as follow-up of a session (session_id).
CREATE TABLE plan_action (
    id           TEXT    NOT NULL PRIMARY KEY,
    candidate_id TEXT    NOT NULL REFERENCES candidate (id),
    goal_id      TEXT REFERENCES plan_goal (id),
    session_id   TEXT,
    description  BLOB    NOT NULL,
    owner        TEXT    NOT NULL,
    due_date     TEXT,
    done_on      TEXT,
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL,
    deleted      BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX plan_action_candidate ON plan_action (candidate_id);
CREATE INDEX plan_action_due ON plan_action (due_date);

CREATE TABLE ladder_measurement (
    id           TEXT    NOT NULL PRIMARY KEY,
    candidate_id TEXT    NOT NULL REFERENCES candidate (id),
    measured_on  TEXT    NOT NULL,
    rung         INTEGER NOT NULL CHECK (rung BETWEEN 1 AND 6),
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL,
    deleted      BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX ladder_candidate ON ladder_measurement (candidate_id);

-- ZRM 2017: 13 domains scored 1-5. Health and justice domains are special categories: sealed.
CREATE TABLE zrm_measurement (
    id                      TEXT    NOT NULL PRIMARY KEY,
    candidate_id            TEXT    NOT NULL REFERENCES candidate (id),
    measured_on             TEXT    NOT NULL,
    geldzaken               INTEGER,
    werk_opleiding          INTEGER,
    tijdsbesteding          INTEGER,
    relaties_thuis          INTEGER,
    woning                  INTEGER,
    geestelijke_gezondheid  BLOB,
    lichamelijke_gezondheid BLOB,
    verslaving              BLOB,
    zelfzorg                INTEGER,
    dagelijkse_activiteiten INTEGER,
    sociaal_netwerk         INTEGER,
    inzet_maatschappij      INTEGER,
    justitie                BLOB,
    updated_at              TEXT    NOT NULL,
    updated_by              TEXT    NOT NULL,
    deleted                 BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX zrm_candidate ON zrm_measurement (candidate_id);

-- An organisation is not a person: its name and address stay plain; its contact person is sealed.
CREATE TABLE employer (
    id             TEXT    NOT NULL PRIMARY KEY,
    name           TEXT    NOT NULL,
    kvk_number     TEXT,
    sector         TEXT    NOT NULL,
    branche        TEXT,
    street_address TEXT,
    postcode       TEXT,
    city           TEXT,
    contact_name   BLOB,
    contact_phone  BLOB,
    contact_email  BLOB,
    updated_at     TEXT    NOT NULL,
    updated_by     TEXT    NOT NULL,
    deleted        BOOLEAN NOT NULL DEFAULT 0
);

CREATE TABLE placement (
    id                      TEXT    NOT NULL PRIMARY KEY,
    candidate_id            TEXT    NOT NULL REFERENCES candidate (id),
    employer_id             TEXT    NOT NULL REFERENCES employer (id),
    job_title               TEXT,
    type                    TEXT    NOT NULL,
    start_date              TEXT    NOT NULL,
    planned_end             TEXT,
    actual_end              TEXT,
    end_reason              TEXT,
    end_note                BLOB,
    hours_per_week          DOUBLE    NOT NULL,
    jobcarving              BOOLEAN NOT NULL DEFAULT 0,
    carved_tasks            BLOB,
    loonwaarde_pct          INTEGER,
    loonwaarde_measured_on  TEXT,
    loonkostensubsidie      BOOLEAN NOT NULL DEFAULT 0,
    no_riskpolis            BOOLEAN NOT NULL DEFAULT 0,
    contract_sequence       INTEGER,
    jobcoach_type           TEXT,
    jobcoach_regime         TEXT,
    hours_granted_half_year DOUBLE,
    updated_at              TEXT    NOT NULL,
    updated_by              TEXT    NOT NULL,
    deleted                 BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX placement_candidate ON placement (candidate_id);
CREATE INDEX placement_employer ON placement (employer_id);

CREATE TABLE employer_contact (
    id           TEXT    NOT NULL PRIMARY KEY,
    placement_id TEXT    NOT NULL REFERENCES placement (id),
    name         BLOB    NOT NULL,
    role         TEXT    NOT NULL,
    phone        BLOB,
    email        BLOB,
    availability BLOB,
    notes        BLOB,
    last_contact TEXT,
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL,
    deleted      BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX employer_contact_placement ON employer_contact (placement_id);

CREATE TABLE coaching_session (
    id               TEXT    NOT NULL PRIMARY KEY,
    candidate_id     TEXT    NOT NULL REFERENCES candidate (id),
    placement_id     TEXT REFERENCES placement (id),
    coach_id         TEXT REFERENCES coach (id),
    starts_at        TEXT    NOT NULL,
    duration_minutes INTEGER NOT NULL,
    location         TEXT    NOT NULL,
    type             TEXT    NOT NULL,
    attendees        TEXT,
    went_well        BLOB,
    concerns         BLOB,
    agreements       BLOB,
    hours_accounted  DOUBLE    NOT NULL DEFAULT 0,
    updated_at       TEXT    NOT NULL,
    updated_by       TEXT    NOT NULL,
    deleted          BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX session_candidate ON coaching_session (candidate_id, starts_at);
CREATE INDEX session_starts ON coaching_session (starts_at);

-- Every write to an entity appends one row per changed field, in the same transaction.
-- value holds the column's stored form: UTF-8 text for plain columns, the sealed bytes for sealed ones.
-- bundle_id is set once the sync outbox has put the entry in a bundle.
CREATE TABLE change_log (
    seq       INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    entity    TEXT    NOT NULL,
    entity_id TEXT    NOT NULL,
    field     TEXT    NOT NULL,
    value     BLOB,
    sealed    BOOLEAN NOT NULL DEFAULT 0,
    hlc       TEXT    NOT NULL,
    device_id TEXT    NOT NULL,
    bundle_id TEXT
);
CREATE INDEX change_log_unsent ON change_log (bundle_id, seq);
CREATE INDEX change_log_entity ON change_log (entity, entity_id);
