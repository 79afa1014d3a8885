package nl.werkmap.ui.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.hub.Hub;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.http.HubServer;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.sync.SyncEngine;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.sync.outbox.Backoff;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.OpenCaseload;
import nl.werkmap.ui.common.QuickExtension;
import nl.werkmap.ui.common.Screenshots;
import nl.werkmap.ui.common.StatusBarChecks;
import nl.werkmap.ui.common.TestPreferences;
import nl.werkmap.ui.main.MainWindow;
import nl.werkmap.ui.common.FxWait;

/**
 * The caseload list of a linked laptop in the real 1366×768 window, on a real caseload file and a real hub that
 * goes away and comes back. A candidate with a session not yet sent shows "Nog niet verstuurd", one with a
 * concurrent edit "Conflict", the rest nothing; once the hub acknowledges the session, that mark goes. Sync's long
 * error messages fit the status bar beside its buttons, see {@link StatusBarChecks}.
 */
@ExtendWith(QuickExtension.class)
class CaseloadSyncMarksScreenTest {

    private static final String PASSPHRASE = "lange zomer bij de dijk 42";

    @TempDir
    Path dir;

    private Stage stage;
    private CaseloadFiles files;
    private Hub hub;
    private HubServer server;
    private int port;
    private String deviceId;
    private UUID sanne;
    private UUID noor;
    private UUID piet;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Made off the FX thread, before the window opens: two linked laptops, a conflict and a visit not yet sent. */
    private void linkedCaseload() throws Exception {
        files = new CaseloadFiles(dir.resolve("keyring.json"), dir.resolve("werkmap.db"));
        hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null), "gemeente-a",
                Clock.systemUTC(), HubFixture.passphrase());
        server = HubServer.start(hub, Clock.systemUTC(), "127.0.0.1", 0, Optional.empty());
        port = server.port();
        try (OpenCaseload open = OpenCaseload.create(files, PASSPHRASE.toCharArray());
             CaseloadStore lead = CaseloadStore.open(dir.resolve("lead.db"), TestVault.sealer())) {
            SyncEngine mine = enrolled(open.store(), open.sealer(), "Anouk", HubRole.JOBCOACH);
            SyncEngine theirs = enrolled(lead, TestVault.sealer(), "Lotte", HubRole.TEAMLEIDER);
            deviceId = mine.identities().load().orElseThrow().deviceId();
            UUID coach = UUID.fromString(mine.identities().load().orElseThrow().coachId());
            Candidate s = candidate(open.store(), "Sanne de Vries", coach);
            sanne = s.id();
            noor = candidate(open.store(), "Noor Jansen", coach).id();
            piet = candidate(open.store(), "Piet Smit", coach).id();
            candidate(open.store(), "Iris Bakker", coach);
            candidate(open.store(), "Daan Visser", coach);
            mine.syncOnce(true);
            theirs.syncOnce(true);
            open.store().candidates().save(s.withPersonal(PersonalDetails.named("Sanne de Vries-Kok")));
            Thread.sleep(5);
            lead.candidates().save(lead.candidates().find(sanne).orElseThrow()
                    .withPersonal(PersonalDetails.named("Sanne Kok")));
            theirs.syncOnce(true);
            mine.syncOnce(true);
            // A workplace visit logged offline: a row of Noor's, not Noor's own row, waits to go out.
            open.store().sessions().save(session(noor, coach));
        }
        server.close(); // the coach is offline when the app opens
    }

    @AfterEach
    void stop() {
        if (hub != null) {
            server.close();
            hub.close();
        }
    }

    private SyncEngine enrolled(CaseloadStore store, FieldSealer sealer, String coach, HubRole role) throws Exception {
        String url = server.baseUrl();
        String code = hub.issueEnrollmentCode(coach, role, "noord", Duration.ofHours(1));
        Enroller.enroll(store, sealer, new HubClient(url), url, code, coach + " laptop");
        SyncEngine engine = new SyncEngine(store, sealer, Clock.systemUTC(), Backoff.standard(),
                u -> new HubClient(u, null, Duration.ofSeconds(5)));
        engine.syncOnce(true);
        return engine;
    }

    private static Candidate candidate(CaseloadStore store, String name, UUID coach) {
        Candidate c = Candidate.register(UUID.randomUUID(), name, LocalDate.now().minusMonths(2));
        c = coach == null ? c : c.withCoach(coach);
        store.candidates().save(c);
        return c;
    }

    private static CoachingSession session(UUID candidate, UUID coach) {
        return new CoachingSession(UUID.randomUUID(), candidate, null, coach, LocalDateTime.now().minusHours(2), 45,
                SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, EnumSet.of(Attendee.KANDIDAAT),
                "Ging goed met de collega's", null, "Over twee weken weer langs", 1.0);
    }

    private void open(FxRobot robot, Messages messages) {
        robot.interact(() -> new MainWindow(stage, files, messages, Background.sameThread(), new TestPreferences(),
                Optional.empty()).show());
        robot.clickOn("#passphrase").write(PASSPHRASE).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void marksFollowTheChangeLogAndLongMessagesFitTheStatusBar(FxRobot robot) throws Exception {
        linkedCaseload();
        Messages dutch = Messages.dutch();
        open(robot, dutch);
        waitForMarks(robot, Map.of(sanne, "Conflict", noor, "Nog niet verstuurd"));
        Label mark = WaitForAsyncUtils.asyncFx(() -> markLabel(robot, noor)).get(10, TimeUnit.SECONDS);
        assertEquals(mark.getText(), ((javafx.scene.text.Text) mark.lookup(".text")).getText(),
                "the mark is readable whole at 1366 px");
        assertTrue(((TableCell<?, ?>) mark.getParent()).getTooltip().getText().contains("nog niet bij de gemeente"),
                "the mark explains itself in a tooltip");
        assertTrue(((TableCell<?, ?>) mark.getParent()).getAccessibleText().startsWith("Nog niet verstuurd."));
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), "80-caseload-sync-marks-nl")).get();
        java.util.List<UUID> everyone = table(robot).getItems().stream().map(CaseloadRow::id).toList();
        robot.clickOn("#onlyUnsent");
        assertEquals(java.util.Set.of(sanne, noor), table(robot).getItems().stream().map(CaseloadRow::id)
                .collect(java.util.stream.Collectors.toSet()), "the filter keeps what is not with the municipality");
        robot.clickOn("#onlyUnsent");
        assertEquals(5, table(robot).getItems().size());
        // The filter keeps its rows in an array of its own: the index's shared positions of every row are intact.
        assertEquals(everyone, table(robot).getItems().stream().map(CaseloadRow::id).toList(),
                "all five again, in name order");

        // Offline: the sync error is long; the bar cuts it, keeps its buttons whole, and shows it whole on Enter.
        robot.clickOn("#syncNow");
        StatusBarChecks.longMessageFits(robot, stage, dutch, "Synchroniseren lukte niet: De hub is niet bereikbaar",
                "81-statusbar-offline-nl");

        // Back online: the round sends Noor's session, the hub acknowledges it, and the mark goes.
        server = HubServer.start(hub, Clock.systemUTC(), "127.0.0.1", port, Optional.empty());
        robot.clickOn("#syncNow");
        waitForMarks(robot, Map.of(sanne, "Conflict"));

        // Nothing new on either side: the round's end leaves the list's rows as they are, not read again (issue 13:
        // at 150,000 candidates a whole read of the list after every "Nu synchroniseren"). Jobs run on the FX
        // thread here, so a read would have changed the rows before the round's status shows.
        java.util.List<Integer> rowChanges = new java.util.concurrent.CopyOnWriteArrayList<>();
        javafx.collections.ListChangeListener<CaseloadRow> counted = c -> rowChanges.add(c.getList().size());
        robot.interact(() -> table(robot).getItems().addListener(counted));
        robot.clickOn("#syncNow");
        Label status = robot.lookup("#statusText").queryAs(Label.class);
        FxWait.until(10, () -> status.getText().equals("Gesynchroniseerd: niets verstuurd, niets ontvangen."));
        robot.interact(() -> table(robot).getItems().removeListener(counted));
        assertEquals(java.util.List.of(), rowChanges, "a round that brought nothing reads nothing again");

        // The longest real message: this laptop was revoked by the municipality.
        hub.registry().revoke(deviceId);
        robot.clickOn("#syncNow");
        StatusBarChecks.longMessageFits(robot, stage, dutch,
                "Synchroniseren lukte niet: Deze laptop is door de beheerder van de gemeente ingetrokken",
                "82-statusbar-revoked-nl");
        robot.interact(() -> stage.close());

        // The same screens in English, with a visit to Piet logged meanwhile.
        try (OpenCaseload open = OpenCaseload.unlock(files, PASSPHRASE.toCharArray())) {
            open.store().sessions().save(session(piet, open.store().candidates().find(piet).orElseThrow().coachId()));
        }
        Messages english = Messages.forLocale(Locale.ENGLISH);
        open(robot, english);
        waitForMarks(robot, Map.of(sanne, "Conflict", piet, "Not sent yet"));
        WaitForAsyncUtils.asyncFx(() -> Screenshots.capture(stage.getScene(), "83-caseload-sync-marks-en")).get();
        robot.clickOn("#syncNow");
        StatusBarChecks.longMessageFits(robot, stage, english,
                "Synchronising did not work: Deze laptop is door de beheerder van de gemeente ingetrokken", "84-statusbar-revoked-en");
        robot.interact(() -> stage.close());
    }

    @Test
    void anUnlinkedLaptopShowsNoSyncColumnAtAll(FxRobot robot) throws Exception {
        CaseloadFiles alone = new CaseloadFiles(dir.resolve("alone-keyring.json"), dir.resolve("alone.db"));
        try (OpenCaseload open = OpenCaseload.create(alone, PASSPHRASE.toCharArray())) {
            candidate(open.store(), "Bram Bos", null);
        }
        files = alone;
        open(robot, Messages.dutch());
        FxWait.until(5, () -> table(robot).getItems().size() == 1);
        assertTrue(!syncColumn(robot).isVisible(), "no column, not even an empty one");
        assertTrue(!robot.lookup("#onlyUnsent").query().isVisible(), "and no filter on it");
        assertEquals(Map.of(), shownMarks(robot));
        // One row height for all rows (the theme's, in whole pixels): the table lays out rows without measuring.
        assertEquals(36, table(robot).getFixedCellSize());
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null).findFirst().orElseThrow();
        assertEquals(36, row.getHeight());
        robot.interact(() -> stage.close());
    }

    private static void waitForMarks(FxRobot robot, Map<UUID, String> expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> expected.equals(shownMarks(robot)));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(expected, shownMarks(robot), "marks in the caseload list");
        }
        assertTrue(syncColumn(robot).isVisible());
    }

    @SuppressWarnings("unchecked")
    private static TableView<CaseloadRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private static TableColumn<CaseloadRow, ?> syncColumn(FxRobot robot) {
        return table(robot).getColumns().stream().filter(c -> "syncColumn".equals(c.getId())).findFirst()
                .orElseThrow();
    }

    /**
     * Candidate id → the mark's text, for the rows that show one. Read on the FX thread: the table may be
     * refreshing its cells while the test waits, and reading them from the test thread then races with it.
     */
    private static Map<UUID, String> shownMarks(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> shownMarksOnFx(robot)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the marks on the FX thread", e);
        }
    }

    private static Map<UUID, String> shownMarksOnFx(FxRobot robot) {
        Map<UUID, String> shown = new HashMap<>();
        TableColumn<CaseloadRow, ?> column = syncColumn(robot);
        for (TableCell<?, ?> cell : robot.lookup(".table-cell").queryAllAs(TableCell.class)) {
            if (cell.getTableColumn() == column && cell.getTableRow() != null && cell.getTableRow().getItem() != null
                    && cell.getGraphic() instanceof Label label && cell.isVisible()) {
                shown.put(((CaseloadRow) cell.getTableRow().getItem()).id(), label.getText());
            }
        }
        return shown;
    }

    private static Label markLabel(FxRobot robot, UUID candidate) {
        TableColumn<CaseloadRow, ?> column = syncColumn(robot);
        for (TableCell<?, ?> cell : robot.lookup(".table-cell").queryAllAs(TableCell.class)) {
            if (cell.getTableColumn() == column && cell.getTableRow() != null && cell.getTableRow().getItem() != null
                    && ((CaseloadRow) cell.getTableRow().getItem()).id().equals(candidate)) {
                return (Label) cell.getGraphic();
            }
        }
        throw new AssertionError("no row for " + candidate);
    }
}
