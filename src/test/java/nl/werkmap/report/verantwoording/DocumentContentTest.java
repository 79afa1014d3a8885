package nl.werkmap.report.verantwoording;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one way into a document refuses health fields and anything not on the outward list. */
class DocumentContentTest {

    private static DocumentContent.Builder builder() {
        return DocumentContent.builder(DocumentKind.VERANTWOORDING).section("Gegevens");
    }

    @Test
    void aSealedHealthFieldCannotBePutIn() {
        for (String[] field : List.of(new String[] {"zrm_measurement", "geestelijke_gezondheid"},
                new String[] {"zrm_measurement", "lichamelijke_gezondheid"},
                new String[] {"zrm_measurement", "verslaving"},
                new String[] {"candidate", "support_needs"},
                new String[] {"coaching_session", "concerns"})) {
            OutwardFields.Refused refused = assertThrows(OutwardFields.Refused.class,
                    () -> builder().text("Toelichting", field[0], field[1], "2"));
            assertTrue(refused.health(), field[0] + "." + field[1]);
            assertTrue(refused.getMessage().contains("gezondheidsgegeven"), refused.getMessage());
            assertThrows(OutwardFields.Refused.class,
                    () -> DocumentContent.cell(field[0], field[1], "2", "2"), "also not as a table cell");
        }
    }

    @Test
    void illnessAsTheEndReasonIsRefusedButOtherReasonsPass() {
        OutwardFields.Refused refused = assertThrows(OutwardFields.Refused.class,
                () -> builder().fact("Reden", "placement", "end_reason", "ZIEKTE", "ziekte"));
        assertTrue(refused.health());
        assertDoesNotThrow(() -> builder().fact("Reden", "placement", "end_reason", "CONTRACT_AFGELOPEN", "x"));
    }

    @Test
    void aFieldNotOnTheOutwardListIsRefusedToo() {
        OutwardFields.Refused bsn = assertThrows(OutwardFields.Refused.class,
                () -> builder().fact("BSN", "candidate", "bsn", "111222333", "111222333"));
        assertFalse(bsn.health());
        assertThrows(OutwardFields.Refused.class,
                () -> builder().text("Notitie", "coaching_session", "went_well", "Ging goed"));
        assertFalse(OutwardFields.allowed("candidate", "phone"));
        assertTrue(OutwardFields.allowed("candidate", "full_name"));
    }

    @Test
    void noHealthFieldIsOnTheOutwardList() {
        for (String health : OutwardFields.HEALTH) {
            assertFalse(OutwardFields.ALLOWED.contains(health), health);
        }
    }
}
