package nl.werkmap.app.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate a hub shows when asked, looked at without trusting it, so a refused connection can say which
 * certificate the hub showed and the coach can compare its fingerprint with the administrator's. Nothing is sent
 * over the connection: the handshake is broken off as soon as the certificate has been seen.
 */
final class PresentedCertificate {

    private static final int TIMEOUT_MS = 10_000;

    private PresentedCertificate() {
    }

    /** The hub's own (first) certificate, or empty for a plain-HTTP address or a hub that does not answer. */
    static Optional<X509Certificate> of(String hubUrl) {
        URI uri = URI.create(hubUrl);
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return Optional.empty();
        }
        Recorder recorder = new Recorder();
        SSLContext tls;
        try {
            tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {recorder}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Deze Java-omgeving kan geen TLS-verbinding opzetten: " + e.getMessage(), e);
        }
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 443 : uri.getPort()), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            socket.startHandshake();
        } catch (IOException expected) {
            // The recorder refuses every certificate, so every handshake ends here on purpose; what counts is whether
            // a certificate was seen before that. A hub that does not answer simply shows none.
        }
        return Optional.ofNullable(recorder.seen);
    }

    /** Keeps the server's certificate and refuses it, so the connection never carries anything. */
    private static final class Recorder implements X509TrustManager {

        private volatile X509Certificate seen;

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain != null && chain.length > 0) {
                seen = chain[0];
            }
            throw new CertificateException("Alleen bekeken, niet vertrouwd");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("Geen clientcertificaten");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
