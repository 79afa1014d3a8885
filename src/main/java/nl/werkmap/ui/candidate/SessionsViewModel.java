package nl.werkmap.ui.candidate;

import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.store.caseload.CandidateFile;

/** The sessions tab: every contact moment, newest first; new ones come from "Sessie vastleggen". */
public final class SessionsViewModel extends TabViewModel {

    final ObservableList<CoachingSession> sessions = FXCollections.observableArrayList();

    public SessionsViewModel(CandidateViewModel candidate) {
        super(candidate);
    }

    @Override
    protected void show(CandidateFile file) {
        sessions.setAll(file.sessions());
    }

    String attendees(CoachingSession session) {
        return session.attendees().stream().map(messages::enumText).collect(Collectors.joining(", "));
    }

    void logSession() {
        candidate.logSession();
    }
}
