package nl.werkmap.hub;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import nl.werkmap.hub.http.HubFaults;
import nl.werkmap.hub.http.HubServer;
import nl.werkmap.hub.store.HubDatabase;

/**
 * A real hub on a SQLite file in a temporary folder, its keys unlocked with a test passphrase, served over plain
 * HTTP on 127.0.0.1 at a random port.
 */
public final class HubFixture implements AutoCloseable {

    private static final String PASSPHRASE = "zes paarden op de dijk";

    /** A fresh copy of the passphrase the fixture's hubs use (callers may clear it). */
    public static char[] passphrase() {
        return PASSPHRASE.toCharArray();
    }

    static {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    public final Hub hub;
    public final HubServer server;
    /** Faults the tests can switch on; the hub runs with these as its request hooks. */
    public final HubFaults faults = new HubFaults();

    public HubFixture(Path dir, String municipality) {
        this(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null), municipality);
    }

    public HubFixture(HubDatabase db, String municipality) {
        hub = Hub.open(db, municipality, Clock.systemUTC(), passphrase());
        server = HubServer.start(hub, Clock.systemUTC(), "127.0.0.1", 0, Optional.empty(), faults);
    }

    public String url() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.close();
        hub.close();
    }
}
