package nl.werkmap.hub;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import nl.werkmap.hub.store.CaseloadFeed;
import nl.werkmap.hub.store.ConflictLedger;
import nl.werkmap.hub.store.FirstFeed;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubErasure;
import nl.werkmap.hub.store.MasterCaseload;
import nl.werkmap.hub.store.MasterSealing;
import nl.werkmap.hub.store.RegisteredDevice;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.ConflictNote;

/**
 * Reads one device's feed and hands on each down-bundle's payload JSON as it is cut ({@link DownBundles}), for
 * {@link DownFeed}. A first fetch ({@code after == 0}: everything the device may see) is read in pages while the
 * bundles go out ({@link FirstFeed}), in one read (one snapshot) that lasts until the last bundle is written to the
 * device: a long read ({@link HubDatabase#longRead}), so first syncs together never hold every pooled reader. A
 * later fetch, small, is read whole and cut after the read, as before, so it holds a pooled reader only for the read.
 */
final class FeedReading implements DownFeed.Reading {

    /** What the fetch asks for and what every bundle of it carries. */
    record Ask(RegisteredDevice device, List<String> visibleCoaches, long after, String municipality,
               String currentKey, String now, boolean compact) {
    }

    /** The last bundle's extras and the journal position, read in the feed's snapshot. */
    private record Extras(long upTo, List<String> away, List<ConflictNote> conflicts, List<String> erased) {
    }

    private final HubDatabase db;
    private final MasterSealing sealing;
    private final Ask ask;
    private final int firstBundle;
    private final int bundleSize;

    /**
     * Bundles of up to {@code bundleSize} changes; a first fetch's first bundle up to {@code firstBundle}, each next
     * one twice as many ({@link RowBundles}), its first page of rows as small ({@link FirstFeed#FIRST_PAGE}).
     */
    FeedReading(HubDatabase db, MasterSealing sealing, Ask ask, int firstBundle, int bundleSize) {
        this.db = db;
        this.sealing = sealing;
        this.ask = ask;
        this.firstBundle = firstBundle;
        this.bundleSize = bundleSize;
    }

    @Override
    public long run(DownFeed.Payloads payloads) {
        if (ask.after() == 0) {
            return db.longRead(dsl -> {
                Extras extras = extras(dsl);
                // Rows go into the bundle's JSON as read, without changes made of them: the same bytes (RowBundles
                // cuts as DownBundles does, DownBundleWriter writes a row as its changes).
                DownBundleWriter writer = DownBundleWriter.kept(ask.compact());
                RowBundles bundles = new RowBundles(firstBundle, bundleSize, (rows, last) -> {
                    writer.writeRows(frame(extras, last, List.of()), rows);
                    payloads.accept(writer.payload(), writer.length());
                });
                FirstFeed.streamRows(dsl, sealing, ask.device(), ask.visibleCoaches(), extras.upTo(),
                        FirstFeed.FIRST_PAGE, FirstFeed.PAGE, bundles::row);
                bundles.finish();
                return extras.upTo();
            });
        }
        Extras[] extras = new Extras[1];
        CaseloadFeed.Slice slice = db.read(dsl -> {
            extras[0] = extras(dsl);
            return CaseloadFeed.changesFor(dsl, sealing, ask.device(), ask.visibleCoaches(), ask.after(),
                    extras[0].upTo());
        });
        DownBundles bundles = bundles(extras[0], payloads);
        bundles.rows(slice.changes());
        bundles.finish();
        return slice.upTo();
    }

    private Extras extras(DSLContext dsl) {
        long upTo = MasterCaseload.journalPosition(dsl);
        return new Extras(upTo, CaseloadFeed.transferredAway(dsl, ask.visibleCoaches(), ask.after(), upTo),
                ConflictLedger.notesFor(dsl, sealing, ask.visibleCoaches(), ask.after(), upTo),
                // avgwis: erasures go to every device, whoever it serves: any of them may hold a copy.
                HubErasure.erasedBetween(dsl, ask.after(), upTo));
    }

    /** The cutter that writes each bundle's payload; the last carries transfers, conflicts and erasures. */
    private DownBundles bundles(Extras extras, DownFeed.Payloads payloads) {
        return new DownBundles(bundleSize, (part, last) -> {
            byte[] payload = DownBundleWriter.write(frame(extras, last, part), ask.compact());
            payloads.accept(payload, payload.length);
        });
    }

    /** A down-bundle of this fetch holding {@code changes}; the last carries transfers, conflicts and erasures. */
    private Bundle frame(Extras extras, boolean last, List<Change> changes) {
        Bundle bundle = Bundle.down(UUID.randomUUID().toString(), Hub.HUB_ID, ask.municipality(),
                ask.device().id(), ask.after(), extras.upTo(), ask.now(), changes, ask.currentKey(),
                last ? extras.away() : List.of(), last ? extras.conflicts() : List.of());
        if (last && !extras.erased().isEmpty()) {
            bundle = bundle.withErased(extras.erased());
        }
        return bundle;
    }
}
