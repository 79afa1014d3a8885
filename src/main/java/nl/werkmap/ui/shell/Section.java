package nl.werkmap.ui.shell;

/** The parts of the app reachable from the navigation bar. */
public enum Section {
    CASELOAD,
    AGENDA,
    EMPLOYERS,
    BAANKANSEN,
    REPORT
}
