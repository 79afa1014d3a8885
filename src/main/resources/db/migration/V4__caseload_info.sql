-- What kind of caseload this file holds. One row at most; a file without a row is a real caseload.
-- A demo caseload holds fictional people made by the demo generator: it must never be enrolled or synced with a
-- municipality, and its generated rows are written without change-log entries (there is nothing to send).
CREATE TABLE caseload_info (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    demo       BOOLEAN NOT NULL,
    created_at TEXT    NOT NULL
);
