package nl.werkmap.app.config;

import java.net.URI;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings the app runs with: per key, machine-locked beats the user's own value, which beats IT's unlocked
 * machine value, which beats Werkmap's built-in default. Takes plain values so the settings model of the UI can
 * pass what the user chose without this package knowing how it is stored.
 */
public final class EffectiveSettings {

    private final Map<MachineKey, ResolvedSetting> resolved;

    private EffectiveSettings(Map<MachineKey, ResolvedSetting> resolved) {
        this.resolved = Collections.unmodifiableMap(resolved);
    }

    /**
     * @param machine the machine file as loaded (possibly empty)
     * @param userValues the user's own raw values; absent keys or blank values mean "not set by the user"
     */
    public static EffectiveSettings resolve(MachineConfig machine, Map<MachineKey, String> userValues) {
        Map<MachineKey, ResolvedSetting> result = new EnumMap<>(MachineKey.class);
        for (MachineKey key : MachineKey.values()) {
            result.put(key, resolve(key, machine, userValues.get(key)));
        }
        return new EffectiveSettings(result);
    }

    /** Resolves one key; {@code userValue} may be null. */
    public static ResolvedSetting resolve(MachineKey key, MachineConfig machine, String userValue) {
        Optional<String> user = Optional.empty();
        Optional<String> userProblem = Optional.empty();
        if (userValue != null && !userValue.isBlank()) {
            try {
                user = Optional.of(key.normalise(userValue));
            } catch (SettingValueException e) {
                userProblem = Optional.of("Je instelling " + key.key() + "=" + userValue.strip() + " " + e.getMessage() + ".");
            }
        }
        Optional<String> rawUser = userValue == null || userValue.isBlank() ? Optional.empty() : Optional.of(userValue.strip());
        if (machine.isLocked(key)) {
            Optional<String> lockedValue = machine.value(key).or(key::builtInDefault);
            return new ResolvedSetting(key, lockedValue, SettingSource.MACHINE_LOCKED, rawUser, userProblem);
        }
        if (user.isPresent()) {
            return new ResolvedSetting(key, user, SettingSource.USER, Optional.empty(), Optional.empty());
        }
        if (machine.value(key).isPresent()) {
            return new ResolvedSetting(key, machine.value(key), SettingSource.MACHINE_DEFAULT, rawUser, userProblem);
        }
        SettingSource source = key.builtInDefault().isPresent() ? SettingSource.BUILT_IN : SettingSource.NOT_SET;
        return new ResolvedSetting(key, key.builtInDefault(), source, rawUser, userProblem);
    }

    public ResolvedSetting get(MachineKey key) {
        return resolved.get(key);
    }

    public Map<MachineKey, ResolvedSetting> all() {
        return resolved;
    }

    /** The hub to sync with; empty means no hub is configured and the app works offline only. */
    public Optional<URI> hubAddress() {
        return resolved.get(MachineKey.HUB_ADDRESS).value().map(URI::create);
    }

    public Optional<String> municipalityName() {
        return resolved.get(MachineKey.MUNICIPALITY_NAME).value();
    }

    /** avgwis: the retention periods in force on this machine. */
    public nl.werkmap.domain.retention.RetentionPolicy retentionPolicy() {
        return new nl.werkmap.domain.retention.RetentionPolicy(
                Integer.parseInt(resolved.get(MachineKey.RETENTION_YEARS).value().orElseThrow()),
                Integer.parseInt(resolved.get(MachineKey.RETENTION_YEARS_UWV).value().orElseThrow()));
    }

    public int idleLockMinutes() {
        return Integer.parseInt(resolved.get(MachineKey.IDLE_LOCK_MINUTES).value().orElseThrow());
    }

    public Locale language() {
        return Locale.forLanguageTag(resolved.get(MachineKey.LANGUAGE).value().orElseThrow());
    }
}
