package nl.werkmap.hub.http;

import java.nio.file.Path;

/** The PKCS12 keystore holding the hub's TLS certificate and private key. */
public record TlsSettings(Path keystore, char[] password) {
}
