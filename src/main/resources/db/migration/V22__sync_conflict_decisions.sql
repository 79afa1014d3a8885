-- Sync state on the device (owned by nl.werkmap.sync), continued. Not entity tables: never change-logged.

-- The coach's decision on a conflict that must reach the hub, so the conflict closes on every device that sees the
-- record: 'keep' ("Deze houden"). decision_bundle_id: the outbox bundle that carries it, null while it waits for the
-- next bundle. Kept with the conflict (resolved_at is set at the same moment), so it survives a restart and days
-- offline; like change_log.bundle_id it is only set when the bundle is stored, in the same transaction.
ALTER TABLE sync_conflict ADD COLUMN decision TEXT;
ALTER TABLE sync_conflict ADD COLUMN decision_bundle_id TEXT;

-- The outbox looks for decisions not yet in a bundle at every round.
CREATE INDEX sync_conflict_unsent_decision ON sync_conflict (decision_bundle_id) WHERE decision IS NOT NULL;
