package nl.werkmap.app.config;

import java.util.Optional;

/**
 * One setting after resolution.
 *
 * @param key the setting
 * @param value the value to use, in normal form; empty only when {@link SettingSource#NOT_SET}
 * @param source where {@code value} came from
 * @param overruledUserValue the user's own value when a lock or a failed check kept it from being used, so the
 *                           settings screen can say so instead of silently ignoring it
 * @param userValueProblem why the user's value was not used, in Dutch, when it failed its check
 */
public record ResolvedSetting(MachineKey key, Optional<String> value, SettingSource source,
                              Optional<String> overruledUserValue, Optional<String> userValueProblem) {

    /** True when the user may change this setting (the settings screen disables the control otherwise). */
    public boolean userMayChange() {
        return source != SettingSource.MACHINE_LOCKED;
    }
}
