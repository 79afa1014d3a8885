package nl.werkmap.app.crash;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The text of a crash log: where it happened, on what, and the exception chain with its stack frames, written so
 * that a municipality's IT department can send it on without reading it first.
 *
 * <p>What is written and why. Stack frames name only code (class, method, file, line) and are written in full. An
 * exception's message can hold anything the code put in it: a candidate's name in a validation message, a path with
 * the coach's user name, a value in a parse error, a team or coach name. So messages are left out, with one
 * exception: the fixed set of exceptions the JVM itself raises from code, not from data ({@link #SAFE_MESSAGES}: an
 * index and a length, a null expression, a cast between two classes, a division by zero). Their message is the
 * most useful line of the report ({@code Index 0 out of bounds for length 0}), and even then runs of 7 or more
 * digits (a BSN, a phone number) are masked. Werkmap's own exceptions are not trusted either: their Dutch messages
 * are made for the user on screen and often quote what the user typed. For a {@link SQLException} the SQL state
 * and vendor code are written instead of the message. The command line is described by its option names only, never
 * their values.
 */
public final class CrashReport {

    /** Exceptions the JVM raises with messages made from code: indices, sizes, class names, expressions. */
    static final Set<String> SAFE_MESSAGES = Set.of(
            "java.lang.IndexOutOfBoundsException", "java.lang.ArrayIndexOutOfBoundsException",
            "java.lang.StringIndexOutOfBoundsException", "java.lang.NullPointerException",
            "java.lang.ClassCastException", "java.lang.ArithmeticException", "java.lang.NegativeArraySizeException",
            "java.lang.ArrayStoreException");

    static final String OMITTED = "[melding weggelaten: kan persoonsgegevens bevatten]";
    private static final int MAX_FRAMES = 200;

    private CrashReport() {
    }

    /**
     * The whole report.
     *
     * @param context what was being done, e.g. {@code export} or {@code app, thread JavaFX Application Thread}
     * @param optionNames the names of the options on the command line, without values
     */
    public static String of(String context, List<String> optionNames, Throwable failure, Instant at, String version) {
        StringBuilder text = new StringBuilder();
        text.append("Werkmap ").append(version).append(": onverwachte fout\n");
        text.append("Tijd (UTC): ").append(at).append('\n');
        text.append("Bij: ").append(context);
        if (!optionNames.isEmpty()) {
            text.append(" (opties: ").append(String.join(" ", optionNames)).append(')');
        }
        text.append('\n');
        text.append("Java: ").append(System.getProperty("java.version")).append(" (")
                .append(System.getProperty("java.vendor")).append("); ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch"))
                .append(System.getProperty("jpackage.app-path") != null ? "; geïnstalleerde Werkmap" : "")
                .append('\n');
        text.append("Meldingen van uitzonderingen zijn weggelaten, behalve die de JVM zelf maakt; zie CrashReport.\n\n");
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        append(text, failure, "", "", seen);
        return text.toString();
    }

    /** The option names of a command line ({@code --data}, not its value); positional words are left out too. */
    public static List<String> optionNames(List<String> args) {
        return args.stream().filter(a -> a.startsWith("-"))
                .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a).toList();
    }

    /** One exception's headline: class name and, when it is safe, its message. */
    public static String headline(Throwable failure) {
        String name = failure.getClass().getName();
        if (failure instanceof SQLException sql) {
            return name + ": SQL-state " + sql.getSQLState() + ", code " + sql.getErrorCode() + " " + OMITTED;
        }
        String message = failure.getMessage();
        if (message == null) {
            return name;
        }
        if (SAFE_MESSAGES.contains(name)) {
            return name + ": " + message.replaceAll("\\d{7,}", "#######");
        }
        return name + ": " + OMITTED;
    }

    private static void append(StringBuilder text, Throwable failure, String label, String indent, Set<Throwable> seen) {
        if (!seen.add(failure)) {
            text.append(indent).append(label).append("[kringverwijzing] ").append(failure.getClass().getName()).append('\n');
            return;
        }
        text.append(indent).append(label).append(headline(failure)).append('\n');
        StackTraceElement[] frames = failure.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
            text.append(indent).append("\tat ").append(frames[i]).append('\n');
        }
        if (frames.length > MAX_FRAMES) {
            text.append(indent).append("\t... ").append(frames.length - MAX_FRAMES).append(" regels meer\n");
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            append(text, suppressed, "Suppressed: ", indent + "\t", seen);
        }
        if (failure.getCause() != null) {
            append(text, failure.getCause(), "Caused by: ", indent, seen);
        }
    }
}
