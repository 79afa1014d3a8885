package nl.werkmap.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The file formats a team summary can be exported to. */
public enum ReportFormat {
    XLSX("xlsx"), CSV("csv"), PDF("pdf");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "xlsx", "csv" or "pdf", any case; the message says which ones exist. */
    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("Onbekend formaat '" + text + "'. Kies xlsx, csv of pdf.");
    }

    public void write(ReportDocument document, OutputStream out) throws IOException {
        switch (this) {
            case XLSX:
                new XlsxExporter().write(document, out);
                break;
            case CSV:
                new CsvExporter().write(document, out);
                break;
            default:
                new PdfExporter().write(document, out);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
