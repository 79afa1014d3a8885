package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.PROFILE_SHARE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.domain.share.DelingValidator;
import nl.werkmap.domain.share.DelingVorm;
import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.domain.share.ProfielVeld;
import nl.werkmap.domain.share.ToestemmingWijze;
import nl.werkmap.domain.share.WerkgeversProfielBuilderTest;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/** Sharing needs consent for a named view; each share is a record that lives: correct, revoke, delete, undo. */
class ShareServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Candidate sanne;
    private Employer employer;
    private ShareService service;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        sanne = Samples.candidate("Sanne de Vries", null);
        store.candidates().save(sanne);
        new ProfielService(() -> store, CLOCK).save(ProfielSamples.complete(sanne.id()), List.of());
        employer = Samples.employer();
        store.employers().save(employer);
        service = new ShareService(() -> store, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static ProfielDeling named(UUID candidateId, UUID employerId) {
        return new ProfielDeling(UUID.randomUUID(), candidateId, DelingVorm.BENOEMD, employerId, "Karin de Vries",
                "Kennismaking voor de vacature hovenier", EnumSet.of(ProfielVeld.NAAM, ProfielVeld.VAARDIGHEDEN,
                ProfielVeld.BESCHIKBAARHEID), TODAY, ToestemmingWijze.SCHRIFTELIJK, TODAY.minusDays(1),
                TODAY.plusMonths(6), null);
    }

    static ProfielDeling anonymous(UUID candidateId) {
        return new ProfielDeling(UUID.randomUUID(), candidateId, DelingVorm.ANONIEM, null, null,
                "Vacaturebank werkgeversservicepunt", ProfielVeld.anoniem(), TODAY, null, null, null, null);
    }

    private void consent(boolean given, LocalDate on) {
        store.consents().save(new Consent(UUID.randomUUID(), sanne.id(), ConsentPurpose.PROFIEL_AAN_WERKGEVER, given,
                on));
    }

    private int logged() {
        return store.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("profile_share")));
    }

    private static List<String> keys(RefusedException e) {
        return e.problems().stream().map(ValidationProblem::messageKey).toList();
    }

    @Test
    void anAnonymousShareNeedsNoConsentAndKeepsContactAndPurposeSealed() {
        ProfielDeling d = anonymous(sanne.id());
        service.share(d);
        assertEquals(List.of(d), service.shares(sanne.id()));
        assertTrue(logged() >= 5, "form, fields, purpose, date and candidate are change-logged");
        byte[] purpose = store.read(dsl -> dsl.select(PROFILE_SHARE.PURPOSE).from(PROFILE_SHARE).fetchSingle().value1());
        assertFalse(new String(purpose, StandardCharsets.UTF_8).contains("Vacaturebank"), "purpose is sealed");
        var shared = store.accessLog().forCandidate(sanne.id());
        assertEquals(1, shared.size(), "the share is in the access log, written in the same transaction");
        assertEquals(nl.werkmap.domain.avg.AccessAction.PROFIEL_GEDEELD, shared.get(0).action());
        assertEquals(d.id(), shared.get(0).objectId());
    }

    @Test
    void aNamedShareWithoutAYesInTheConsentsIsRefusedAndWritesNothing() {
        RefusedException none = assertThrows(RefusedException.class, () -> service.share(named(sanne.id(),
                employer.id())));
        assertEquals(List.of(DelingValidator.NO_CONSENT), keys(none));

        consent(true, TODAY.minusMonths(2));
        consent(false, TODAY.minusDays(3));
        RefusedException no = assertThrows(RefusedException.class, () -> service.share(named(sanne.id(),
                employer.id())));
        assertEquals(List.of(DelingValidator.NO_CONSENT), keys(no), "the latest decision, a no, holds");
        assertEquals(0, logged());
        assertTrue(service.shares(sanne.id()).isEmpty());
        assertTrue(store.accessLog().forCandidate(sanne.id()).isEmpty(), "a failed share leaves no log entry");
        assertTrue(service.activeConsent(sanne.id(), employer.id()).isEmpty());
    }

    @Test
    void aNamedShareNeedsHowWhenAndUntilWhenAndNoExpiredConsent() {
        consent(true, TODAY.minusDays(2));
        ProfielDeling d = named(sanne.id(), employer.id());
        ProfielDeling bare = new ProfielDeling(d.id(), d.candidateId(), d.vorm(), null, null, " ", Set.of(),
                TODAY, null, null, null, null);
        assertEquals(List.of(DelingValidator.FIELDS_REQUIRED, DelingValidator.PURPOSE_REQUIRED,
                        DelingValidator.EMPLOYER_REQUIRED, DelingValidator.CONSENT_HOW_REQUIRED,
                        DelingValidator.CONSENT_ON_REQUIRED, DelingValidator.EXPIRES_REQUIRED),
                keys(assertThrows(RefusedException.class, () -> service.share(bare))));
        ProfielDeling expired = new ProfielDeling(d.id(), d.candidateId(), d.vorm(), d.employerId(), null, d.doel(),
                d.velden(), TODAY, ToestemmingWijze.MONDELING, TODAY.minusYears(1), TODAY.minusDays(1), null);
        assertEquals(List.of(DelingValidator.EXPIRED),
                keys(assertThrows(RefusedException.class, () -> service.share(expired))));
        ProfielDeling nameInAnonymous = new ProfielDeling(UUID.randomUUID(), sanne.id(), DelingVorm.ANONIEM, null,
                null, "x", EnumSet.of(ProfielVeld.NAAM), TODAY, null, null, null, null);
        assertEquals(List.of(DelingValidator.NAMED_FIELD),
                keys(assertThrows(RefusedException.class, () -> service.share(nameInAnonymous))));
        assertEquals(0, logged());
    }

    @Test
    void aNamedShareWithConsentLivesThroughCorrectRevokeDeleteAndUndo() {
        consent(true, TODAY.minusDays(2));
        ProfielDeling d = service.share(named(sanne.id(), employer.id()));
        assertEquals(d, service.activeConsent(sanne.id(), employer.id()).orElseThrow());
        assertTrue(service.activeConsent(sanne.id(), UUID.randomUUID()).isEmpty(), "consent is for this employer");

        ProfielDeling fixed = new ProfielDeling(d.id(), d.candidateId(), d.vorm(), d.employerId(), "Karin Smit",
                d.doel(), d.velden(), d.gedeeldOp(), d.toestemming(), d.toestemmingOp(), d.verlooptOp(), null);
        assertEquals(d, service.correct(fixed));
        assertEquals("Karin Smit", store.shares().find(d.id()).orElseThrow().contactName());

        ProfielDeling beforeRevoke = service.revoke(d.id());
        assertEquals(TODAY, store.shares().find(d.id()).orElseThrow().ingetrokkenOp(), "the record stays");
        assertTrue(service.activeConsent(sanne.id(), employer.id()).isEmpty());
        assertThrows(RefusedException.class, () -> service.document(store.shares().find(d.id()).orElseThrow(),
                WerkgeversProfielBuilderTest.DUTCH), "no named PDF after revoking");
        service.restore(beforeRevoke);
        assertTrue(service.activeConsent(sanne.id(), employer.id()).isPresent(), "undo of the revoke");

        ProfielDeling beforeDelete = service.delete(d.id());
        assertTrue(service.shares(sanne.id()).isEmpty());
        service.restore(beforeDelete);
        assertEquals(List.of(fixed), service.shares(sanne.id()), "undo of the delete");
        assertTrue(store.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("profile_share")
                .and(CHANGE_LOG.FIELD.eq("revoked_on")))) >= 2, "revoke and its undo are change-logged");
    }

    @Test
    void aNamedDocumentIsMadeWhileTheConsentHoldsAndALaterNoStopsIt() {
        consent(true, TODAY.minusDays(2));
        ProfielDeling d = service.share(named(sanne.id(), employer.id()));
        var document = service.document(d, WerkgeversProfielBuilderTest.DUTCH);
        assertTrue(document.title().endsWith("Sanne de Vries"), document.title());
        assertTrue(document.cover().stream().anyMatch(l -> l[1].contains("schriftelijk gegeven op 3 december 2026, geldig tot 4 juni 2027")),
                "the cover says how and when the candidate agreed");
        consent(false, TODAY);
        assertThrows(RefusedException.class, () -> service.document(d, WerkgeversProfielBuilderTest.DUTCH));
    }

    @Test
    void aShareToAnEmployerThatIsGoneIsRefusedAndAFailedWriteLeavesNothing() {
        ProfielDeling toNobody = new ProfielDeling(UUID.randomUUID(), sanne.id(), DelingVorm.ANONIEM,
                UUID.randomUUID(), null, "x", ProfielVeld.anoniem(), TODAY, null, null, null, null);
        assertEquals(List.of(DelingValidator.EMPLOYER_GONE),
                keys(assertThrows(RefusedException.class, () -> service.share(toNobody))));
        ShareService failing = new ShareService(() -> store, CLOCK, record -> {
            throw new IllegalStateException("disk full");
        });
        assertThrows(IllegalStateException.class, () -> failing.share(anonymous(sanne.id())));
        assertEquals(0, logged());
        assertTrue(service.shares(sanne.id()).isEmpty());
        assertTrue(store.accessLog().forCandidate(sanne.id()).isEmpty(), "a failed share leaves no log entry");
    }
}
