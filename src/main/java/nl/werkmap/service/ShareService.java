package nl.werkmap.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.avg.AccessAction;
import nl.werkmap.domain.avg.AccessRequest;
import nl.werkmap.domain.avg.Zienswijze;
import nl.werkmap.domain.share.DelingValidator;
import nl.werkmap.domain.share.DelingVorm;
import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.domain.share.ProfielDocument;
import nl.werkmap.domain.share.ProfielVeld;
import nl.werkmap.domain.share.Weergave;
import nl.werkmap.domain.share.WerkgeversProfiel;
import nl.werkmap.domain.share.WerkgeversProfielen;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.service.avg.AccessLog;
import nl.werkmap.service.avg.ZienswijzeService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.avg.AccessLogMapping;
import nl.werkmap.store.repo.ConsentMapping;
import nl.werkmap.store.repo.EmployerMapping;
import nl.werkmap.store.repo.RecordTransaction;
import nl.werkmap.store.repo.ShareMapping;

/**
 * Sharing a candidate's profile with an employer, and the life of each share record. {@link #share} is the one door
 * a profile goes out through: it checks the share, and for a named view the candidate's consent (a "yes" for
 * {@link ConsentPurpose#PROFIEL_AAN_WERKGEVER} in the Toestemmingen list, plus how, when and until when the
 * candidate agreed for this employer), and records it in one change-logged transaction. Correct, revoke, delete and
 * undo are one transaction each. Refusals write nothing and come back as a {@link RefusedException} whose message
 * keys say what to do.
 */
public final class ShareService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    /** The records whose zienswijze goes with a named share of the profile. */
    private static final Set<String> PROFILE_RECORDS = Set.of("candidate", "werknemersprofiel", "werkervaring",
            "profile_share");

    private final Supplier<CaseloadStore> store;
    private final Clock clock;
    private final WriteStep step;

    public ShareService(Supplier<CaseloadStore> store, Clock clock) {
        this(store, clock, WriteStep.NONE);
    }

    ShareService(Supplier<CaseloadStore> store, Clock clock, WriteStep step) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.step = Objects.requireNonNull(step);
    }

    /**
     * Records a new share: the one method every profile share passes (the access log hooks in here).
     *
     * @return the stored share
     * @throws RefusedException when the share is incomplete, the employer is gone, or a named view lacks an active
     *                          consent; nothing is written
     */
    public ProfielDeling share(ProfielDeling deling) {
        LocalDate today = LocalDate.now(clock);
        RefusedException.throwIfAny(DelingValidator.validate(deling, today));
        return store.get().inTransaction(tx -> {
            employerExists(tx, deling);
            if (deling.vorm() == DelingVorm.BENOEMD) {
                requireConsent(tx, deling.candidateId());
            }
            step.before("profile_share");
            tx.save(ShareMapping.TABLE, deling);
            // The access log (issue 16) records the share in the same transaction: a share is never unlogged.
            for (var entry : new AccessLog(store, clock).entries(List.of(AccessRequest.of(deling.candidateId(),
                    AccessAction.PROFIEL_GEDEELD, "profile_share." + deling.vorm().name().toLowerCase(Locale.ROOT))
                    .objectId(deling.id()).purpose(deling.doel())))) {
                tx.save(AccessLogMapping.TABLE, entry);
            }
            return deling;
        });
    }

    /**
     * Corrects a stored share (a typo in the purpose, the contact's name, a date). Moving it to another employer or
     * making an anonymous share named is a new share and checked like one.
     *
     * @return the share as it was, for the undo ({@link #restore})
     */
    public ProfielDeling correct(ProfielDeling corrected) {
        LocalDate today = LocalDate.now(clock);
        return store.get().inTransaction(tx -> {
            ProfielDeling was = stored(tx, corrected.id());
            if (!was.candidateId().equals(corrected.candidateId())) {
                throw new IllegalArgumentException("A share cannot move to another candidate: " + corrected.id());
            }
            boolean asNew = corrected.vorm() == DelingVorm.BENOEMD
                    && (was.vorm() != DelingVorm.BENOEMD || !Objects.equals(was.employerId(), corrected.employerId()));
            RefusedException.throwIfAny(DelingValidator.validate(corrected, today, asNew));
            employerExists(tx, corrected);
            if (asNew) {
                requireConsent(tx, corrected.candidateId());
            }
            step.before("profile_share");
            tx.save(ShareMapping.TABLE, corrected);
            return was;
        });
    }

    /**
     * The candidate took the consent back (or the coach withdraws an anonymous profile): the record stays, with
     * today as its revocation day.
     *
     * @return the share as it was, for the undo
     */
    public ProfielDeling revoke(UUID shareId) {
        LocalDate today = LocalDate.now(clock);
        return store.get().inTransaction(tx -> {
            ProfielDeling was = stored(tx, shareId);
            if (was.ingetrokkenOp() == null) {
                step.before("profile_share");
                tx.save(ShareMapping.TABLE, was.ingetrokken(today));
            }
            return was;
        });
    }

    /**
     * Removes a share recorded by mistake (a change-logged tombstone that syncs). A share that really happened is
     * revoked, not deleted.
     *
     * @return the share as it was, for the undo
     */
    public ProfielDeling delete(UUID shareId) {
        return store.get().inTransaction(tx -> {
            ProfielDeling was = stored(tx, shareId);
            step.before("profile_share");
            tx.tombstone(ShareMapping.TABLE, shareId);
            return was;
        });
    }

    /** Undo of a correction, revocation or delete: the share comes back exactly as it was. */
    public void restore(ProfielDeling was) {
        store.get().inTransaction(tx -> {
            step.before("profile_share");
            tx.save(ShareMapping.TABLE, was);
            return null;
        });
    }

    /** The candidate's shares, newest first. */
    public List<ProfielDeling> shares(UUID candidateId) {
        return store.get().shares().forCandidate(candidateId);
    }

    /**
     * The newest named share for this employer whose consent holds today, while the candidate's "yes" in the
     * Toestemmingen list still stands; empty otherwise.
     */
    public Optional<ProfielDeling> activeConsent(UUID candidateId, UUID employerId) {
        LocalDate today = LocalDate.now(clock);
        if (!consentGiven(store.get().consents().forCandidate(candidateId))) {
            return Optional.empty();
        }
        return shares(candidateId).stream().filter(d -> d.toestemmingGeldt(employerId, today)).findFirst();
    }

    /** The employer's view of the candidate with these fields, through the allow-list builder. */
    public WerkgeversProfiel view(UUID candidateId, DelingVorm vorm, Set<ProfielVeld> velden, Weergave w) {
        CaseloadStore s = store.get();
        Candidate candidate = s.candidates().find(candidateId).orElseThrow(() -> new IllegalArgumentException(
                "Deze kandidaat staat niet (meer) in de caseload."));
        return WerkgeversProfielen.maak(vorm, velden, candidate, s.profiles().forCandidate(candidateId).orElse(null),
                s.profiles().experience(candidateId), LocalDate.now(clock), w);
    }

    /**
     * The employer's document for a recorded share, for the PDF writer. A named one only while its consent holds
     * (not revoked, not expired, and the candidate's "yes" still stands).
     *
     * @throws RefusedException when the consent no longer holds
     */
    public ProfielDocument document(ProfielDeling deling, Weergave w) {
        if (deling.vorm() == DelingVorm.BENOEMD && (!deling.toestemmingGeldt(deling.employerId(), LocalDate.now(clock))
                || !consentGiven(store.get().consents().forCandidate(deling.candidateId())))) {
            throw new RefusedException(List.of(new ValidationProblem(DelingValidator.CONSENT,
                    DelingValidator.NO_CONSENT)));
        }
        return document(deling, view(deling.candidateId(), deling.vorm(), deling.velden(), w), w);
    }

    /** An anonymous document with these fields, not tied to a recorded share (the headless command). */
    public ProfielDocument anonymousDocument(UUID candidateId, Set<ProfielVeld> velden, Weergave w) {
        ProfielDeling none = new ProfielDeling(UUID.randomUUID(), candidateId, DelingVorm.ANONIEM, null, null, null,
                velden, LocalDate.now(clock), null, null, null, null);
        return document(none, view(candidateId, DelingVorm.ANONIEM, velden, w), w);
    }

    private ProfielDocument document(ProfielDeling d, WerkgeversProfiel view, Weergave w) {
        List<String[]> cover = new ArrayList<>();
        String recipient = d.employerId() == null ? w.text("share.pdf.servicepunt")
                : store.get().employers().find(d.employerId()).map(Employer::name).orElse(w.text("share.pdf.servicepunt"));
        if (d.contactName() != null && !d.contactName().isBlank()) {
            recipient += ", " + w.text("share.pdf.attention") + " " + d.contactName().strip();
        }
        cover.add(new String[]{w.text("share.pdf.for"), recipient});
        if (d.doel() != null && !d.doel().isBlank()) {
            cover.add(new String[]{w.text("share.pdf.purpose"), d.doel().strip()});
        }
        if (d.vorm() == DelingVorm.BENOEMD) {
            cover.add(new String[]{w.text("share.pdf.consent"), w.label(d.toestemming()).toLowerCase(Locale.ROOT) + " "
                    + w.text("share.consent.on") + " " + DATE.format(d.toestemmingOp()) + ", " + w.text("share.pdf.until") + " "
                    + DATE.format(d.verlooptOp())});
        }
        cover.add(new String[]{w.text("share.pdf.made"), DATE.format(LocalDate.now(clock))});
        String title = d.vorm() == DelingVorm.ANONIEM ? w.text("share.pdf.title.anonymous")
                : w.text("share.pdf.title.named") + " " + Objects.requireNonNullElse(view.waarde(ProfielVeld.NAAM), "");
        List<String> notes = new ArrayList<>();
        notes.add(w.text(d.vorm() == DelingVorm.ANONIEM ? "share.pdf.note.anonymous" : "share.pdf.note.named"));
        if (d.vorm() == DelingVorm.BENOEMD) {
            // The candidate's own statement on their profile goes with every share of it (AVG art. 16/21, issue 16).
            for (Zienswijze z : new ZienswijzeService(store).forCandidate(d.candidateId())) {
                if (PROFILE_RECORDS.contains(z.recordEntity())) {
                    notes.add(w.text("share.pdf.zienswijze") + " " + z.text().strip());
                }
            }
        }
        notes.add(w.text("share.pdf.note.leidraad"));
        return new ProfielDocument(title.strip(), cover, view, v -> w.label(v), notes,
                ZonedDateTime.now(clock));
    }

    private static ProfielDeling stored(RecordTransaction tx, UUID id) {
        return tx.find(ShareMapping.TABLE, id).orElseThrow(() -> new IllegalStateException(
                "Deze deling bestaat niet meer; misschien is ze al verwijderd."));
    }

    private static void employerExists(RecordTransaction tx, ProfielDeling d) {
        if (d.employerId() != null && tx.find(EmployerMapping.TABLE, d.employerId()).isEmpty()) {
            throw new RefusedException(List.of(new ValidationProblem(DelingValidator.EMPLOYER,
                    DelingValidator.EMPLOYER_GONE)));
        }
    }

    private static void requireConsent(RecordTransaction tx, UUID candidateId) {
        if (!consentGiven(tx.findBy(ConsentMapping.TABLE, "candidate_id", candidateId,
                nl.werkmap.store.jooq.Tables.CONSENT.DECIDED_ON.asc(),
                nl.werkmap.store.jooq.Tables.CONSENT.UPDATED_AT.asc()))) {
            throw new RefusedException(List.of(new ValidationProblem(DelingValidator.CONSENT,
                    DelingValidator.NO_CONSENT)));
        }
    }

    /**
     * The latest decision for sharing with employers is a "yes" (no decision, or a "no", is no consent). The
     * decisions come oldest first, so the last one for the purpose holds.
     */
    static boolean consentGiven(List<Consent> decisions) {
        Consent latest = null;
        for (Consent c : decisions) {
            if (c.purpose() == ConsentPurpose.PROFIEL_AAN_WERKGEVER) {
                latest = c;
            }
        }
        return latest != null && latest.given();
    }
}
