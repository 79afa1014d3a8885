package nl.werkmap.ui.candidate;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.report.verantwoording.DocumentContent;
import nl.werkmap.report.verantwoording.DocumentKind;
import nl.werkmap.report.verantwoording.DocumentText;
import nl.werkmap.report.verantwoording.MedicalTerms;
import nl.werkmap.report.verantwoording.VerantwoordingDocuments;
import nl.werkmap.report.verantwoording.VerantwoordingDocuments.Format;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Background;

/**
 * "Documenten" in the Verantwoording tab: makes a document of the chosen placement and half year in the
 * background, checks its free text for medical words first (the coach sees the word and where it stands, and
 * rephrases or makes it anyway), writes it as PDF or text and opens it. The text form is also shown as blocks to
 * copy into a portal.
 */
public final class VerantwoordingDocumentsViewModel extends TabViewModel {

    final ObservableList<DocumentKind> kinds = FXCollections.observableArrayList(DocumentKind.values());
    final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>(DocumentKind.VERANTWOORDING);
    final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.PDF);
    final StringProperty period = new SimpleStringProperty();
    final BooleanProperty working = new SimpleBooleanProperty(false);
    /** The medical words found, said in a line; empty when none. "Toch maken" shows while it is not empty. */
    final StringProperty medicalWarning = new SimpleStringProperty("");
    final ObservableList<DocumentText.Block> textBlocks = FXCollections.observableArrayList();

    private final ObjectProperty<PlacementFile> placement;
    private final Clock clock;
    /** Where to save: asks the coach (a file chooser) with a suggested name; null when they cancel. */
    private Function<String, File> target = name -> null;

    VerantwoordingDocumentsViewModel(CandidateViewModel candidate, ObjectProperty<PlacementFile> placement,
                                     Clock clock) {
        super(candidate);
        this.placement = placement;
        this.clock = clock;
        period.set(HalfYear.of(LocalDate.now(clock)).toString());
        // "Toch maken" is about the document the words were found in: another choice asks again.
        kind.addListener((obs, old, now) -> medicalWarning.set(""));
        format.addListener((obs, old, now) -> medicalWarning.set(""));
        period.addListener((obs, old, now) -> medicalWarning.set(""));
        placement.addListener((obs, old, now) -> medicalWarning.set(""));
    }

    @Override
    protected void show(CandidateFile file) {
        medicalWarning.set("");
        textBlocks.clear();
    }

    void saveTo(Function<String, File> chooser) {
        this.target = chooser;
    }

    /** "Maak document": checks first; with medical words found, waits for "Toch maken". */
    void make() {
        make(false);
    }

    /** "Toch maken": the coach looked at the words and makes the document as it is. */
    void makeAnyway() {
        make(true);
    }

    private void make(boolean anyway) {
        DocumentKind chosen = kind.get();
        HalfYear half = HalfYear.parse(period.get());
        if (half == null) {
            refuse(messages.text("verantwoording.periodFormat"));
            return;
        }
        PlacementFile p = placement.get();
        if (p == null && chosen != DocumentKind.TEVREDENHEID_JAAR) {
            refuse(messages.text("verantwoording.noPlacement"));
            return;
        }
        Format f = format.get();
        String suggested = chosen.fileStem() + "-" + (chosen == DocumentKind.TEVREDENHEID_JAAR ? half.year()
                : half.toString()) + "." + f.extension();
        File file = anyway && lastFile != null ? lastFile : target.apply(suggested);
        if (file == null) {
            return;
        }
        lastFile = file;
        working.set(true);
        message.set(messages.text("documents.working"));
        failed.set(false);
        candidate.background().call(() -> {
            DocumentContent content = chosen == DocumentKind.TEVREDENHEID_JAAR
                    ? VerantwoordingDocuments.yearly(candidate.store(), half.year())
                    : VerantwoordingDocuments.placementDocument(candidate.store(), chosen,
                    p.placement().candidateId(), p.placement().id(), half, LocalDate.now(clock)).orElse(null);
            if (content == null) {
                return new Outcome(null, List.of(), false);
            }
            List<MedicalTerms.Finding> findings = MedicalTerms.shipped().scan(content);
            if (!findings.isEmpty() && !anyway) {
                return new Outcome(content, findings, false);
            }
            write(content, f, file);
            if (chosen != DocumentKind.TEVREDENHEID_JAAR) {
                // a document about one candidate, now outside the caseload: their erasure removes or names it
                candidate.store().registerSavedFile(p.placement().candidateId(), file.getName(), file.toPath(),
                        clock.instant());
            }
            return new Outcome(content, findings, true);
        }).onSuccess(outcome -> {
            working.set(false);
            if (outcome.content() == null) {
                refuse(messages.format("documents.noPlacementInPeriod", half.toString()));
            } else if (!outcome.written()) {
                medicalWarning.set(messages.format("documents.medical", String.join(", ", outcome.findings()
                        .stream().map(x -> "'" + x.word() + "' (" + x.where() + ")").toList())));
                refuse(messages.text("documents.notWritten"));
            } else {
                medicalWarning.set("");
                textBlocks.setAll(f == Format.TXT ? DocumentText.blocks(outcome.content()) : List.of());
                boolean opened = VerantwoordingOpener.open(file);
                message.set(messages.format(opened ? "documents.writtenOpened" : "documents.written",
                        file.getAbsolutePath()));
            }
        }).onError(e -> {
            working.set(false);
            refuse(messages.format("documents.failed", Background.reason(messages, e)));
        }).start();
    }

    private File lastFile;

    private record Outcome(DocumentContent content, List<MedicalTerms.Finding> findings, boolean written) {
    }

    /** Written next to the target and moved over it, so a failed write never leaves half a document. */
    private void write(DocumentContent content, Format f, File file) throws IOException {
        File part = new File(file.getAbsoluteFile().getParentFile(), file.getName() + ".deel");
        try (OutputStream out = Files.newOutputStream(part.toPath())) {
            VerantwoordingDocuments.write(content, f, ZonedDateTime.now(clock), out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part.toPath());
            throw e;
        }
        Files.move(part.toPath(), file.toPath(), StandardCopyOption.REPLACE_EXISTING);
    }
}
