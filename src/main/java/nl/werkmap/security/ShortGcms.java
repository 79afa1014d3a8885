package nl.werkmap.security;

/**
 * The {@link ShortGcm}s one key uses: each holds the key's AES schedule and its GHASH tables, so they are made once
 * per key and thread and wiped when the key is destroyed ({@link KeyPool}).
 */
final class ShortGcms extends KeyPool<ShortGcm> {

    private final AesKey key;

    ShortGcms(AesKey key) {
        this.key = key;
    }

    @Override
    ShortGcm create() {
        return new ShortGcm(key);
    }

    @Override
    void wipe(ShortGcm item) {
        item.wipe();
    }
}
