package nl.werkmap.hub;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Duration;

import org.jooq.Field;
import org.jooq.Table;

import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.sync.protocol.ClockBounds;

/**
 * How far ahead of the hub's clock a laptop's stamps may be: the hub setting {@code clock_margin_seconds}, set with
 * {@code hub clock-margin MINUTES}; {@link ClockBounds#DEFAULT_MARGIN} when not set. Read when the hub opens.
 */
public final class ClockMargin {

    static final String SETTING = "clock_margin_seconds";
    private static final Table<?> HUB_SETTING = table(name("hub_setting"));
    private static final Field<String> NAME = field(name("name"), String.class);
    private static final Field<String> VALUE = field(name("value"), String.class);

    private ClockMargin() {
    }

    public static Duration read(HubDatabase db) {
        return db.read(dsl -> dsl.select(VALUE).from(HUB_SETTING).where(NAME.eq(SETTING)).fetchOptional(VALUE))
                .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds)))
                .orElse(ClockBounds.DEFAULT_MARGIN);
    }

    /** Stores a new margin; takes effect when the hub opens next (restart a running hub). */
    public static void write(HubDatabase db, Duration margin) {
        if (margin.isNegative() || margin.isZero() || margin.compareTo(ClockBounds.MAX_MARGIN) > 0) {
            throw new IllegalArgumentException("De klokmarge moet tussen 1 minuut en 1 dag liggen.");
        }
        String seconds = Long.toString(margin.toSeconds());
        db.write(dsl -> {
            if (dsl.update(HUB_SETTING).set(VALUE, seconds).where(NAME.eq(SETTING)).execute() == 0) {
                dsl.insertInto(HUB_SETTING, NAME, VALUE).values(SETTING, seconds).execute();
            }
            return null;
        });
    }
}
