package nl.werkmap.domain.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a shipped code list: UTF-8, one entry a line, columns split by tabs, lines starting with '#' are notes.
 * A list that is missing or has a short line is a broken build, so it fails loudly instead of returning less.
 */
final class CodeListFile {

    private CodeListFile() {
    }

    static List<String[]> read(String resource, int columns) {
        InputStream in = CodeListFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Code list " + resource + " is missing from the application");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException("Code list " + resource + " line " + number + " has "
                            + cells.length + " columns, expected " + columns);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Code list " + resource + " could not be read", e);
        }
        return rows;
    }
}
