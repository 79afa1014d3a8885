package nl.werkmap.ui.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Messages;

/**
 * The warm-up's made-up rows hold every kind of cell the list shows, the same every time, with signals the list
 * can name in Dutch; its typing types names, slips, corrections and clears.
 */
class WarmupRowsTest {

    private final LocalDate today = LocalDate.of(2026, 3, 2);
    private final List<CaseloadRow> rows = WarmupRows.rows(1_500, today);

    @Test
    void everyKindOfCellIsThere() {
        assertEquals(1_500, rows.stream().map(CaseloadRow::id).distinct().count(), "one id per row");
        assertEquals(Set.of(CandidateStatus.values()), rows.stream().map(CaseloadRow::status).collect(Collectors.toSet()));
        assertTrue(rows.stream().anyMatch(r -> r.pupil() && r.cue().startsWith("Praktijkschool")));
        assertTrue(rows.stream().anyMatch(r -> !r.pupil() && r.cue().matches("\\d{4}")));
        assertTrue(rows.stream().anyMatch(r -> r.coachName() == null));
        assertTrue(rows.stream().anyMatch(r -> r.lastContact() == null));
        assertTrue(rows.stream().anyMatch(r -> r.completeness() < CompletenessCell.INCOMPLETE_BELOW));
        assertTrue(rows.stream().anyMatch(r -> r.completeness() >= CompletenessCell.INCOMPLETE_BELOW));
        assertEquals(Set.of(0, 1, 2, 3), rows.stream().map(r -> r.warningKeys().size()).collect(Collectors.toSet()));
        assertTrue(rows.stream().anyMatch(r -> r.sectors().size() == 2));
        assertTrue(rows.stream().anyMatch(r -> !r.fullName().equals(r.displayName())), "a second first name");
        assertTrue(rows.stream().map(CaseloadRow::displayName).distinct().count() > 500, "many names");
    }

    @Test
    void theSameRowsEveryTime() {
        assertEquals(rows, WarmupRows.rows(1_500, today));
    }

    @Test
    void everySignalHasItsDutchText() {
        Messages messages = Messages.dutch();
        rows.stream().flatMap(r -> r.warningKeys().stream()).distinct().forEach(key ->
                assertTrue(!messages.text(key).equals(key) && !messages.text(key).isBlank(), key));
    }

    @Test
    void theTypingTypesSlipsAndClears() {
        String keys = WarmupTyping.keys(rows.stream().map(CaseloadRow::displayName).toList(), 300);
        assertEquals(300, keys.length());
        assertTrue(keys.chars().filter(c -> c == WarmupTyping.CLEAR).count() > 20, "names cleared");
        assertTrue(keys.chars().filter(c -> c == WarmupTyping.BACKSPACE).count() > 10, "slips put right");
        assertTrue(keys.chars().filter(c -> c == ' ').count() > 20, "a surname after the first name");
        assertEquals(keys, WarmupTyping.keys(rows.stream().map(CaseloadRow::displayName).toList(), 300));
    }
}
