package nl.werkmap.sync.merge;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/** Down-bundles as a hub sends them, for the applier's tests: a fixed now, the hub's writer, its stamps. */
final class DownBundles {

    static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    static final String HUB_WRITER = "7f1c2a3e-0000-4000-8000-00000000beef";
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private DownBundles() {
    }

    /** The hub's stamp {@code offsetMillis} from now. */
    static String stamp(long offsetMillis) {
        return new Hlc(NOW.toEpochMilli() + offsetMillis, 0).stamp(HUB_WRITER);
    }

    /** A down-bundle of these changes and nothing else. */
    static Bundle bundle(Change... changes) {
        return new Bundle(Bundle.FORMAT, Bundle.VERSION, Bundle.DOWN, UUID.randomUUID().toString(), "hub",
                "gemeente-a", "laptop", 1, 1, NOW.toString(), List.of(changes), null, null, null, null);
    }
}
