package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/**
 * Issue 13, unlock at 150,000: a whole-list read leaves every birth date sealed, and a row opens its own when its cue
 * is first asked, once; sorting, hashing and comparing rows of other candidates open nothing. One row read after a
 * save opens it at once. A birth date that does not open no longer keeps the whole list from loading.
 */
class SealedCueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @TempDir
    Path dir;
    private final AtomicInteger birthOpenings = new AtomicInteger();
    private CaseloadStore store;
    private Coach coach;

    @BeforeEach
    void open() {
        FieldSealer real = TestVault.sealer();
        FieldSealer counting = new FieldSealer() {
            @Override
            public byte[] seal(String table, String column, String rowId, String plaintext) {
                return real.seal(table, column, rowId, plaintext);
            }

            @Override
            public String open(String table, String column, String rowId, byte[] sealed) {
                if (column.equals("birth_date")) {
                    birthOpenings.incrementAndGet();
                }
                return real.open(table, column, rowId, sealed);
            }
        };
        store = CaseloadStore.open(dir.resolve("werkmap.db"), counting);
        coach = Samples.coach("Ans Visser");
        store.coaches().save(coach);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Not a pupil (no school) and no roepnaam, born on {@code born}. */
    private Candidate adult(String name, LocalDate born) {
        Candidate c = Samples.candidate(name, coach.id());
        PersonalDetails p = c.personal();
        return new Candidate(c.id(), new PersonalDetails(p.fullName(), null, p.bsn(), born, p.phone(),
                p.email(), p.address(), p.municipality()), c.register(), c.routeIn(), c.benefit(), c.status(),
                c.statusReason(), c.statusSince(), c.outflowDestination(), c.coachId(), c.registeredOn(),
                c.profile(), c.mobility(), null);
    }

    private Map<UUID, CaseloadRow> rows() {
        return store.caseloadQuery().load(TODAY).stream()
                .collect(Collectors.toMap(CaseloadRow::id, Function.identity()));
    }

    @Test
    void theListOpensABirthDateOnlyWhenItsCueIsAsked() {
        Candidate fatima = adult("Fatima el Idrissi", LocalDate.of(1998, 3, 14));
        Candidate other = adult("Fatima el Idrissi", LocalDate.of(2003, 11, 2));
        Candidate pupil = Samples.candidate("Sanne de Jong", coach.id());
        List.of(fatima, other, pupil).forEach(store.candidates()::save);
        birthOpenings.set(0);

        Map<UUID, CaseloadRow> rows = rows();
        CaseloadRow first = rows.get(fatima.id());
        CaseloadRow second = rows.get(other.id());

        assertEquals(0, birthOpenings.get(), "reading the list opens no birth date");
        assertTrue(first.cueSealed());
        assertTrue(new HashSet<>(rows.values()).containsAll(rows.values()));
        assertNotEquals(first, second, "the two Fatimas are two rows");
        assertEquals(0, birthOpenings.get(), "hashing and comparing rows of other candidates opens nothing");
        CaseloadRow ownLimit = second.withWarningKeys(List.of("contact.warning.x"));
        assertTrue(ownLimit.cueSealed(), "a row copied with the coach's own contact limit keeps its cue sealed");
        assertEquals(0, birthOpenings.get());

        assertEquals("De Brug", rows.get(pupil.id()).cue(), "a pupil's cue is the school, read with the list");
        assertEquals("1998", first.cue());
        assertEquals("Fatima el Idrissi (1998)", first.nameWithCue());
        assertEquals(1, birthOpenings.get(), "opened once, when first asked");
        assertFalse(first.cueSealed());
        assertEquals("2003", second.cue());
        assertEquals(2, birthOpenings.get());
    }

    @Test
    void aListRowEqualsTheRowReadAloneAfterASave() {
        Candidate fatima = adult("Fatima el Idrissi", LocalDate.of(1998, 3, 14));
        store.candidates().save(fatima);
        CaseloadRow listed = rows().get(fatima.id());
        birthOpenings.set(0);

        CaseloadRow alone = store.caseloadRow().row(fatima.id(), TODAY).orElseThrow();

        assertEquals(1, birthOpenings.get(), "one row: its birth date is opened at once");
        assertFalse(alone.cueSealed());
        assertEquals(alone, listed);
        assertEquals(alone.toString(), listed.toString());
        assertEquals(alone.hashCode(), listed.hashCode());
    }

    @Test
    void aBirthDateThatDoesNotOpenGivesNoCueAndTheListStillLoads() throws Exception {
        Candidate fatima = adult("Fatima el Idrissi", LocalDate.of(1998, 3, 14));
        Candidate other = adult("Fatima Bakker", LocalDate.of(2003, 11, 2));
        List.of(fatima, other).forEach(store.candidates()::save);
        // Fatima's birth date sealed for the other row: it does not open here.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("werkmap.db"));
             PreparedStatement copy = c.prepareStatement("UPDATE candidate SET birth_date ="
                     + " (SELECT birth_date FROM candidate WHERE id = ?) WHERE id = ?")) {
            copy.setString(1, other.id().toString());
            copy.setString(2, fatima.id().toString());
            assertEquals(1, copy.executeUpdate());
        }

        Map<UUID, CaseloadRow> rows = rows();

        assertEquals("", rows.get(fatima.id()).cue());
        assertEquals("Fatima el Idrissi", rows.get(fatima.id()).nameWithCue());
        assertEquals("2003", rows.get(other.id()).cue());
    }
}
