package nl.werkmap.report.verantwoording;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The list of medical words (diagnoses, medication, treatment) shipped as {@code medische-termen.txt} with its source,
 * and the check of a document's free text against it. A hit does not stop the document by itself: the coach is told
 * the word and where it stands, and rephrases (support needs are written as work consequences: "korte instructies",
 * not the diagnosis behind them).
 */
public final class MedicalTerms {

    static final String RESOURCE = "/nl/werkmap/report/medische-termen.txt";

    /** A medical word found in one free text of a document. */
    public record Finding(String where, String word) {
    }

    private final Set<String> words;
    private final List<String> stems;

    private MedicalTerms(Set<String> words, List<String> stems) {
        this.words = words;
        this.stems = stems;
    }

    /** The shipped list. */
    public static MedicalTerms shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final MedicalTerms SHIPPED = load();
    }

    private static MedicalTerms load() {
        InputStream in = MedicalTerms.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("De lijst met medische termen ontbreekt in Werkmap (" + RESOURCE
                    + "); installeer Werkmap opnieuw.");
        }
        Set<String> words = new HashSet<>();
        List<String> stems = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String term = line.strip().toLowerCase(Locale.ROOT);
                if (term.isEmpty() || term.startsWith("#")) {
                    continue;
                }
                if (term.endsWith("*")) {
                    stems.add(term.substring(0, term.length() - 1));
                } else {
                    words.add(term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MedicalTerms(Set.copyOf(words), List.copyOf(stems));
    }

    /** How many terms the list holds (words and stems). */
    public int size() {
        return words.size() + stems.size();
    }

    /** The medical words in {@code text} as written there, each once, in order of appearance. */
    public List<String> find(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        for (String token : text.split("[^\\p{L}\\p{N}-]+")) {
            String word = token.replaceAll("^-+|-+$", "");
            if (word.isEmpty()) {
                continue;
            }
            String folded = fold(word);
            if (words.contains(folded) || stems.stream().anyMatch(folded::startsWith)) {
                found.add(word);
            }
        }
        return List.copyOf(found);
    }

    /** Every medical word in the document's free text, with the label of the text it stands in. */
    public List<Finding> scan(DocumentContent content) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentContent.Section section : content.sections()) {
            for (DocumentContent.Block block : section.blocks()) {
                if (block instanceof DocumentContent.FreeText t) {
                    for (String word : find(t.text())) {
                        findings.add(new Finding(section.title() + " / " + t.label(), word));
                    }
                }
            }
        }
        return findings;
    }

    /** Lower case without accents, so "Depressíe" and "depressie" are one word. */
    private static String fold(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
