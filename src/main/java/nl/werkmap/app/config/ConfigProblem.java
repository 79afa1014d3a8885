package nl.werkmap.app.config;

import java.nio.file.Path;

/**
 * Something wrong in the machine configuration file. The app keeps running (the line is ignored) and shows or
 * logs {@link #message()}, which says in Dutch where the problem is and how to fix it.
 *
 * @param file the file it is in
 * @param line line number, counting from 1; 0 when it is about the whole file
 * @param text what is wrong and what to do, in Dutch
 */
public record ConfigProblem(Path file, int line, String text) {

    public String message() {
        return line > 0 ? file + ", regel " + line + ": " + text : file + ": " + text;
    }

    @Override
    public String toString() {
        return message();
    }
}
