package nl.werkmap.domain.rules;

import java.util.List;

/**
 * How complete a candidate's file is.
 *
 * @param score   0 to 100: the share of applicable checks that pass, rounded half-up
 * @param missing what is missing, in the order of {@link MissingItem}
 */
public record CompletenessReport(int score, List<MissingItem> missing) {
    public CompletenessReport {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0..100, was " + score);
        }
        missing = List.copyOf(missing);
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }
}
