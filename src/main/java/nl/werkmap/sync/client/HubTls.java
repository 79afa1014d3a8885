package nl.werkmap.sync.client;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Trust for a hub whose TLS certificate is not signed by a known authority (the self-signed trial certificate
 * {@code hub init} makes): the administrator hands the coach the certificate file, and this device then trusts
 * exactly that certificate for the hub, as {@code enroll --trust-cert} does on the command line.
 */
public final class HubTls {

    private HubTls() {
    }

    /** Reads a PEM or DER certificate; refuses anything else with a Dutch message. */
    public static X509Certificate certificate(byte[] file) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(file));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("Dit bestand is geen certificaat (verwacht: hub.crt van de beheerder).",
                    e);
        }
    }

    /** PEM text of a certificate, the form it is kept in. */
    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the certificate as colon-separated hex pairs, to read aloud with the administrator. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TLS context that trusts only this certificate; {@code null} PEM gives null (the system's trust). */
    public static SSLContext trusting(String pem) {
        if (pem == null) {
            return null;
        }
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("hub", certificate(pem.getBytes(StandardCharsets.US_ASCII)));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, factory.getTrustManagers(), null);
            return tls;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Het vertrouwde hub-certificaat is niet te gebruiken: " + e.getMessage(), e);
        }
    }

    /** Whether a failure was the hub's certificate not being trusted (so the coach can be offered the file). */
    public static boolean untrustedCertificate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLHandshakeException
                    || t instanceof java.security.cert.CertPathValidatorException
                    || t instanceof java.security.cert.CertPathBuilderException) {
                return true;
            }
        }
        return false;
    }
}
