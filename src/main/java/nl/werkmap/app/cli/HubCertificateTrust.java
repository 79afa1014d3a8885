package nl.werkmap.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;

import nl.werkmap.sync.client.HubTls;

/**
 * The hub certificate a caseload trusts on the command line, for a hub with a self-signed certificate. It is kept
 * with the enrolment in the caseload ({@code sync_enrollment.trusted_certificate}, as PEM), exactly where the app's
 * "Koppelen aan de gemeente" dialog keeps it, so later {@code sync} runs and the app use it without
 * {@code --trust-cert}. A different certificate is never taken over silently: only with
 * {@code --replace-trust-cert}, after the coach compared its fingerprint with the administrator's.
 */
final class HubCertificateTrust {

    private HubCertificateTrust() {
    }

    /** The certificate in the file named by {@code --option}, if given; a Dutch usage error if it is not one. */
    static Optional<X509Certificate> fromOption(Options options, String option) {
        if (options.get(option).isEmpty()) {
            return Optional.empty();
        }
        Path file = Path.of(options.require(option));
        try {
            return Optional.of(HubTls.certificate(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            throw new UsageException("Het certificaatbestand " + file + " bestaat niet. Controleer het pad (de"
                    + " beheerder geeft hub.crt).");
        } catch (IOException e) {
            throw new UsageException("Het certificaatbestand " + file + " is niet te lezen: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }

    /** Whether the stored PEM holds exactly this certificate (same DER bytes, whatever the line layout). */
    static boolean same(String storedPem, X509Certificate certificate) {
        try {
            return Arrays.equals(HubTls.certificate(storedPem.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .getEncoded(), certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fingerprint(String pem) {
        return HubTls.fingerprint(HubTls.certificate(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    static String stored(X509Certificate certificate) {
        return "Dit apparaat vertrouwt vanaf nu het hub-certificaat met SHA-256-vingerafdruk\n  "
                + HubTls.fingerprint(certificate) + "\nVergelijk die met de vingerafdruk van de beheerder; wijkt hij"
                + " af, synchroniseer dan niet en meld het de beheerder. Volgende keren is --trust-cert niet meer"
                + " nodig.";
    }

    /** Refusal of {@code --trust-cert} with another certificate than the one already trusted. */
    static UsageException otherThanTrusted(String storedPem, X509Certificate given) {
        return new UsageException("Dit apparaat vertrouwt al een ander hub-certificaat (SHA-256 "
                + fingerprint(storedPem) + "). Het certificaat dat je meegaf heeft SHA-256 "
                + HubTls.fingerprint(given) + ". Er is niets veranderd en niet gesynchroniseerd. Heeft de beheerder de"
                + " hub een nieuw certificaat gegeven? Vergelijk dan de vingerafdruk met die van de beheerder en geef"
                + " het bestand mee met --replace-trust-cert BESTAND.");
    }

    /** Why a round failed when the hub showed another certificate than the trusted one. */
    static String hubShowsAnother(String storedPem, X509Certificate shown) {
        return "De hub laat een ander certificaat zien (SHA-256 " + HubTls.fingerprint(shown) + ") dan het"
                + " certificaat dat dit apparaat vertrouwt (SHA-256 " + fingerprint(storedPem) + "). Er is niets"
                + " gesynchroniseerd en het andere certificaat is niet overgenomen: het kan zijn dat iemand zich voordoet"
                + " als de hub. Vraag de beheerder of de hub een nieuw certificaat heeft; klopt de vingerafdruk, geef"
                + " het nieuwe hub.crt dan mee met --replace-trust-cert BESTAND.";
    }
}
