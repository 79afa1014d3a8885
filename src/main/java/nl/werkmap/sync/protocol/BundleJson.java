package nl.werkmap.sync.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/** Reads and writes the bundle payload JSON, and checks the parts every reader relies on. */
public final class BundleJson {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private BundleJson() {
    }

    public static byte[] write(Bundle bundle) {
        return GSON.toJson(bundle).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses and validates; anything a reader could misread is refused as {@link MalformedBundleException}. */
    public static Bundle read(byte[] json) {
        // The form our writers make is read from the bytes; anything else goes through Gson as before (same record,
        // same refusals: PayloadBytes takes only what it reads exactly as Gson does).
        Bundle bundle = PayloadBytes.read(json);
        return checkBound(bundle != null ? bundle : readWithGson(json));
    }

    /** The payload bound by Gson, as every payload was read before {@link PayloadBytes}. */
    static Bundle readWithGson(byte[] json) {
        Bundle bundle;
        try {
            bundle = GSON.fromJson(new String(json, StandardCharsets.UTF_8), Bundle.class);
        } catch (JsonParseException e) {
            throw new MalformedBundleException("De bundel is geen geldige JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Gson reports a record whose constructor refused the values (e.g. "changes": [null]) this way.
            throw new MalformedBundleException("De bundel is geen geldige Werkmap-bundel (een lijst bevat een leeg"
                    + " element of een waarde van de verkeerde soort).");
        }
        if (bundle == null) {
            throw new MalformedBundleException("De bundel is leeg.");
        }
        return bundle;
    }

    /** The checks every reader relies on, on a bound bundle; returns it. */
    static Bundle checkBound(Bundle bundle) {
        if (!Bundle.FORMAT.equals(bundle.format()) || bundle.version() != Bundle.VERSION) {
            throw new MalformedBundleException("Onbekend bundelformaat " + bundle.format() + " versie " + bundle.version()
                    + ". Werk Werkmap bij.");
        }
        if (!Bundle.UP.equals(bundle.kind()) && !Bundle.DOWN.equals(bundle.kind())) {
            throw new MalformedBundleException("Onbekende bundelsoort '" + bundle.kind() + "'.");
        }
        requireUuid(bundle.bundleId(), "bundleId");
        require(bundle.deviceId(), "deviceId");
        require(bundle.municipality(), "municipality");
        require(bundle.recipient(), "recipient");
        require(bundle.createdAt(), "createdAt");
        if (bundle.seqFrom() > bundle.seqTo()) {
            throw new MalformedBundleException("seqFrom ligt na seqTo.");
        }
        for (Change change : bundle.changes()) {
            if (change == null) {
                throw new MalformedBundleException("Lege wijziging in de bundel.");
            }
            require(change.entity(), "entity");
            require(change.id(), "id");
            require(change.hlc(), "hlc");
            Hlc.parse(change.hlc());
            if (!isName(change.entity())) {
                throw new MalformedBundleException("Ongeldige entiteitsnaam '" + change.entity() + "'.");
            }
            FieldMap fields = FieldMap.of(change.fields()); // read by place: no entry object per field
            for (int i = 0; i < fields.size(); i++) {
                String field = fields.name(i);
                if (field == null || !isName(field)) {
                    throw new MalformedBundleException("Ongeldige veldnaam '" + field + "'.");
                }
            }
            if (change.bases() != null) {
                for (Map.Entry<String, String> base : change.bases().entrySet()) {
                    if (!change.fields().containsKey(base.getKey())) {
                        throw new MalformedBundleException("Basisstempel voor een veld dat niet in de wijziging staat: '"
                                + base.getKey() + "'.");
                    }
                    Hlc.parse(base.getValue());
                }
            }
        }
        for (ConflictNote note : bundle.conflictsOrNone()) {
            if (!Bundle.DOWN.equals(bundle.kind())) {
                throw new MalformedBundleException("Alleen de hub meldt conflicten (conflicts).");
            }
            if (note == null) {
                throw new MalformedBundleException("Lege conflictmelding in de bundel.");
            }
            require(note.entity(), "conflicts.entity");
            require(note.id(), "conflicts.id");
            require(note.field(), "conflicts.field");
            require(note.origin(), "conflicts.origin");
            Hlc.parse(note.hlc());
            Hlc.parse(note.winningHlc());
            if (!isName(note.entity()) || !isName(note.field())) {
                throw new MalformedBundleException("Ongeldige naam in conflictmelding: " + note.entity() + "."
                        + note.field());
            }
        }
        for (Resolution resolution : bundle.resolutionsOrNone()) {
            if (!Bundle.UP.equals(bundle.kind())) {
                throw new MalformedBundleException("Alleen een apparaat meldt keuzes over conflicten (resolutions).");
            }
            if (resolution == null) {
                throw new MalformedBundleException("Lege keuze over een conflict in de bundel.");
            }
            require(resolution.entity(), "resolutions.entity");
            require(resolution.id(), "resolutions.id");
            require(resolution.field(), "resolutions.field");
            require(resolution.hlc(), "resolutions.hlc");
            Hlc.parse(resolution.hlc());
            if (!isName(resolution.entity()) || !isName(resolution.field())) {
                throw new MalformedBundleException("Ongeldige naam in keuze over een conflict: " + resolution.entity()
                        + "." + resolution.field());
            }
            if (!Resolution.KEEP.equals(resolution.decision())) {
                throw new MalformedBundleException("Onbekende keuze over een conflict: '" + resolution.decision()
                        + "'. Werk Werkmap bij.");
            }
        }
        for (String candidate : bundle.transferredAwayOrNone()) {
            if (!Bundle.DOWN.equals(bundle.kind())) {
                throw new MalformedBundleException("Alleen de hub kan kandidaten overdragen (transferredAway).");
            }
            requireUuid(candidate, "transferredAway");
        }
        for (String candidate : bundle.erasedOrNone()) {
            requireUuid(candidate, "erased");
        }
        return bundle;
    }

    /**
     * Whether {@code name} matches {@code [a-z_]{1,64}}: entity and field names, checked by hand (a regex matcher per
     * name was a visible share of opening a bundle of 5,000 changes and their 30,000 fields).
     */
    static boolean isName(String name) {
        int length = name.length();
        if (length < 1 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if ((c < 'a' || c > 'z') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new MalformedBundleException("Het veld " + name + " ontbreekt in de bundel.");
        }
    }

    private static void requireUuid(String value, String name) {
        require(value, name);
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedBundleException("Het veld " + name + " is geen UUID: " + value);
        }
    }
}
