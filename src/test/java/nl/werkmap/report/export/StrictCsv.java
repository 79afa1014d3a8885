package nl.werkmap.report.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of RFC 4180 with {@code ;} as separator, as a spreadsheet reads it: a quoted field may hold
 * separators, doubled quotes and line breaks; a quote anywhere else, text after a closing quote, or a record not
 * ended by CRLF is an error, so a writer that gets the quoting wrong fails here rather than in LibreOffice.
 */
public final class StrictCsv {

    private StrictCsv() {
    }

    /** The records of {@code text} (without byte order mark). */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted field at " + i);
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != ';' && text.charAt(i) != '\r') {
                    char c = text.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "line feed") + " at " + (i - 1));
                    }
                    field.append(c);
                }
            }
            if (i >= text.length()) {
                throw new IllegalArgumentException("last record not ended by CRLF");
            }
            char end = text.charAt(i);
            record.add(field.toString());
            field.setLength(0);
            if (end == ';') {
                i++;
            } else if (end == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
                records.add(record.size() == 1 && record.get(0).isEmpty() ? List.of() : record);
                record = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("text after a closing quote, or a lone CR, at " + i);
            }
        }
        return records;
    }
}
