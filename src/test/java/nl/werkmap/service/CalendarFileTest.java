package nl.werkmap.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ics export read back as a calendar would: CRLF lines, unfolded, escapes undone, times in UTC. */
class CalendarFileTest {

    private static final UUID ID = UUID.fromString("5b0a1d2e-0000-4000-8000-00000000a001");
    private static final Instant STAMP = Instant.parse("2026-12-04T10:00:00Z");
    private static final String LONG_PLACE = "Zorgboerderij De Ûitwijk, achter de kas links, Kerkweg 112, 3451 AB "
            + "Vleuten; bel aan bij de tweede deur (niet de winkel)";

    private static List<CalendarFile.Event> events() {
        return List.of(new CalendarFile.Event(ID, LocalDateTime.of(2026, 12, 8, 10, 30), 45,
                "Fatima \u2013 Werkplekbezoek", LONG_PLACE));
    }

    @Test
    void everyLineEndsInCrlfAndNoLineIsLongerThan75Octets() {
        String text = CalendarFile.text(events(), STAMP);
        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare LF");
        assertFalse(text.replace("\r\n", "").contains("\r"), "no bare CR");
        boolean folded = false;
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            folded |= line.startsWith(" ");
        }
        assertTrue(folded, "the long LOCATION is folded");
    }

    @Test
    void readsBackAsOneEventWithItsFieldsInUtc() {
        Map<String, String> event = unfoldedEvent(CalendarFile.text(events(), STAMP));
        assertEquals(ID.toString(), event.get("UID"));
        // Amsterdam is UTC+1 in December.
        assertEquals("20261208T093000Z", event.get("DTSTART"));
        assertEquals("20261208T101500Z", event.get("DTEND"));
        assertEquals("Fatima \u2013 Werkplekbezoek", event.get("SUMMARY"));
        assertEquals(LONG_PLACE.replace(",", "\\,").replace(";", "\\;"), event.get("LOCATION"));
        assertEquals(LONG_PLACE, unescape(event.get("LOCATION")));
        assertEquals("20261204T100000Z", event.get("DTSTAMP"));
    }

    @Test
    void summerTimeIsConvertedWithItsOwnOffset() {
        String text = CalendarFile.text(List.of(new CalendarFile.Event(ID, LocalDateTime.of(2027, 7, 1, 9, 0), 60,
                "Sanne \u2013 Intake", null)), STAMP);
        Map<String, String> event = unfoldedEvent(text);
        assertEquals("20270701T070000Z", event.get("DTSTART"));
        assertFalse(event.containsKey("LOCATION"));
    }

    @Test
    void foldingNeverSplitsAMultiByteCharacter() {
        StringBuilder out = new StringBuilder();
        CalendarFile.line(out, "SUMMARY:" + "é".repeat(100));
        for (String line : out.toString().split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75);
            assertEquals(line, new String(bytes, StandardCharsets.UTF_8), "whole characters only");
        }
        assertEquals("SUMMARY:" + "é".repeat(100), out.toString().replace("\r\n ", "").strip());
    }

    @Test
    void theFileIsForItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("agenda.ics");
        CalendarFile.write(file, events(), STAMP);
        assertTrue(Files.readString(file).startsWith("BEGIN:VCALENDAR\r\n"));
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        CalendarFile.write(file, events(), STAMP);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "an older, wider file is narrowed when written again");
    }

    /** RFC 5545 3.1: a CRLF followed by one space or tab is removed. */
    private static Map<String, String> unfoldedEvent(String text) {
        String unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
        List<String> lines = new ArrayList<>(List.of(unfolded.split("\r\n")));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        int begin = lines.indexOf("BEGIN:VEVENT");
        int end = lines.indexOf("END:VEVENT");
        assertTrue(begin > 0 && end > begin);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : lines.subList(begin + 1, end)) {
            int colon = line.indexOf(':');
            fields.put(line.substring(0, colon), line.substring(colon + 1));
        }
        return fields;
    }

    private static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }
}
