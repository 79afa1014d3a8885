package nl.werkmap.hub.store;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jooq.impl.DSL;

import nl.werkmap.hub.Hub;
import nl.werkmap.security.SubjectKey;

/** Every candidate key the hub still holds, opened with its data key: what an attacker with the hub passphrase has. */
public final class HeldSubjectKeys {

    private HeldSubjectKeys() {
    }

    public static List<SubjectKey> all(Hub hub) {
        var vault = hub.keys().vault();
        return hub.database().read(dsl -> {
            List<SubjectKey> keys = new ArrayList<>();
            dsl.select(DSL.field(DSL.name("subject"), String.class), DSL.field(DSL.name("wrapped"), String.class))
                    .from(DSL.table(DSL.name("hub_subject_key")))
                    .forEach(r -> keys.add(vault.openSubjectKey("hub_subject_key", r.value1(),
                            Base64.getDecoder().decode(r.value2()))));
            return keys;
        });
    }

    /** The subjects whose key the hub holds. */
    public static List<String> subjects(Hub hub) {
        return hub.database().read(dsl -> dsl.select(DSL.field(DSL.name("subject"), String.class))
                .from(DSL.table(DSL.name("hub_subject_key"))).fetch(0, String.class));
    }

    /**
     * Whether {@code wrapped} is the key of {@code subject} wrapped by the hub's data key: a copy of an erased
     * candidate's key row left in a file (a dead tuple, a WAL record) would open their sealed values again.
     */
    public static boolean opensWrapped(Hub hub, String subject, byte[] wrapped) {
        try {
            hub.keys().vault().openSubjectKey("hub_subject_key", subject, wrapped);
            return true;
        } catch (RuntimeException notThisKey) {
            return false;
        }
    }

    /** The lengths of the wrapped keys as the hub stores them (base64 text), to cut them out of longer runs. */
    public static java.util.Set<Integer> wrappedLengths(Hub hub) {
        return new java.util.HashSet<>(hub.database().read(dsl -> dsl.select(DSL.field(DSL.name("wrapped"),
                String.class)).from(DSL.table(DSL.name("hub_subject_key"))).fetch(r -> r.value1().length())));
    }
}
