package nl.werkmap.hub.http;

import java.io.IOException;
import java.io.OutputStream;

import nl.werkmap.hub.Hub;

/**
 * Writes a candidate's inzage for the hub's privacy routes. The dossier (purposes, recipients, retention) is made by
 * the report layer, which the hub may not reach; the app hands the hub its writer at start.
 */
@FunctionalInterface
public interface PrivacyDocuments {

    /** No writer: the inzage route answers that this hub cannot make one (the access log route still works). */
    PrivacyDocuments NONE = (hub, candidate, reader, out) -> {
        throw new UnsupportedOperationException("Deze hub kan geen inzage maken.");
    };

    /** Writes the inzage of {@code candidateId} as JSON, made for {@code readerName}, to {@code out}. */
    void inzageJson(Hub hub, String candidateId, String readerName, OutputStream out) throws IOException;
}
