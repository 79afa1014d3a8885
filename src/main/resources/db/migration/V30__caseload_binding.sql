-- Binds the caseload to the keyring that opens it. caseload_id is random, made once; keyring_check is that id sealed
-- under the caseload's data key (AES-GCM, bound to this table, column and id). At unlock the check must open with
-- the unlocked key, so a keyring.json copied from another caseload is refused before it can seal anything here.
-- One row at most; a caseload made before V30 gets its row at its next unlock.
-- last_check_on is the day SQLite's quick_check last passed at open (ISO date): the check runs at the first open of a
-- day and after an unclean shutdown, not at every open (it costs about half a second on 5,000 candidates).
CREATE TABLE caseload_binding (
    id            INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    caseload_id   TEXT    NOT NULL,
    keyring_check BLOB    NOT NULL,
    bound_at      TEXT    NOT NULL,
    last_check_on TEXT
);
