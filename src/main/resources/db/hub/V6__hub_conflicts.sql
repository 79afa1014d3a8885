-- conflicts: field values that lost to a concurrent edit (the winner's writer had not seen them), kept so the coach
-- sees them on the record and can resolve them. One row per lost value: entity, id, field and the losing stamp;
-- detecting the same loss again changes nothing. settled = 1 once a later write replaced the losing value knowingly,
-- or took it over (the coach chose the losing value).
-- journal_seq: the hub journal position at which the row last changed; down-bundles carry the rows in their window.
CREATE TABLE hub_conflict (
    entity        TEXT    NOT NULL,
    entity_id     TEXT    NOT NULL,
    field         TEXT    NOT NULL,
    losing_hlc    TEXT    NOT NULL,
    losing_device TEXT    NOT NULL,
    losing_value  TEXT,
    winning_hlc   TEXT    NOT NULL,
    settled       INTEGER NOT NULL DEFAULT 0,
    journal_seq   BIGINT  NOT NULL,
    PRIMARY KEY (entity, entity_id, field, losing_hlc)
);
CREATE INDEX hub_conflict_journal ON hub_conflict (journal_seq);
-- Open conflicts of the rows one apply touches, to settle those whose losing value a write took over.
CREATE INDEX hub_conflict_open ON hub_conflict (entity_id, settled);
