package nl.werkmap.ui.common;

import javafx.util.StringConverter;

import nl.werkmap.domain.Coach;

/** Shows coaches by name in pickers and filters; a picker of coaches is never typed into, so nothing is parsed. */
public final class CoachNames extends StringConverter<Coach> {

    @Override
    public String toString(Coach coach) {
        return coach == null ? "" : coach.name();
    }

    @Override
    public Coach fromString(String text) {
        return null;
    }
}
