package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.SchoolDestination;
import nl.werkmap.security.FieldSealer;

/**
 * The lean line reader (shared texts, days from bytes, shared hours; issue 13) against the old line read through
 * getString, on random lines in the columns of {@link CandidateLine#SELECT}: usual values, and values the app never
 * writes but a file could hold (days not in plain yyyy-MM-dd, out of the day table's years, not real days, numbers
 * stored in a text column, empty and blank texts, non-ASCII, negative zero hours, unknown statuses). With at most one
 * bad value per line, the row the new reader and builder give equals the old builder's row, or both refuse the line
 * with the same exception and message. A whole-list read leaves the birth date sealed until the row's cue is asked
 * ({@link SealedCue}): its rows equal the old rows too, except where only the birth date does not read (not a day,
 * or sealed for another row), where the old read refused and the list now shows the row without its cue.
 */
class CandidateLineReaderEquivalenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final String[] COACHES = {"00000000-0000-0000-0000-00000000c0a1",
            "00000000-0000-0000-0000-00000000c0a2", "00000000-0000-0000-0000-00000000c0a3"};
    private static final Object[] GOOD_DAYS = {"2024-03-05", "2026-11-30", "2026-12-05", "1850-06-01", "2200-01-31",
            "+10000-01-01", "2026-10-20", null};
    private static final Object[] BAD_DAYS = {"2024-3-5", "2024-02-30", "", " ", "2024-13-01", 20240101,
            "\uff12024-01-01", "2024-01-01x", "abcd-ef-gh"};
    private static final Object[] GOOD_MOMENTS = {"2026-11-30T09:30", "2026-12-05T23:59", "2026-10-01", "2025-01-01 x",
            "1899-12-31T23:59", "2156-01-01T00:00", "2026-09-09T\u00e9", null};
    private static final Object[] BAD_MOMENTS = {"2026-11-3", "", "2024-02-30T10:00", "\uff12026-01-01T09:00",
            20261130};

    /**
     * The reader asks getString only where getBytes gave an array: that holds because the driver gives null for SQL
     * NULL alone, and an empty array for an empty text or blob, where getString gives "" (a driver that changed this
     * would make an empty school name or an empty day read as NULL).
     */
    @Test
    void theDriverGivesNullBytesForSqlNullAlone() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT NULL, '', x'', CAST('' AS BLOB), ' ', 0, 0.0, -0.0, 'x'")) {
            assertTrue(rs.next());
            for (int column = 1; column <= 9; column++) {
                byte[] bytes = rs.getBytes(column);
                String text = rs.getString(column);
                assertEquals(column == 1, bytes == null, "column " + column);
                assertEquals(text == null, bytes == null, "column " + column);
                if (bytes != null) {
                    assertEquals(text, new String(bytes, StandardCharsets.UTF_8), "column " + column);
                }
            }
        }
    }

    @Test
    void randomLinesGiveTheRowsTheOldLineAndBuilderGave() throws Exception {
        FieldSealer sealer = new PlainSealer();
        Random random = new Random(20261205);
        int rows = 0;
        int refused = 0;
        int oddDays = 0;
        int unreadBirths = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE line (id, full_name, preferred_name, status, coach_id, register_status,"
                        + " preferred_sectors, hours_available, registered_on, school_name, expected_leaving_date,"
                        + " school_destination, other_school, present, birth_date, last_session, last_ladder,"
                        + " profile_consent, school_type_no_profile)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO line VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < 1_500; i++) {
                    Object[] values = line(random, sealer);
                    for (int k = 0; k < values.length; k++) {
                        insert.setObject(k + 1, values[k]);
                    }
                    insert.executeUpdate();
                }
            }
            ReferenceRowBuilder reference = new ReferenceRowBuilder(sealer, TODAY);
            CaseloadRowBuilder now = new CaseloadRowBuilder(sealer, TODAY, new DayTable(), false);
            DayTable days = new DayTable();
            CaseloadRowBuilder later = new CaseloadRowBuilder(sealer, TODAY, days, true);
            CandidateLine.Reader reader = new CandidateLine.Reader(days);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM line")) {
                while (rs.next()) {
                    ReferenceLine old = ReferenceLine.read(rs);
                    CandidateLine lean = reader.read(rs);
                    rows++;
                    oddDays += lean.odd() == null ? 0 : 1;
                    String expected = outcome(() -> reference.row(old, "Coach", List.of()));
                    // One row at a time (after a save): the birth date opened at once, refused as before.
                    String actual = outcome(() -> now.row(lean, "Coach", List.of()));
                    assertEquals(expected, actual, "line " + rows + ": " + old);
                    refused += expected.startsWith("refused") ? 1 : 0;
                    // A whole-list read: the birth date stays sealed until the cue is asked (toString asks it).
                    String listed = outcome(() -> {
                        CaseloadRow row = later.row(lean, "Coach", List.of());
                        if (row.cueSealed() != (lean.birthDate() != null && blank(lean.schoolName()))) {
                            throw new AssertionError("cue sealed " + row.cueSealed() + " for " + old);
                        }
                        return row;
                    });
                    if (expected.equals(listed)) {
                        continue;
                    }
                    // Only a birth date that does not read may tell them apart: the list then shows the row with no
                    // cue, where the old read refused the whole list.
                    String withoutBirth = outcome(() -> reference.row(withoutBirthDate(old), "Coach", List.of()));
                    assertTrue(expected.startsWith("refused") && withoutBirth.startsWith("row"),
                            "line " + rows + ": " + expected + " / " + listed);
                    assertEquals(withoutBirth, listed, "line " + rows + ": the row without its cue");
                    assertTrue(listed.endsWith(", cue=]"), listed);
                    unreadBirths++;
                }
            }
        }
        assertEquals(1_500, rows);
        // The lines must reach every path: refused lines, odd days that still read, birth dates that do not.
        assertTrue(refused > 50 && refused < 750, "refused " + refused);
        assertTrue(oddDays > 150, "odd days " + oddDays);
        assertTrue(unreadBirths > 10, "birth dates that do not read " + unreadBirths);
    }

    private static boolean blank(String school) {
        return school == null || school.isBlank();
    }

    private static ReferenceLine withoutBirthDate(ReferenceLine r) {
        return new ReferenceLine(r.id(), r.fullName(), r.preferredName(), null, r.status(), r.coachId(),
                r.registerStatus(), r.sectors(), r.hoursAvailable(), r.registeredOn(), r.schoolName(),
                r.expectedLeavingDate(), r.schoolDestination(), r.present(), r.lastSession(), r.lastLadder(),
                r.profileConsent());
    }

    @Test
    void repeatedTextsAndDaysAreSharedBetweenLines() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE line (id, full_name, preferred_name, status, coach_id, register_status,"
                    + " preferred_sectors, hours_available, registered_on, school_name, expected_leaving_date,"
                    + " school_destination, other_school, present, birth_date, last_session, last_ladder,"
                    + " profile_consent, school_type_no_profile)");
            for (int i = 0; i < 2; i++) {
                s.execute("INSERT INTO line VALUES ('" + UUID.randomUUID() + "', x'01', NULL, 'INTAKE', '"
                        + COACHES[0] + "', 'JA', 'zorg;groen', 24.0, '2025-01-02', NULL, NULL, NULL, 0, 3, NULL,"
                        + " '2026-11-30T09:30', '2026-06-01', 1, 0)");
            }
            CandidateLine.Reader reader = new CandidateLine.Reader(new DayTable());
            List<CandidateLine> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT * FROM line")) {
                while (rs.next()) {
                    lines.add(reader.read(rs));
                }
            }
            CandidateLine a = lines.get(0);
            CandidateLine b = lines.get(1);
            assertSame(a.status(), b.status());
            assertSame(a.coachId(), b.coachId());
            assertSame(a.sectors(), b.sectors());
            assertSame(a.hoursAvailable(), b.hoursAvailable());
            assertSame(a.registeredOn(), b.registeredOn());
            assertSame(a.lastSession(), b.lastSession());
            assertEquals(LocalDate.of(2026, 11, 30), a.lastSession());
        }
    }

    /** One line's 19 columns; at most one of them bad. */
    private static Object[] line(Random random, FieldSealer sealer) {
        String id = UUID.randomUUID().toString();
        if (random.nextInt(10) == 0) {
            id = id.toUpperCase();
        }
        int bad = random.nextInt(8) == 0 ? random.nextInt(10) : -1;
        boolean pupil = random.nextInt(4) == 0;
        String school = pupil ? pick(random, "Praktijkschool De Brug", "  VSO Het Anker ", " ", "")
                : random.nextInt(20) == 0 ? " " : null;
        Object birth = random.nextInt(10) == 0 ? null
                : bad == 8 ? pick(random, BAD_DAYS) : pick(random, "1990-05-01", "2001-12-31", "1960-02-29",
                        "1899-01-01", "+10000-01-01");
        return new Object[] {
                id,
                sealer.seal("candidate", "full_name", id, pick(random, "Jan van den Berg", "\u00c9lise de Vries",
                        "Mohammed el Amrani", "Anna")),
                random.nextInt(5) == 0 ? sealer.seal("candidate", "preferred_name", id, "Roepie") : null,
                bad == 0 ? pick(random, "onbekend", "", "intake") : enumName(random, CandidateStatus.values()),
                random.nextInt(6) == 0 ? null : pick(random, (Object[]) COACHES),
                bad == 1 ? pick(random, "ja", "") : enumName(random, RegisterStatus.values()),
                pick(random, null, "", "zorg", "zorg;groen", "groen;zorg", "caf\u00e9;ICT;bouw"),
                bad == 2 ? -4.0 : pick(random, null, 0.0, -0.0, 8.0, 16.5, 24.0, 12.25, 100.0, 80.0, 79.5),
                bad == 3 ? pick(random, BAD_DAYS) : pick(random, GOOD_DAYS),
                school,
                bad == 4 ? pick(random, BAD_DAYS) : pupil ? pick(random, GOOD_DAYS) : null,
                bad == 5 ? pick(random, "mbo", "X") : pupil && random.nextBoolean()
                        ? enumName(random, SchoolDestination.values()) : null,
                random.nextInt(2),
                random.nextInt(1 << 8),
                birth == null ? null : sealer.seal("candidate", "birth_date", bad == 9 ? COACHES[0] : id,
                        birth.toString()),
                bad == 6 ? pick(random, BAD_MOMENTS) : pick(random, GOOD_MOMENTS),
                bad == 7 ? pick(random, BAD_DAYS) : pick(random, GOOD_DAYS),
                pick(random, null, 0, 1),
                pupil ? random.nextInt(2) : 0};
    }

    private static String enumName(Random random, Enum<?>[] values) {
        return values[random.nextInt(values.length)].name();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Seals as plain UTF-8, opens only what it sealed for the same table, column and row: the readers and builders
     * are compared here, not the encryption (the demo test uses the real sealer), and no key derivation is spent.
     */
    private static final class PlainSealer implements FieldSealer {
        @Override
        public byte[] seal(String table, String column, String rowId, String plaintext) {
            return plaintext == null ? null
                    : (table + "/" + column + "/" + rowId + "/" + plaintext).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String open(String table, String column, String rowId, byte[] sealed) {
            if (sealed == null) {
                return null;
            }
            String text = new String(sealed, StandardCharsets.UTF_8);
            String head = table + "/" + column + "/" + rowId + "/";
            if (!text.startsWith(head)) {
                throw new IllegalStateException("sealed for another field: " + column + " of " + rowId);
            }
            return text.substring(head.length());
        }
    }

    /** The row as text, or what refused the line. */
    private static String outcome(java.util.function.Supplier<CaseloadRow> build) {
        try {
            return "row " + build.get();
        } catch (RuntimeException e) {
            return "refused " + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
