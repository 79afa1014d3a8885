package nl.werkmap.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Appointments as an iCalendar file (RFC 5545) that Outlook, Google and Apple calendars import. Times are written
 * in UTC (converted from the Dutch local time), which every calendar reads without a VTIMEZONE block. The summary
 * holds the roepnaam and the kind of appointment only: a calendar is often shared or synced to a phone, so no notes
 * and nothing about health go in. The file is readable by its owner only where the file system allows that.
 */
public final class CalendarFile {

    /** The time zone the coach plans in. */
    public static final ZoneId LOCAL = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    /** RFC 5545 3.1: lines longer than 75 octets are folded. */
    private static final int MAX_OCTETS = 75;

    /** One appointment. @param uid the session id, so importing twice updates instead of doubling */
    public record Event(UUID uid, LocalDateTime start, int minutes, String summary, String location) {
    }

    private CalendarFile() {
    }

    /** The calendar text, CRLF line ends, folded. */
    public static String text(List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Werkmap//Agenda//NL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(e.start().atZone(LOCAL).toInstant()));
            line(out, "DTEND:" + UTC.format(e.start().plusMinutes(Math.max(e.minutes(), 1)).atZone(LOCAL).toInstant()));
            line(out, "SUMMARY:" + escape(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                line(out, "LOCATION:" + escape(e.location()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Writes the file, owner-only (0600) on POSIX file systems, replacing an older export. */
    public static void write(Path file, List<Event> events, Instant stamp) throws IOException {
        byte[] bytes = text(events, stamp).getBytes(StandardCharsets.UTF_8);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
        Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded at 75 octets without splitting a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                // The leading space of a continuation line counts towards its 75 octets.
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
