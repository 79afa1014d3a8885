package nl.werkmap.ui.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * Made-up rows for the caseload screen's warm-up ({@link CaseloadScreenWarmup}): names put together from syllables,
 * so they belong to nobody, and between them every kind of cell the list shows (a school or a birth year beside the
 * name, each status, no coach, sectors, no contact yet, a short and a full file, no signal, one and several).
 * Always the same rows, never read from a caseload.
 */
final class WarmupRows {

    private static final String[] OPENINGS = {"Ba", "Da", "E", "Fa", "Ha", "I", "Ja", "Ka", "Lo", "Ma", "Ni", "O",
        "Pe", "Ro", "Sa", "Te", "Va", "Wi", "Yu", "Ze"};
    private static final String[] MIDDLES = {"ri", "lan", "me", "so", "dri", "ne", "ko", "ta", "vi", "ber"};
    private static final String[] ENDINGS = {"a", "en", "o", "is", "ar", "e", "im", "el"};
    private static final String[] BETWEEN = {"", "", "", "van ", "de ", "van der ", "ter "};
    private static final String[] SURNAME_ENDS = {"man", "sen", "ink", "hof", "ma", "stra", "berg", "kamp"};
    private static final String[] SECTORS = {"zorg", "groen", "logistiek", "horeca", "techniek", "schoonmaak"};
    private static final String[] SIGNALS = {"contact.warning.TE_LANG_GEEN_CONTACT", "contact.warning.NOOIT_GEZIEN",
        "proefplaatsing.EINDIGT_BINNENKORT", "proefplaatsing.EINDDATUM_VERSTREKEN",
        "proefplaatsing.LANGER_DAN_MAXIMUM"};
    private static final String[] COACHES = {"Coach Amber", "Coach Bo", "Coach Celis"};

    private WarmupRows() {
    }

    /** {@code count} made-up rows, the same every time for the same count and day. */
    static List<CaseloadRow> rows(int count, LocalDate today) {
        List<CaseloadRow> rows = new ArrayList<>(count);
        CandidateStatus[] statuses = CandidateStatus.values();
        RegisterStatus[] registers = RegisterStatus.values();
        for (int i = 0; i < count; i++) {
            String first = OPENINGS[i % OPENINGS.length] + MIDDLES[(i / 3) % MIDDLES.length]
                    + ENDINGS[(i / 7) % ENDINGS.length];
            String last = BETWEEN[(i / 2) % BETWEEN.length] + OPENINGS[(i * 7 + 3) % OPENINGS.length]
                    + MIDDLES[(i / 5) % MIDDLES.length] + SURNAME_ENDS[(i / 11) % SURNAME_ENDS.length];
            String display = first + " " + last;
            // Every fourth row has a second first name, which only the full name carries.
            String full = i % 4 == 0 ? first + " " + MIDDLES[i % MIDDLES.length] + "na " + last : display;
            boolean pupil = i % 6 == 0;
            String cue = pupil ? "Praktijkschool " + OPENINGS[(i / 6) % OPENINGS.length] + "veld"
                    : i % 17 == 0 ? "" : String.valueOf(1960 + (i * 13) % 48);
            int coach = i % 5;
            List<String> sectors = i % 3 == 0 ? List.of()
                    : i % 3 == 1 ? List.of(SECTORS[i % SECTORS.length])
                    : List.of(SECTORS[i % SECTORS.length], SECTORS[(i + 2) % SECTORS.length]);
            LocalDate lastContact = i % 13 == 0 ? null : today.minusDays((i * 29L) % 420);
            rows.add(new CaseloadRow(new UUID(0x5741524d5550L, i), display,
                    statuses[i % statuses.length], coach < COACHES.length ? new UUID(0x434f414348L, coach) : null,
                    coach < COACHES.length ? COACHES[coach] : null, registers[(i / 2) % registers.length], sectors,
                    lastContact, (i * 37) % 101, signals(i), pupil, full, cue));
        }
        return rows;
    }

    /** None for most rows, one for some, two or three for a few. */
    private static List<String> signals(int i) {
        int kinds = i % 9 == 0 ? 3 : i % 5 == 0 ? 2 : i % 3 == 0 ? 1 : 0;
        List<String> keys = new ArrayList<>(kinds);
        for (int k = 0; k < kinds; k++) {
            keys.add(SIGNALS[(i + k * 2) % SIGNALS.length]);
        }
        return keys;
    }
}
