package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** What the command line prints about moments: the Dutch file style, not the stored ISO text. */
class CliDatesTest {

    @Test
    void aRevokedDeviceShowsWhenInDutch() {
        Instant at = Instant.parse("2026-03-16T09:42:00Z");
        String shown = HubCommand.shownMoment(at.toString());
        assertTrue(shown.matches("\\d{2}-\\d{2}-2026 \\d{2}:\\d{2}"), shown);
        assertEquals(String.format("%02d:%02d", at.atZone(ZoneId.systemDefault()).getHour(),
                at.atZone(ZoneId.systemDefault()).getMinute()), shown.substring(11));
        assertEquals("gisteren", HubCommand.shownMoment("gisteren"), "an unreadable value is shown as stored");
    }
}
