package nl.werkmap.hub.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.werkmap.security.PrivateFiles;

/**
 * Makes a self-signed P-256 TLS certificate in a PKCS12 keystore, for trying the hub out before the municipality
 * has a real certificate. Written with the JDK alone: a tiny DER writer and SHA256withECDSA.
 */
public final class SelfSignedCertificate {

    public static final String ALIAS = "werkmap-hub";
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private SelfSignedCertificate() {
    }

    /** Writes a keystore for {@code hostNames} (DNS names or IP addresses), valid for {@code validity}. */
    public static X509Certificate write(Path keystore, char[] password, String commonName, List<String> hostNames,
                                        Duration validity) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = sign(pair, commonName, hostNames, Instant.now(), validity);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
        if (Files.exists(keystore)) {
            throw new java.nio.file.FileAlreadyExistsException(keystore.toString());
        }
        // The keystore holds the hub's private TLS key: 0600 from the moment it exists.
        try (OutputStream out = PrivateFiles.newOutputStream(keystore)) {
            store.store(out, password);
        }
        return certificate;
    }

    static X509Certificate sign(KeyPair pair, String commonName, List<String> hostNames, Instant from, Duration validity)
            throws GeneralSecurityException, IOException {
        byte[] ecdsaWithSha256 = Der.sequence(Der.oid(1, 2, 840, 10045, 4, 3, 2));
        byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(2, 5, 4, 3), Der.utf8(commonName))));
        byte[] validityDer = Der.sequence(Der.utcTime(UTC_TIME.format(from.minus(Duration.ofMinutes(5)))),
                Der.utcTime(UTC_TIME.format(from.plus(validity))));
        byte[][] altNames = new byte[hostNames.size()][];
        for (int i = 0; i < hostNames.size(); i++) {
            String host = hostNames.get(i);
            altNames[i] = host.matches("[0-9.]+|.*:.*")
                    ? Der.implicit(7, InetAddress.getByName(host).getAddress())
                    : Der.implicit(2, host.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        byte[] subjectAltName = Der.sequence(Der.oid(2, 5, 29, 17), Der.octetString(Der.sequence(altNames)));
        byte[] basicConstraints = Der.sequence(Der.oid(2, 5, 29, 19), Der.bool(true), Der.octetString(Der.sequence()));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(new BigInteger(64, new SecureRandom()).add(BigInteger.ONE)),
                ecdsaWithSha256,
                name,
                validityDer,
                name,
                pair.getPublic().getEncoded(),
                Der.explicit(3, Der.sequence(subjectAltName, basicConstraints)));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(pair.getPrivate());
        signer.update(tbs);
        byte[] certificate = Der.sequence(tbs, ecdsaWithSha256, Der.bitString(signer.sign()));
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate));
        parsed.verify(pair.getPublic());
        return parsed;
    }
}
