package nl.werkmap.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;

/** The kept draft of "Sessie vastleggen" brings back everything the form held, the appointment's place too. */
class DraftContentTest {

    private static final UUID CANDIDATE = UUID.randomUUID();
    private static final UUID COACH = UUID.randomUUID();

    @Test
    void aRestoredDraftThatCompletesAnAppointmentKeepsItsPlace() {
        CoachingSession appointment = new CoachingSession(UUID.randomUUID(), CANDIDATE, null, COACH,
                LocalDate.now().atTime(0, 5), 45, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(),
                null, null, null, 0, "Zorgcentrum De Linde", AppointmentState.GEPLAND, null);
        SessionDraft typed = new SessionDraft();
        typed.completes(appointment);
        typed.wentWell.set("Zelf de route gevonden");
        String kept = DraftContent.of(typed).json();

        // After a crash: a fresh form, filled from the kept draft.
        SessionDraft restored = new SessionDraft();
        DraftContent.parse(kept).applyTo(restored, List.of());
        CoachingSession saved = restored.session(CANDIDATE, COACH);
        assertEquals(appointment.id(), saved.id(), "the same appointment, completed, not a second session");
        assertEquals("Zorgcentrum De Linde", saved.place());
        assertEquals("Zelf de route gevonden", saved.wentWell());
        assertEquals(AppointmentState.GEDAAN, saved.state());
        assertEquals(DraftContent.of(typed), DraftContent.of(restored), "nothing shows as changed after restoring");
    }

    @Test
    void aDraftKeptBeforePlacesExistedStillOpens() {
        SessionDraft restored = new SessionDraft();
        DraftContent.parse("{\"wentWell\":\"half getypt\",\"minutes\":\"30\"}").applyTo(restored, List.of());
        assertEquals("half getypt", restored.wentWell.get());
        assertNull(restored.session(CANDIDATE, COACH).place());
    }
}
