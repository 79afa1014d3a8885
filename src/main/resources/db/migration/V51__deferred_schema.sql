-- deferred_index (V50) now also keeps the triggers that keep candidate_summary.last_done_at while a first sync fills
-- a nearly empty caseload (DeferredSchema): one name for what it holds, the statements of schema objects set aside.
ALTER TABLE deferred_index RENAME TO deferred_schema;
