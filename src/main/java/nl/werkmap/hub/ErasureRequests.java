package nl.werkmap.hub;

import java.util.List;

import org.jooq.DSLContext;

import nl.werkmap.hub.store.DeviceRegistry;
import nl.werkmap.hub.store.HubErasure;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.hub.store.RegisteredDevice;
import nl.werkmap.sync.protocol.ContentRefusedException;
import nl.werkmap.sync.protocol.RefusalCode;

/**
 * Erasures a device sends in its up-bundle ({@code erased}): only a team lead's device may decide one (the laptop
 * asks the same before it erases); a bundle from another device that carries one is refused whole. Accepted ones
 * are journalled and their rows removed in the inbox's transaction; the inbox finishes them after its commit.
 */
final class ErasureRequests {

    private ErasureRequests() {
    }

    static void accept(DSLContext dsl, DeviceRegistry registry, String deviceId, List<String> erased, String now) {
        if (erased.isEmpty()) {
            return;
        }
        RegisteredDevice device = registry.device(deviceId).orElseThrow();
        if (device.role() != HubRole.TEAMLEIDER) {
            throw new ContentRefusedException(RefusalCode.BAD_VALUE, "Alleen een teamleider mag een kandidaat wissen;"
                    + " het apparaat van " + device.coachName() + " is geen apparaat van een teamleider.");
        }
        for (String candidate : erased) {
            HubErasure.record(dsl, candidate, "teamleider " + device.coachName() + " (apparaat " + device.id() + ")",
                    null, now);
        }
    }
}
