package nl.werkmap.report.verantwoording;

import static nl.werkmap.report.verantwoording.DocumentFixture.H1;
import static nl.werkmap.report.verantwoording.DocumentFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * Every document built from a real SQLite caseload, set as PDF and read back with PDFBox: the values are there,
 * and no health value the caseload holds (support needs, status reason, ZRM, a session's concerns, the BSN) is.
 */
class VerantwoordingDocumentsTest {

    @TempDir
    Path dir;
    private CaseloadStore store;
    private DocumentFixture f;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        f = new DocumentFixture(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private DocumentContent document(DocumentKind kind) {
        return VerantwoordingDocuments.placementDocument(store, kind, f.anna.id(), null, H1, TODAY).orElseThrow();
    }

    private static void noHealth(String text) {
        for (String value : DocumentFixture.HEALTH_VALUES) {
            assertFalse(text.contains(value), "health value '" + value + "' leaked into:\n" + text);
        }
    }

    @Test
    void verantwoordingsrapportageCarriesLogboekGoalsAnswersResultAndForms() throws Exception {
        String pdf = DocumentFixture.pdfText(document(DocumentKind.VERANTWOORDING));
        for (String value : List.of("Verantwoordingsrapportage jobcoaching", "Anna de Boer",
                "Hoveniersbedrijf De Linde", "Medewerker groen", "Fatima Yilmaz", "2026-H1", "UWV-2026-0042",
                "midden, jaar 1", "Inwerken en trainen", "Begeleiden van de leidinggevende", "3-2-2026",
                "4,5", "Zelfstandig met de bus naar het werk", "gehaald", "deels gehaald",
                "de leidinggevende plant vaste taken", "korte instructies",
                "Werkzaam, vervolgaanvraag gelijk regime", "Karin de Vries", "op papier getekend",
                "Anna is een aanwinst")) {
            assertTrue(pdf.contains(value), "missing '" + value + "' in:\n" + pdf);
        }
        // Maximum: 10% of 32 h x 52 weeks, half a year = 83,2 h; 4,5 used; 78,7 left.
        assertTrue(pdf.contains("83,2"), pdf);
        assertTrue(pdf.contains("78,7"), pdf);
        noHealth(pdf);
    }

    @Test
    void textBlocksSayTheSameForPasting() {
        DocumentContent content = document(DocumentKind.VERANTWOORDING);
        List<DocumentText.Block> blocks = DocumentText.blocks(content);
        assertEquals(List.of("Gegevens", "Logboek", "Resultaten per doel", "Twee vragen", "Resultaat",
                "Evaluatie door de werkgever", "Tevredenheid van de werknemer"),
                blocks.stream().map(DocumentText.Block::title).toList());
        String logboek = blocks.get(1).text();
        assertTrue(logboek.contains("10-3-2026 | Begeleiden van de leidinggevende | persoonlijk | 1,5"), logboek);
        String evaluation = blocks.get(5).text();
        assertTrue(evaluation.contains("Verzuim in dagen: 3"), evaluation);
        assertTrue(evaluation.contains("Wordt het beoogde werk gedaan? ja"), evaluation);
        noHealth(DocumentText.of(content));
    }

    @Test
    void everyPlacementDocumentIsMadeAndCarriesNoHealthValue() throws Exception {
        for (DocumentKind kind : List.of(DocumentKind.WERKGEVER_EVALUATIE, DocumentKind.WERKNEMER_TEVREDENHEID,
                DocumentKind.VERVOLGAANVRAAG, DocumentKind.EINDRAPPORTAGE, DocumentKind.MELDING_DIENSTBETREKKING)) {
            String pdf = DocumentFixture.pdfText(document(kind));
            assertTrue(pdf.contains(kind.title()), kind + ":\n" + pdf);
            assertTrue(pdf.contains("Anna de Boer"), kind + ":\n" + pdf);
            noHealth(pdf);
        }
        String evaluation = DocumentFixture.pdfText(document(DocumentKind.WERKGEVER_EVALUATIE));
        assertTrue(evaluation.contains("Hoe tevreden ben je over de jobcoach (1-10)?"), evaluation);
        assertTrue(evaluation.contains("8"), evaluation);
        String vervolg = DocumentFixture.pdfText(document(DocumentKind.VERVOLGAANVRAAG));
        assertTrue(vervolg.contains("2026-H2"), vervolg);
        assertTrue(vervolg.contains("pauzes vragen nog oefening"), vervolg);
    }

    @Test
    void anEndThroughIllnessIsSaidAsOverigNeverAsZiekte() throws Exception {
        Placement ended = new Placement(f.job.id(), f.anna.id(), f.employer.id(), f.job.jobTitle(), f.job.type(),
                f.job.start(), null, LocalDate.of(2026, 6, 12), PlacementEndReason.ZIEKTE, "Ziek thuis sinds mei",
                32, false, null, 60, null, false, false, null, f.job.jobcoachType(), f.job.jobcoachRegime(), null);
        store.placements().save(ended);
        String pdf = DocumentFixture.pdfText(document(DocumentKind.MELDING_DIENSTBETREKKING));
        assertTrue(pdf.contains("Einde dienstbetrekking"), pdf);
        assertTrue(pdf.contains("12-6-2026"), pdf);
        assertTrue(pdf.contains("overig"), pdf);
        assertFalse(pdf.toLowerCase(java.util.Locale.ROOT).contains("ziek"), pdf);
    }

    @Test
    void yearlySatisfactionGivesMeansCountsAndTheFlagWithoutNames() throws Exception {
        store.forms().save(new JobcoachForm(RecordIds.next(), f.anna.id(), f.job.id(),
                JobcoachFormKind.WERKNEMER_TEVREDENHEID, H1.next(), LocalDate.of(2026, 12, 1), 5, null, null, null,
                null, null, null, "Anna de Boer", null, true));
        DocumentContent yearly = VerantwoordingDocuments.yearly(store, 2026);
        String text = DocumentText.of(yearly);
        assertTrue(text.contains("Werknemers: aantal formulieren: 2"), text);
        assertTrue(text.contains("Werknemers: gemiddelde: 5,5 (onder 6,5)"), text);
        assertTrue(text.contains("Werkgevers: aantal formulieren: 1"), text);
        assertTrue(text.contains("Werkgevers: gemiddelde: 8,0"), text);
        assertFalse(text.contains("Werkgevers: gemiddelde: 8,0 (onder"), text);
        assertTrue(text.contains("Hoveniersbedrijf De Linde | 3 | 5,5 | 8,0 | onder 6,5"), text);
        String pdf = DocumentFixture.pdfText(yearly);
        assertTrue(pdf.contains("5,5"), pdf);
        assertFalse(pdf.contains("Anna"), "no employee named in the yearly report:\n" + pdf);
        assertFalse(pdf.contains("Karin"), pdf);
    }

    @Test
    void aCandidateWithoutPlacementInTheHalfYearGivesNoDocument() {
        assertTrue(VerantwoordingDocuments.placementDocument(store, DocumentKind.VERANTWOORDING, f.anna.id(), null,
                new nl.werkmap.domain.HalfYear(2025, 1), TODAY).isEmpty());
    }
}
