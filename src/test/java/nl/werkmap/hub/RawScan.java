package nl.werkmap.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks for personal values in the raw bytes of files: as UTF-8, as UTF-16LE, and as base64 and base64url of their
 * UTF-8 bytes at each of the three alignments a value can have inside a longer encoded text.
 */
public final class RawScan {

    private final Map<String, List<byte[]>> needles = new LinkedHashMap<>();

    public RawScan(List<String> values) {
        for (String value : values) {
            List<byte[]> forms = new ArrayList<>();
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            forms.add(utf8);
            forms.add(value.getBytes(StandardCharsets.UTF_16LE));
            for (int skip = 0; skip < 3; skip++) {
                byte[] tail = Arrays.copyOfRange(utf8, skip, utf8.length);
                for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                    String encoded = encoder.withoutPadding().encodeToString(tail);
                    // The last group mixes with what follows the value; the rest is the same in any longer text.
                    String stable = encoded.substring(0, Math.max(0, encoded.length() - 4));
                    if (stable.length() >= 8) {
                        forms.add(stable.getBytes(StandardCharsets.US_ASCII));
                    }
                }
            }
            needles.put(value, forms);
        }
    }

    /** Every "value in file" found; empty when none of the values is in any of the files (missing files skipped). */
    public List<String> findIn(List<Path> files) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            byte[] content = Files.readAllBytes(file);
            found.addAll(findIn(content, file.getFileName().toString()));
        }
        return found;
    }

    public List<String> findIn(byte[] content, String where) {
        List<String> found = new ArrayList<>();
        // One byte per char (ISO-8859-1) keeps byte positions, and String.indexOf is fast enough for a whole
        // PostgreSQL cluster (tens of MB) where a byte-by-byte loop per needle is not.
        String haystack = new String(content, StandardCharsets.ISO_8859_1);
        needles.forEach((value, forms) -> {
            for (byte[] form : forms) {
                if (haystack.indexOf(new String(form, StandardCharsets.ISO_8859_1)) >= 0) {
                    found.add("'" + value + "' in " + where);
                    return;
                }
            }
        });
        return found;
    }
}
