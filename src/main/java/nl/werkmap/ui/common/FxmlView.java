package nl.werkmap.ui.common;

import java.net.URL;

/** Every FXML file of the app, so a typo in a path fails at one place and a test can load them all. */
public enum FxmlView {
    SHELL("shell/shell.fxml"),
    CASELOAD("caseload/caseload.fxml"),
    CANDIDATE("candidate/candidate.fxml"),
    NEW_CANDIDATE("candidate/new_candidate.fxml"),
    CANDIDATE_PROFILE("candidate/profile.fxml"),
    CANDIDATE_PLAN("candidate/plan.fxml"),
    CANDIDATE_PLACEMENTS("candidate/placements.fxml"),
    CANDIDATE_CONTACTS("candidate/contacts.fxml"),
    CANDIDATE_SESSIONS("candidate/sessions.fxml"),
    CANDIDATE_MEASUREMENTS("candidate/measurements.fxml"),
    CANDIDATE_TIMELINE("candidate/timeline.fxml"),
    CANDIDATE_WERKNEMERSPROFIEL("candidate/werknemersprofiel.fxml"),
    SESSION_QUICK("session/quick_session.fxml"),
    AGENDA("agenda/agenda.fxml"),
    EMPLOYERS("employer/employers.fxml"),
    REPORT("report/report.fxml"),
    SETTINGS("settings/settings.fxml");

    private final String path;

    FxmlView(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public URL url() {
        URL url = FxmlView.class.getResource("/nl/werkmap/ui/" + path);
        if (url == null) {
            throw new IllegalStateException("FXML-bestand ontbreekt op het classpath: " + path);
        }
        return url;
    }
}
