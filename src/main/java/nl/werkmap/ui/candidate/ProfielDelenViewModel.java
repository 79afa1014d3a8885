package nl.werkmap.ui.candidate;

import java.io.File;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.share.DelingValidator;
import nl.werkmap.domain.share.DelingVorm;
import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.domain.share.ProfielVeld;
import nl.werkmap.domain.share.ToestemmingWijze;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.service.RefusedException;
import nl.werkmap.service.ShareService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.FormProblems;
import nl.werkmap.ui.common.Messages;

/**
 * "Delen met werkgever" in the werknemersprofiel tab: choose anonymous or named, the employer and contact, the
 * purpose and the parts of the profile; a named share also says how, when and until when the candidate agreed. The
 * share is recorded through {@link ShareService#share} and its PDF written on the worker thread; the list below
 * shows every share of the candidate with revoke and delete (with undo). Refused input stays in the form.
 */
public final class ProfielDelenViewModel {

    /** How long a consent holds when the coach does not say otherwise. */
    static final int DEFAULT_MONTHS = 6;

    final ObjectProperty<DelingVorm> vorm = new SimpleObjectProperty<>(DelingVorm.ANONIEM);
    final ObservableList<Employer> employers = FXCollections.observableArrayList();
    final ObjectProperty<Employer> employer = new SimpleObjectProperty<>();
    final ObservableList<String> contacts = FXCollections.observableArrayList();
    final StringProperty contact = new SimpleStringProperty("");
    final StringProperty doel = new SimpleStringProperty("");
    final Map<ProfielVeld, BooleanProperty> velden = new EnumMap<>(ProfielVeld.class);
    final ObjectProperty<ToestemmingWijze> toestemming = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> toestemmingOp = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> verlooptOp = new SimpleObjectProperty<>();
    /** "Toestemming profiel delen met werkgever: gegeven op 2 december 2026", or that there is none. */
    final StringProperty consentStatus = new SimpleStringProperty("");
    final BooleanProperty consentGiven = new SimpleBooleanProperty(false);
    final ObservableList<ProfielDeling> shares = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty(false);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final FormProblems problems;
    /** The recorded share being corrected, or null while the form makes a new share. */
    final ObjectProperty<ProfielDeling> editing = new SimpleObjectProperty<>();
    /** Where the PDF goes: the screen asks with a file chooser; tests put their own file here. */
    java.util.function.Supplier<File> target;
    /**
     * Whether the share form holds typing that is not recorded: it makes the tab count as unsaved (the "•" mark and
     * the close question), like typing in the profile does. Clean after a share is recorded, a correction saved or
     * left, and right after a recorded share is put in the form.
     */
    final nl.werkmap.ui.common.InputState input;

    private final CandidateViewModel candidate;
    private final Messages messages;
    private final ShareService service;
    private final Clock clock;
    private final Map<UUID, String> employerNames = new java.util.HashMap<>();

    ProfielDelenViewModel(CandidateViewModel candidate, Clock clock) {
        this.candidate = candidate;
        this.messages = candidate.messages();
        this.clock = clock;
        this.service = new ShareService(candidate::store, clock);
        this.problems = new FormProblems(messages);
        for (ProfielVeld veld : ProfielVeld.values()) {
            velden.put(veld, new SimpleBooleanProperty(!veld.alleenBenoemd()));
        }
        vorm.addListener((obs, was, now) -> formChanged(now));
        employer.addListener((obs, was, now) -> loadContacts(now));
        resetConsentDates();
        List<javafx.beans.Observable> watched = new ArrayList<>(List.of(vorm, employer, contact, doel, toestemming,
                toestemmingOp, verlooptOp, editing));
        watched.addAll(velden.values());
        this.input = new nl.werkmap.ui.common.InputState(this::snapshot,
                watched.toArray(new javafx.beans.Observable[0]));
    }

    /** What the coach typed or chose in the form; the employer by id, since a reload brings new objects. */
    private Object snapshot() {
        List<Object> now = new ArrayList<>();
        now.add(vorm.get());
        now.add(employer.get() == null ? null : employer.get().id());
        now.add(blankToEmpty(contact.get()));
        now.add(blankToEmpty(doel.get()));
        velden.forEach((veld, on) -> now.add(on.get()));
        now.add(toestemming.get());
        now.add(toestemmingOp.get());
        now.add(verlooptOp.get());
        now.add(editing.get() == null ? null : editing.get().id());
        return java.util.Collections.unmodifiableList(now);
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** A named view may hold every field; switching back to anonymous clears the named-only ones. */
    private void formChanged(DelingVorm now) {
        if (now == DelingVorm.ANONIEM) {
            velden.forEach((veld, on) -> {
                if (veld.alleenBenoemd()) {
                    on.set(false);
                }
            });
        } else {
            velden.get(ProfielVeld.NAAM).set(true);
        }
    }

    private void resetConsentDates() {
        LocalDate today = LocalDate.now(clock);
        toestemmingOp.set(today);
        verlooptOp.set(today.plusMonths(DEFAULT_MONTHS));
    }

    private record Loaded(List<Employer> employers, List<ProfielDeling> shares, List<Consent> consents) {
    }

    /** Reads employers, shares and the consent decision in the background (each time the tab's file loads). */
    void load() {
        UUID id = candidate.candidateId();
        candidate.background().call(() -> {
            CaseloadStore store = candidate.store();
            return new Loaded(store.employers().all(), store.shares().forCandidate(id),
                    store.consents().forCandidate(id));
        }).onSuccess(loaded -> {
            Employer chosen = employer.get();
            employers.setAll(loaded.employers());
            employerNames.clear();
            loaded.employers().forEach(e -> employerNames.put(e.id(), e.name()));
            if (chosen != null) {
                employers.stream().filter(e -> e.id().equals(chosen.id())).findFirst().ifPresent(employer::set);
            }
            shares.setAll(loaded.shares());
            showConsent(loaded.consents());
        }).onError(e -> refuse(messages.format("share.loadFailed", Background.reason(messages, e)))).start();
    }

    private void showConsent(List<Consent> decisions) {
        Consent latest = null;
        for (Consent c : decisions) {
            if (c.purpose() == ConsentPurpose.PROFIEL_AAN_WERKGEVER) {
                latest = c;
            }
        }
        consentGiven.set(latest != null && latest.given());
        consentStatus.set(latest == null ? messages.text("share.consent.none")
                : messages.format(latest.given() ? "share.consent.given" : "share.consent.refused",
                        nl.werkmap.domain.DutchDates.date(latest.decidedOn())));
    }

    /** The employer's main contact and the people at its placements, as suggestions; the coach may type another. */
    private void loadContacts(Employer chosen) {
        contacts.clear();
        if (chosen == null) {
            return;
        }
        candidate.background().call(() -> {
            CaseloadStore store = candidate.store();
            Set<String> names = new LinkedHashSet<>();
            if (chosen.mainContact() != null && chosen.mainContact().name() != null) {
                names.add(chosen.mainContact().name());
            }
            for (Placement p : store.placements().atEmployer(chosen.id())) {
                for (EmployerContact c : store.employerContacts().forPlacement(p.id())) {
                    if (c.name() != null) {
                        names.add(c.name());
                    }
                }
            }
            return List.copyOf(names);
        }).onSuccess(names -> {
            if (chosen.equals(employer.get())) {
                contacts.setAll(names);
            }
        }).onError(e -> refuse(messages.format("share.loadFailed", Background.reason(messages, e)))).start();
    }

    /**
     * Ctrl+S in the share section: saves the correction being made, or records the new share with its PDF at the
     * place {@code chooser} gives (nothing happens when the coach cancels the chooser). Refused or failed: the
     * typing stays in the form.
     */
    void saveFromKeyboard(java.util.function.Supplier<File> chooser) {
        if (busy.get()) {
            return;
        }
        if (editing.get() != null) {
            saveCorrection();
            return;
        }
        File file = chooser.get();
        if (file != null) {
            shareAndSave(file);
        }
    }

    /** Puts a recorded share into the form to correct it (a typo in the purpose, the contact, a date). */
    void edit(ProfielDeling d) {
        if (d == null) {
            refuse(messages.text("share.noneSelected"));
            return;
        }
        editing.set(d);
        vorm.set(d.vorm());
        employer.set(d.employerId() == null ? null : employers.stream().filter(e -> e.id().equals(d.employerId()))
                .findFirst().orElse(null));
        contact.set(d.contactName() == null ? "" : d.contactName());
        doel.set(d.doel() == null ? "" : d.doel());
        velden.forEach((veld, on) -> on.set(d.velden().contains(veld)));
        toestemming.set(d.toestemming());
        if (d.toestemmingOp() != null) {
            toestemmingOp.set(d.toestemmingOp());
        }
        if (d.verlooptOp() != null) {
            verlooptOp.set(d.verlooptOp());
        }
        failed.set(false);
        message.set(messages.text("share.editing"));
        input.markClean();
    }

    /** Leaves the correction: the form makes a new share again. */
    void stopEditing() {
        editing.set(null);
        doel.set("");
        contact.set("");
        message.set("");
        resetConsentDates();
        input.markClean();
    }

    /** Saves the correction of the share in the form; the undo in the header puts the old version back. */
    void saveCorrection() {
        ProfielDeling was = editing.get();
        if (was == null) {
            return;
        }
        ProfielDeling d = draft();
        ProfielDeling corrected = new ProfielDeling(was.id(), was.candidateId(), d.vorm(), d.employerId(),
                d.contactName(), d.doel(), d.velden(), was.gedeeldOp(), d.toestemming(), d.toestemmingOp(),
                d.verlooptOp(), was.ingetrokkenOp());
        problems.markAttempted();
        List<ValidationProblem> found = DelingValidator.validate(corrected, LocalDate.now(clock), false);
        problems.update(found);
        if (!found.isEmpty()) {
            refuse(messages.text(found.get(0).messageKey()));
            return;
        }
        candidate.background().call(() -> service.correct(corrected)).onSuccess(before -> {
            failed.set(false);
            problems.reset();
            stopEditing();
            message.set(messages.text("share.corrected"));
            candidate.offerUndo(messages.format("share.undo.corrected", recipient(before)),
                    store -> service.restore(before));
            candidate.changed(messages.text("share.corrected"));
            load();
        }).onError(e -> {
            if (e instanceof RefusedException refused) {
                problems.update(refused.problems());
                refuse(messages.text(refused.problems().get(0).messageKey()));
            } else {
                refuse(messages.format("tab.saveFailed", Background.reason(messages, e)));
            }
        }).start();
    }

    ProfielDeling draft() {
        Set<ProfielVeld> chosen = EnumSet.noneOf(ProfielVeld.class);
        velden.forEach((veld, on) -> {
            if (on.get()) {
                chosen.add(veld);
            }
        });
        boolean named = vorm.get() == DelingVorm.BENOEMD;
        Employer to = employer.get();
        String person = contact.get() == null || contact.get().isBlank() ? null : contact.get().strip();
        return new ProfielDeling(RecordIds.next(), candidate.candidateId(), vorm.get(), to == null ? null : to.id(),
                person, doel.get() == null ? null : doel.get().strip(), chosen, LocalDate.now(clock),
                named ? toestemming.get() : null, named ? toestemmingOp.get() : null,
                named ? verlooptOp.get() : null, null);
    }

    /**
     * Records the share and writes its PDF to {@code target} on the worker thread. Checked first: refused input
     * shows at its fields and nothing is written.
     */
    void shareAndSave(File target) {
        ProfielDeling d = draft();
        problems.markAttempted();
        List<ValidationProblem> found = DelingValidator.validate(d, LocalDate.now(clock));
        problems.update(found);
        if (!found.isEmpty()) {
            refuse(messages.text(found.get(0).messageKey()));
            return;
        }
        if (d.vorm() == DelingVorm.BENOEMD && !consentGiven.get()) {
            refuse(messages.text(DelingValidator.NO_CONSENT));
            return;
        }
        busy.set(true);
        candidate.background().call(() -> {
            ProfielDeling stored = service.share(d);
            writePdf(stored, target);
            return stored;
        }).onSuccess(stored -> {
            busy.set(false);
            failed.set(false);
            problems.reset();
            message.set(messages.format("share.done", target.getName()));
            doel.set("");
            contact.set("");
            input.markClean();
            candidate.changed(messages.text("share.recorded"));
            load();
        }).onError(e -> {
            busy.set(false);
            if (e instanceof RefusedException refused) {
                problems.update(refused.problems());
                refuse(messages.text(refused.problems().get(0).messageKey()));
            } else {
                // The share may be recorded while the file failed: the list says so, "PDF opslaan" tries again.
                refuse(messages.format("share.failed", Background.reason(messages, e)));
                load();
            }
        }).start();
    }

    /** Writes the PDF of a recorded share again (another copy, or after a failed write). */
    void savePdf(ProfielDeling d, File target) {
        if (d == null) {
            refuse(messages.text("share.noneSelected"));
            return;
        }
        busy.set(true);
        candidate.background().run(() -> writePdf(d, target)).onSuccess(v -> {
            busy.set(false);
            failed.set(false);
            message.set(messages.format("share.pdfSaved", target.getName()));
        }).onError(e -> {
            busy.set(false);
            refuse(e instanceof RefusedException r ? messages.text(r.problems().get(0).messageKey())
                    : messages.format("share.pdfFailed", Background.reason(messages, e)));
        }).start();
    }

    private void writePdf(ProfielDeling d, File target) throws Exception {
        ProfielPdfBestand.write(service, d, target);
        // Registered so the candidate's erasure can remove or name this copy (issue 16).
        candidate.store().registerSavedFile(d.candidateId(), "profiel.pdf", target.toPath(), clock.instant());
    }

    /** The candidate took the consent back: the record stays with today's date; undo in the header. */
    void revoke(ProfielDeling d) {
        if (d == null) {
            refuse(messages.text("share.noneSelected"));
            return;
        }
        candidate.background().call(() -> service.revoke(d.id())).onSuccess(was -> {
            failed.set(false);
            message.set(messages.text("share.revoked"));
            candidate.offerUndo(messages.format("share.undo.revoked", recipient(d)), store -> service.restore(was));
            candidate.changed(messages.text("share.revoked"));
            load();
        }).onError(e -> refuse(messages.format("tab.saveFailed", Background.reason(messages, e)))).start();
    }

    /** A share recorded by mistake: deleted, with undo in the header. */
    void delete(ProfielDeling d) {
        if (d == null) {
            refuse(messages.text("share.noneSelected"));
            return;
        }
        candidate.background().call(() -> service.delete(d.id())).onSuccess(was -> {
            failed.set(false);
            message.set("");
            candidate.offerUndo(messages.format("undo.deleted", recipient(d)), store -> service.restore(was));
            candidate.changed(messages.format("undo.deleted", recipient(d)));
            load();
        }).onError(e -> refuse(messages.format("tab.deleteFailed", Background.reason(messages, e)))).start();
    }

    /** "Hoveniersbedrijf De Linde, Karin de Vries" or "Werkgeversservicepunt". */
    String recipient(ProfielDeling d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.employerId() == null ? messages.text("share.pdf.servicepunt")
                : employerNames.getOrDefault(d.employerId(), messages.text("share.employerGone")));
        if (d.contactName() != null) {
            parts.add(d.contactName());
        }
        return String.join(", ", parts);
    }

    /** "Actief tot 4 juni 2027", "Ingetrokken op ...", "Verlopen op ...", or "Actief" for anonymous. */
    String status(ProfielDeling d) {
        LocalDate today = LocalDate.now(clock);
        if (d.ingetrokkenOp() != null) {
            return messages.format("share.status.revoked", nl.werkmap.domain.DutchDates.date(d.ingetrokkenOp()));
        }
        if (d.verlooptOp() != null && today.isAfter(d.verlooptOp())) {
            return messages.format("share.status.expired", nl.werkmap.domain.DutchDates.date(d.verlooptOp()));
        }
        return d.verlooptOp() == null ? messages.text("share.status.active")
                : messages.format("share.status.until", nl.werkmap.domain.DutchDates.date(d.verlooptOp()));
    }

    String consentText(ProfielDeling d) {
        return d.toestemming() == null ? "" : messages.enumText(d.toestemming()) + " "
                + nl.werkmap.domain.DutchDates.date(d.toestemmingOp());
    }

    private void refuse(String text) {
        failed.set(true);
        message.set(text);
    }

    /** Where the PDFs go instead of asking with a file chooser (tests; a later "always this folder" setting). */
    public void useFileChooser(java.util.function.Supplier<File> chooser) {
        this.target = chooser;
    }
}
