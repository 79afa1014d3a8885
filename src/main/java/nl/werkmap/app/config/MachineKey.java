package nl.werkmap.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import nl.werkmap.domain.retention.RetentionPolicy;

/**
 * The settings IT can fix for every user of a machine in {@code werkmap.properties}. Each key knows its name in the
 * file, its built-in default and how to check a raw value, so the machine file and the user's own settings are
 * checked by the same rule.
 */
public enum MachineKey {

    /** The municipality's hub, e.g. {@code https://werkmap.gemeente.nl:8443}. No built-in default: offline only. */
    HUB_ADDRESS("hub-address", null) {
        @Override
        String check(String raw) throws SettingValueException {
            URI uri;
            try {
                uri = new URI(raw);
            } catch (URISyntaxException e) {
                throw new SettingValueException("is geen geldig webadres; schrijf het als https://server.gemeente.nl:8443");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                throw new SettingValueException("moet beginnen met https:// en een servernaam hebben, zoals https://server.gemeente.nl:8443");
            }
            if (scheme.equals("http") && !isLoopback(uri.getHost())) {
                throw new SettingValueException("gebruikt http zonder versleuteling; gebruik https:// (http mag alleen voor localhost)");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new SettingValueException("mag geen ?, # of gebruikersnaam bevatten; alleen https://server:poort");
            }
            String text = uri.toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        }
    },

    /** The municipality's name as shown in the title bar and on reports. */
    MUNICIPALITY_NAME("municipality-name", null) {
        @Override
        String check(String raw) throws SettingValueException {
            if (raw.length() > 80) {
                throw new SettingValueException("is langer dan 80 tekens; kort de naam in");
            }
            if (raw.chars().anyMatch(Character::isISOControl)) {
                throw new SettingValueException("bevat een stuurteken (zoals een tab); haal dat weg");
            }
            return raw;
        }
    },

    /** Minutes without input after which the app locks and drops the key. */
    IDLE_LOCK_MINUTES("idle-lock-minutes", "10") {
        @Override
        String check(String raw) throws SettingValueException {
            int minutes;
            try {
                minutes = Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw new SettingValueException("moet een heel getal zijn (minuten), zoals 10");
            }
            if (minutes < MIN_IDLE_LOCK || minutes > MAX_IDLE_LOCK) {
                throw new SettingValueException("moet tussen " + MIN_IDLE_LOCK + " en " + MAX_IDLE_LOCK + " minuten liggen");
            }
            return Integer.toString(minutes);
        }
    },

    /** The language of the app: {@code nl} or {@code en}. */
    LANGUAGE("language", "nl") {
        @Override
        String check(String raw) throws SettingValueException {
            String language = raw.toLowerCase(Locale.ROOT);
            if (!language.equals("nl") && !language.equals("en")) {
                throw new SettingValueException("moet nl (Nederlands) of en (Engels) zijn");
            }
            return language;
        }
    },

    /**
     * avgwis: years a candidate's file is kept after the trajectory ended (VNG Selectielijst: re-integration files
     * typically 5; a municipality may set its own). The retention overview and 'wis' use it.
     */
    RETENTION_YEARS("retention-years", Integer.toString(RetentionPolicy.DEFAULT_YEARS)) {
        @Override
        String check(String raw) throws SettingValueException {
            return years(raw, RetentionPolicy.MAXIMUM_YEARS);
        }
    },

    /** avgwis: years for a candidate whose jobcoaching UWV funded; never more than 10 (UWV). */
    RETENTION_YEARS_UWV("retention-years-uwv", Integer.toString(RetentionPolicy.DEFAULT_YEARS)) {
        @Override
        String check(String raw) throws SettingValueException {
            return years(raw, RetentionPolicy.UWV_MAXIMUM);
        }
    };

    private static String years(String raw, int maximum) throws SettingValueException {
        int years;
        try {
            years = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new SettingValueException("moet een heel getal zijn (jaren), zoals 5");
        }
        if (years < 1 || years > maximum) {
            throw new SettingValueException("moet tussen 1 en " + maximum + " jaar liggen");
        }
        return Integer.toString(years);
    }

    /** The shortest idle lock: shorter makes the app unusable during a conversation. */
    public static final int MIN_IDLE_LOCK = 1;
    /** The longest idle lock: longer leaves a caseload open on an unattended laptop for half a working day. */
    public static final int MAX_IDLE_LOCK = 240;

    private final String key;
    private final String builtInDefault;

    MachineKey(String key, String builtInDefault) {
        this.key = key;
        this.builtInDefault = builtInDefault;
    }

    /** The name in {@code werkmap.properties}, e.g. {@code idle-lock-minutes}. */
    public String key() {
        return key;
    }

    /** The value when neither the machine file nor the user sets one; empty means "not set" (e.g. no hub). */
    public Optional<String> builtInDefault() {
        return Optional.ofNullable(builtInDefault);
    }

    /**
     * Checks a value and returns it in normal form (trimmed, lower case where case does not matter).
     *
     * @throws SettingValueException with a Dutch reason that completes "instelling X ..."
     */
    public String normalise(String raw) throws SettingValueException {
        String trimmed = raw == null ? "" : raw.strip();
        if (trimmed.isEmpty()) {
            throw new SettingValueException("is leeg; vul een waarde in of haal de regel weg");
        }
        return check(trimmed);
    }

    abstract String check(String trimmed) throws SettingValueException;

    public static Optional<MachineKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** All names, for messages that list what the file may contain. */
    public static String knownKeys() {
        return String.join(", ", Arrays.stream(values()).map(MachineKey::key).toList());
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }
}
