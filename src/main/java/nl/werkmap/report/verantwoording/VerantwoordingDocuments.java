package nl.werkmap.report.verantwoording;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.store.CaseloadStore;

/**
 * Makes a verantwoording document from the caseload and writes it as PDF or as text: the one entry for the command
 * line and the Documenten section of the Verantwoording tab. Before writing, the caller asks
 * {@link MedicalTerms#scan} and tells the coach what it found.
 */
public final class VerantwoordingDocuments {

    /** The two forms a document is written in. */
    public enum Format {
        PDF("pdf"), TXT("txt");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** "pdf" or "txt" (case-insensitive); null for anything else. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.extension.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            return null;
        }
    }

    private VerantwoordingDocuments() {
    }

    /**
     * The content of a placement document for a half year; empty when the candidate has no placement in it (or the
     * named placement is not theirs).
     */
    public static Optional<DocumentContent> placementDocument(CaseloadStore store, DocumentKind kind,
                                                              UUID candidateId, UUID placementId, HalfYear period,
                                                              LocalDate today) {
        return PlacementHalfYear.load(store, candidateId, placementId, period, today)
                .map(sources -> PlacementDocuments.build(kind, sources));
    }

    /** The yearly satisfaction report over every form of the caseload in {@code year}. */
    public static DocumentContent yearly(CaseloadStore store, int year) {
        List<JobcoachForm> forms = store.forms().all().stream().filter(f -> f.period().year() == year).toList();
        Map<UUID, String> employers = new HashMap<>();
        for (JobcoachForm f : forms) {
            employers.computeIfAbsent(f.placementId(), id -> store.placements().find(id)
                    .flatMap(p -> p.employerId() == null ? Optional.empty() : store.employers().find(p.employerId()))
                    .map(e -> e.name()).orElse(null));
        }
        return YearlySatisfaction.build(new YearlySatisfaction.Input(year, forms, employers));
    }

    public static void write(DocumentContent content, Format format, ZonedDateTime created, OutputStream out)
            throws IOException {
        if (format == Format.PDF) {
            DocumentPdf.write(content, created, out);
        } else {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(DocumentText.of(content));
            w.flush();
        }
    }
}
