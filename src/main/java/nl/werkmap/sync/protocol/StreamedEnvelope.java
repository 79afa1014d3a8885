package nl.werkmap.sync.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

import javax.crypto.Cipher;

import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSHeader;

/**
 * The envelope of {@link CompactJws#sign} and {@link CompactJwe#encrypt} made in one pass straight into a stream: the
 * payload is base64url-encoded a few kilobytes at a time ({@link Base64UrlStream}), each piece goes into the ES256
 * signature and into AES-GCM, and the ciphertext is base64url-encoded into the output as it comes. The same compact
 * JWE (only the random key and IV differ), without the payload's base64, the JWS, the ciphertext and the JWE each
 * held whole, several megabytes apiece for a first sync's bundle, and copied into one another: the hub seals dozens
 * of them. In form 2 ({@link BundleEnvelope#FORM_UNENCODED}) the payload goes in as it is, not base64url-encoded.
 */
final class StreamedEnvelope {

    private static final int TAG_BYTES = 16;
    private static final byte[] DOT = {'.'};

    private StreamedEnvelope() {
    }

    /**
     * Writes the compact JWE of the JWS of {@code payload[0, length)} to {@code out}; headers as {@link BundleEnvelope}
     * makes them.
     */
    static void seal(JWSHeader jwsHeader, byte[] payload, int length, ECPrivateKey signingKey, JWEHeader jweHeader,
                     ECPublicKey recipient, OutputStream out) throws GeneralSecurityException, IOException {
        CompactJwe.Sealing sealing = CompactJwe.begin(jweHeader, recipient);
        Cipher gcm = sealing.gcm();
        out.write(sealing.protectedHeader());
        out.write('.');
        out.write(Base64Url.encode(sealing.encryptedKey()));
        out.write('.');
        out.write(Base64Url.encode(sealing.iv()));
        out.write('.');

        OutputStream ciphertext = new Base64UrlStream(out);
        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        signer.initSign(signingKey);
        Encrypting jws = new Encrypting(gcm, ciphertext, signer);
        jws.write(CompactParts.ascii(jwsHeader.toBase64URL().toString()));
        jws.write(DOT);
        if (jwsHeader.isBase64URLEncodePayload()) {
            try (OutputStream payloadPart = new Base64UrlStream(jws)) {
                payloadPart.write(payload, 0, length);
            }
        } else {
            // Form 2 (b64 false): the payload goes into the signature and the encryption as it is.
            writeInPieces(jws, payload, length);
        }
        // The signature covers header and payload; it and its dot are encrypted, not signed.
        jws.signing = null;
        jws.write(DOT);
        jws.write(Base64Url.encode(signer.sign()));
        byte[] last = gcm.doFinal();
        ciphertext.write(last, 0, last.length - TAG_BYTES);
        ciphertext.close();
        out.write('.');
        out.write(Base64Url.encode(last, last.length - TAG_BYTES, last.length));
    }

    /**
     * Writes {@code payload[0, length)} a piece at a time: one call per piece keeps the signature's hashing and
     * AES-GCM's update compiled with their intrinsics (a single call over megabytes runs in the interpreter) and the
     * ciphertext's buffer small.
     */
    private static void writeInPieces(OutputStream out, byte[] payload, int length) throws IOException {
        for (int at = 0; at < length; at += PIECE) {
            out.write(payload, at, Math.min(PIECE, length - at));
        }
    }

    private static final int PIECE = 8 * 1024;

    /** The JWS as it is written: into the signature (until it is signed) and through AES-GCM into the output. */
    private static final class Encrypting extends OutputStream {
        private final Cipher gcm;
        private final OutputStream ciphertext;
        private Signature signing;
        private byte[] buffer = new byte[8 * 1024 + TAG_BYTES];

        Encrypting(Cipher gcm, OutputStream ciphertext, Signature signing) {
            this.gcm = gcm;
            this.ciphertext = ciphertext;
            this.signing = signing;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                if (signing != null) {
                    signing.update(b, off, len);
                }
                int room = gcm.getOutputSize(len);
                if (buffer.length < room) {
                    buffer = new byte[room];
                }
                int n = gcm.update(b, off, len, buffer, 0);
                ciphertext.write(buffer, 0, n);
            } catch (GeneralSecurityException e) {
                throw new IOException("De bundel kon niet worden ondertekend of versleuteld: " + e.getMessage(), e);
            }
        }
    }
}
