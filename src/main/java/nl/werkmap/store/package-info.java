/**
 * The coach's local caseload: an SQLite file in WAL mode, migrated by Flyway, read and written through jOOQ.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * try (CaseloadStore store = CaseloadStore.open(dataDir.resolve("werkmap.db"), vault.sealer())) {
 *     store.candidates().save(candidate);                  // one transaction: row + change-log entries
 *     List<CaseloadRow> rows = store.caseloadQuery().load(); // overview, names decrypted, no N+1
 *     CaseloadIndex index = CaseloadIndex.build(rows);      // per keystroke: index.filter(text, filter)
 *     CandidateFile file = store.candidateFiles().load(candidate.id()).orElseThrow();
 * }
 * }</pre>
 * Call it off the FX thread. Every failure the coach can do something about is a {@link
 * nl.werkmap.store.StoreException} with a Dutch message; a locked vault surfaces as the security package's
 * {@code VaultLockedException}.
 *
 * <h2>Rules the store keeps</h2>
 * <ul>
 *   <li>Opening refuses files that are not a Werkmap caseload, untouched; an older caseload is copied to
 *       {@code backups/} before it is migrated.</li>
 *   <li>One writer: writes queue behind one lock, each in its own transaction; readers use their own snapshot.</li>
 *   <li>Sealed columns (names, BSN, contact details, free text, health) are AES-GCM sealed by the vault's
 *       {@code FieldSealer}, bound to table, column and row id. Ids, enums, dates, hours and statuses stay plain
 *       so reports run in SQL ({@link nl.werkmap.store.CaseloadStore#read}).</li>
 *   <li>Every insert, update and tombstone appends one change-log row per changed field, in the same transaction,
 *       stamped by the {@link nl.werkmap.store.HybridLogicalClock}. Nothing is hard-deleted; reads skip
 *       tombstones. Tombstoning a candidate tombstones what hangs under them in the same transaction.</li>
 *   <li>The one exception: a demo caseload ({@link nl.werkmap.store.CaseloadStore#isDemo()}) gets its generated
 *       rows through {@link nl.werkmap.store.CaseloadStore#demoImport()} without change-log entries. Only an empty
 *       caseload can become demo, and a demo caseload must never be enrolled or synced.</li>
 *   <li>Sync reads {@link nl.werkmap.store.changelog.ChangeLog#unsent}, marks bundles with {@code markSent} and
 *       applies remote changes with {@code applyRemote} (per-field last-writer-wins).</li>
 * </ul>
 * The mapping of each domain type to its table, and which columns are sealed, is in {@code store.repo.*Mapping}.
 */
package nl.werkmap.store;
