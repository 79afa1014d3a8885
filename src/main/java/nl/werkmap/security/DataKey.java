package nl.werkmap.security;

import java.util.concurrent.locks.StampedLock;

/**
 * The vault's data key while it is unlocked. The vault and every sealer it handed out share this one holder, so
 * {@link #destroy()} reaches all of them. Sealers work under an optimistic read stamp: if the key is wiped while a
 * seal or open is running, the stamp no longer validates and the result is thrown away instead of being returned
 * (it could have been computed with half-zeroed key bytes).
 */
final class DataKey {

    private final AesKey key;
    private final StampedLock guard = new StampedLock();

    DataKey(AesKey key) {
        this.key = key;
    }

    /** Starts a use of the key; throws {@link VaultLockedException} if it is already wiped. */
    long begin() {
        long stamp = guard.tryOptimisticRead();
        if (stamp == 0L || key.isDestroyed()) {
            throw new VaultLockedException();
        }
        return stamp;
    }

    /** Ends a use; throws {@link VaultLockedException} if the key was wiped meanwhile, so the caller drops its result. */
    void end(long stamp) {
        if (!guard.validate(stamp)) {
            throw new VaultLockedException();
        }
    }

    AesKey key() {
        return key;
    }

    boolean isDestroyed() {
        return key.isDestroyed();
    }

    void destroy() {
        long stamp = guard.writeLock();
        try {
            key.destroy();
        } finally {
            guard.unlockWrite(stamp);
        }
    }
}
