package nl.werkmap.report.dpia;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The configuration a DPIA pack describes, as the machine reads it now: the settings in force with where each came
 * from, and any problem with the machine file (a problem means a setting is not what IT meant).
 *
 * @param configFile where the machine-wide configuration is (or would be) read from
 */
public record DpiaFacts(ZonedDateTime made, String configFile, List<Setting> settings, List<String> configProblems) {

    /** One setting in force: its key, value (or null when not set) and source ("vastgezet door IT", ...). */
    public record Setting(String key, String value, String source) {
    }

    /** The value of {@code key}, or null. */
    public String value(String key) {
        for (Setting s : settings) {
            if (s.key().equals(key)) {
                return s.value();
            }
        }
        return null;
    }
}
