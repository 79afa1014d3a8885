/**
 * Protection at rest. {@link nl.werkmap.security.Vault} turns the coach's passphrase into access to a random data
 * key (kept on disk only wrapped, in a small JSON keyring); its {@link nl.werkmap.security.FieldSealer} seals each
 * personal field with AES-256-GCM, bound to its table, column and row id.
 *
 * <p>Typical use: {@code Vault.exists(file)} decides between {@code create} (after
 * {@link nl.werkmap.security.PassphrasePolicy#problem(char[])} is empty) and {@code unlock}; the store takes
 * {@code vault.sealer()}; the idle timer calls {@code vault.lock()}. Unlock costs about a second of CPU on purpose,
 * so call it off the FX thread. Tests in other packages can use {@code nl.werkmap.security.TestVaults} (src/test)
 * for vaults that unlock in milliseconds.
 *
 * <p>A caseload is opened through {@code nl.werkmap.store.CaseloadFolder}, which creates the keyring last (with
 * {@link nl.werkmap.security.Vault#prepare}) and checks that the keyring belongs to the database (V30's sealed
 * check value). {@link nl.werkmap.security.PrivateFiles} keeps every file of the caseload and the hub 0600 and
 * their folders 0700 on POSIX systems; on Windows the per-user ACL of {@code %APPDATA%} does that job.
 *
 * <p>Short values (a field's associated data and text up to 160 bytes: names, dates) are sealed by
 * {@code ShortGcm}, which gives the JDK's AES-GCM bytes but keys AES and builds its GHASH tables once per key instead
 * of per value; longer ones by the JDK's GCM.
 *
 * <p>What locking does: it wipes the key bytes this package owns, makes every sealer refuse, and drops every cipher
 * and GHASH table that was made with the key. The JDK's AES provider keeps its own expanded copy of the key (and GCM
 * a copy of the key bytes) inside an initialised {@link javax.crypto.Cipher}, so the ciphers and tables are pooled
 * inside the key object ({@code KeyPool}: {@code KeyCiphers}, {@code ShortGcms}), never per thread: locking
 * re-initialises each cipher with a key of zeroes, zeroes each table and lets go of them, and one still in use
 * follows when its seal or open ends. After lock no reachable object holds the data key
 * ({@code LockDropsTheKeyTest} walks the heap from the vault and checks the ciphers are collected). What the garbage
 * collector has not yet overwritten of earlier copies is beyond Java's reach, as for any managed runtime.
 */
package nl.werkmap.security;
