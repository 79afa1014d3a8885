-- Indexes a bulk delivery set aside while it filled a nearly empty caseload (DeferredIndexes), each with the
-- statement that makes it again, written in the same transaction as its DROP INDEX. The delivery builds them again
-- when it ends; one left here (the app stopped halfway) is built again when the caseload opens next. Empty otherwise.
CREATE TABLE deferred_index (
    name TEXT NOT NULL PRIMARY KEY,
    sql  TEXT NOT NULL
);
