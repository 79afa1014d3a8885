package nl.werkmap.bench.sync;

import java.nio.file.Files;

import nl.werkmap.hub.store.HubDatabase;

/**
 * Only the 50-devices-at-once figure of {@link SyncBench}, on a fresh SQLite file or on the PostgreSQL database given
 * as arguments, to see what taking turns between hub processes costs a single hub (run: mvn -o -Pbench
 * test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.werkmap.bench.sync.HubLoadBench
 * [-Dexec.args="jdbc:postgresql://HOST/DB USER PASSWORD"]; use an empty database or schema).
 */
public final class HubLoadBench {

    private HubLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String url = args.length > 0 ? args[0]
                : "jdbc:sqlite:" + Files.createTempDirectory("werkmap-hub-load").resolve("load.db");
        System.out.println(url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "SQLite");
        SyncBench.fiftyDevices(HubDatabase.open(url, args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null));
    }
}
