package nl.werkmap.report.verantwoording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped medical-term list finds diagnoses, medication and treatment words, and leaves work language alone. */
class MedicalTermsTest {

    private final MedicalTerms terms = MedicalTerms.shipped();

    @Test
    void findsDiagnosesMedicationAndTreatmentByWordAndStem() {
        assertEquals(List.of("depressief", "Ritalin", "huisarts"),
                terms.find("Ze was depressief, krijgt Ritalin en ging naar de huisarts."));
        assertEquals(List.of("FML"), terms.find("Volgens de FML kan hij 4 uur per dag werken."));
        assertEquals(List.of("psychiatrische"), terms.find("Na een psychiatrische opname"));
        assertEquals(List.of("Depressíe"), terms.find("Depressíe"), "accents are folded");
        assertEquals(List.of("arts"), terms.find("Overleg met de arts"));
    }

    @Test
    void leavesWorkLanguageAlone() {
        assertEquals(List.of(), terms.find("Korte instructies, een vaste werkplek en een vaste buddy. Artikel 3 van"
                + " de Artsenijstraat-regeling werd besproken met de leidinggevende; pauzes op vaste tijden."));
        assertTrue(terms.size() > 140, "the list holds " + terms.size() + " terms");
    }

    @Test
    void aDocumentsFreeTextIsScannedAndTheWordIsNamedWithWhereItStands() {
        DocumentContent content = DocumentContent.builder(DocumentKind.VERANTWOORDING).section("Twee vragen")
                .text("Eigen inzet werkgever", "jobcoach_form", "answer_own_effort",
                        "De werkgever houdt rekening met haar burn-out en de medicatie.")
                .fact("Werknemer", "candidate", "full_name", "Anna", "Anna")
                .build();
        List<MedicalTerms.Finding> found = terms.scan(content);
        assertEquals(List.of(new MedicalTerms.Finding("Twee vragen / Eigen inzet werkgever", "burn-out"),
                new MedicalTerms.Finding("Twee vragen / Eigen inzet werkgever", "medicatie")), found);
    }
}
