package nl.werkmap.sync.client;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;

import javax.net.ssl.SSLException;

import com.google.gson.JsonParseException;

/**
 * What went wrong on the way to the hub, in a coach's words, for the brackets of a sync message ("De hub is niet
 * bereikbaar (verbinding geweigerd)"). The exception's class and text say nothing to a coach; the HTTP client logs
 * them for the IT person.
 */
final class NetworkCause {

    private NetworkCause() {
    }

    /** The first cause a coach can be told about, or {@code otherwise}. */
    static String inWords(Throwable e, String otherwise) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String words = known(t);
            if (words != null) {
                return words;
            }
        }
        return otherwise;
    }

    private static String known(Throwable t) {
        if (t instanceof HttpConnectTimeoutException) {
            return "verbinden duurde te lang";
        }
        if (t instanceof UnknownHostException) {
            return "adres onbekend";
        }
        if (t instanceof NoRouteToHostException) {
            return "geen netwerk naar de hub";
        }
        if (t instanceof ConnectException) {
            return "verbinding geweigerd";
        }
        if (t instanceof SSLException) {
            return "beveiligde verbinding mislukt";
        }
        if (t instanceof JsonParseException || t instanceof IllegalStateException) {
            return "onleesbaar antwoord";
        }
        if (t instanceof EOFException) {
            return "verbinding verbroken";
        }
        return null;
    }
}
