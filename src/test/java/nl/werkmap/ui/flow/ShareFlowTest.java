package nl.werkmap.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.domain.share.DelingVorm;
import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.domain.share.ToestemmingWijze;
import nl.werkmap.service.ProfielService;
import nl.werkmap.store.Samples;
import nl.werkmap.ui.candidate.ProfielDelenViewModel;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickRobot;

/**
 * A coach shares Sanne's profile with a named employer: without saying how Sanne agreed it is refused in Dutch with
 * the input kept; with it, the share is recorded, the PDF saved and the list shows it active; a correction changes
 * the same record; revoking keeps it listed as withdrawn. In the anonymous form the named-only parts cannot be ticked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShareFlowTest extends QuickRobot {

    private UiFixture fixture;
    private Stage stage;
    private UUID candidateId;
    private Employer linde;
    private Path pdf;

    @BeforeAll
    void startApp(@TempDir Path dir) throws Exception {
        pdf = dir.resolve("profiel-de-linde.pdf");
        stage = FxToolkit.registerPrimaryStage();
        fixture = new UiFixture(dir).withCaseload(store -> {
            Candidate c = UiFixture.candidate("Sanne de Vries", List.of());
            candidateId = c.id();
            store.candidates().save(c);
            new ProfielService(() -> store, java.time.Clock.systemDefaultZone()).save(
                    ProfielSamples.complete(c.id()), List.of(ProfielSamples.job(c.id(), "9412")));
            linde = Samples.employer();
            store.employers().save(linde);
            store.consents().save(new Consent(UUID.randomUUID(), c.id(), ConsentPurpose.PROFIEL_AAN_WERKGEVER, true,
                    LocalDate.now().minusDays(1)));
        });
        FxToolkit.setupStage(fixture::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aCoachSharesWithConsentAndRevokes() throws Exception {
        UiFixture.unlock(this);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("sanne").type(KeyCode.ENTER);
        clickOn("Werknemersprofiel");
        WaitForAsyncUtils.waitForFxEvents();
        Node section = lookup("#shareSection").query();
        ProfielDelenViewModel vm = (ProfielDelenViewModel) section.getUserData();
        interact(() -> vm.useFileChooser(() -> pdf.toFile()));

        assertFalse(werknemersprofielTab().startsWith("•"), werknemersprofielTab());
        focusAndWrite("#sharePurpose", "x");
        assertTrue(werknemersprofielTab().startsWith("•"), "typing in the share marks the tab unsaved");
        interact(() -> lookup("#sharePurpose").queryAs(TextField.class).clear());
        assertFalse(werknemersprofielTab().startsWith("•"), "typed away again: " + werknemersprofielTab());
        CheckBox name = lookup("#shareFieldNAAM").queryAs(CheckBox.class);
        assertTrue(name.isDisabled() && !name.isSelected(), "anonymous: the name cannot be ticked");

        clickAt("#shareFormBENOEMD");
        assertTrue(name.isSelected() && !name.isDisabled(), "named: the name comes along");
        assertTrue(text("#shareConsentStatus").startsWith("Toestemming \"Profiel delen met werkgever\" gegeven"),
                text("#shareConsentStatus"));
        @SuppressWarnings("unchecked")
        ComboBox<Employer> employer = lookup("#shareEmployer").queryAs(ComboBox.class);
        interact(() -> employer.setValue(employer.getItems().stream().filter(e -> e.id().equals(linde.id()))
                .findFirst().orElseThrow()));
        focusAndWrite("#sharePurpose", "Kennismaking voor de vacature hovenier");
        clickAt("#shareButton");
        assertTrue(text("#shareMessage").startsWith("Kies hoe de kandidaat toestemming gaf"), text("#shareMessage"));
        assertEquals("Kennismaking voor de vacature hovenier", lookup("#sharePurpose").queryAs(TextField.class)
                .getText(), "input kept");
        assertFalse(Files.exists(pdf));
        assertTrue(stored().isEmpty(), "nothing recorded");

        @SuppressWarnings("unchecked")
        ComboBox<ToestemmingWijze> how = lookup("#shareConsentHow").queryAs(ComboBox.class);
        interact(() -> how.setValue(ToestemmingWijze.SCHRIFTELIJK));
        clickAt("#shareButton");
        assertTrue(text("#shareMessage").startsWith("Gedeeld en vastgelegd"), text("#shareMessage"));
        assertTrue(Files.size(pdf) > 1000);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String pdfText = new PDFTextStripper().getText(doc);
            assertTrue(pdfText.contains("Sanne de Vries") && pdfText.contains("Hoveniersbedrijf De Linde"), pdfText);
        }
        List<ProfielDeling> shares = stored();
        assertEquals(1, shares.size());
        assertEquals(DelingVorm.BENOEMD, shares.get(0).vorm());
        assertEquals(ToestemmingWijze.SCHRIFTELIJK, shares.get(0).toestemming());
        assertEquals(LocalDate.now().plusMonths(6), shares.get(0).verlooptOp());
        @SuppressWarnings("unchecked")
        TableView<ProfielDeling> table = lookup("#shareTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        interact(() -> reveal(table));
        Shots.take(stage, "75-profiel-delen");

        interact(() -> table.getSelectionModel().select(0));
        clickAt("#shareCorrect");
        assertEquals("Kennismaking voor de vacature hovenier", lookup("#sharePurpose").queryAs(TextField.class)
                .getText(), "the share is in the form");
        assertFalse(werknemersprofielTab().startsWith("•"), "a share put in the form is no typing yet");
        focusAndWrite("#shareContact", "Karin de Vries");
        assertTrue(werknemersprofielTab().startsWith("•"), werknemersprofielTab());
        // Ctrl+S with the focus in the share section saves the correction, not the profile.
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Deling aangepast.", text("#shareMessage"));
        assertFalse(werknemersprofielTab().startsWith("•"), "saved: " + werknemersprofielTab());
        assertEquals("Karin de Vries", stored().get(0).contactName());
        assertEquals(1, stored().size(), "corrected, not a second share");

        interact(() -> table.getSelectionModel().select(0));
        clickAt("#shareRevoke");
        assertEquals(LocalDate.now(), stored().get(0).ingetrokkenOp(), "revoked, still recorded");
        assertEquals(1, table.getItems().size());

        clickAt("#shareFormANONIEM");
        assertTrue(name.isDisabled() && !name.isSelected(), "back to anonymous: the name is off again");
        Shots.take(stage, "76-profiel-delen-ingetrokken");
    }

    private String werknemersprofielTab() {
        return lookup(".tab-pane").queryAll().stream().map(n -> (javafx.scene.control.TabPane) n)
                .flatMap(p -> p.getTabs().stream()).map(javafx.scene.control.Tab::getText)
                .filter(t -> t != null && t.contains("Werknemersprofiel")).findFirst().orElseThrow();
    }

    private List<ProfielDeling> stored() throws Exception {
        try (OpenCaseload open = OpenCaseload.unlock(fixture.files, UiFixture.PASSPHRASE.toCharArray())) {
            return open.store().shares().forCandidate(candidateId);
        }
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private void clickAt(String query) {
        Node node = lookup(query).query();
        interact(() -> reveal(node));
        clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void focusAndWrite(String query, String text) {
        Node node = lookup(query).query();
        interact(() -> {
            reveal(node);
            node.requestFocus();
        });
        write(text);
    }

    /** Scrolls the tab so the node is in view, as the coach's Tab key would. */
    private static void reveal(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        if (n == null) {
            return;
        }
        ScrollPane pane = (ScrollPane) n;
        double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
        double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            pane.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
        }
    }
}
