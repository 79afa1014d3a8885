package nl.werkmap.app.cli;

import java.util.List;
import java.util.Locale;

import nl.werkmap.domain.match.Uitleg;
import nl.werkmap.ui.baankans.MatchTexts;
import nl.werkmap.ui.common.Messages;

/**
 * The matcher's reasons in Dutch for the command line, from the same message bundle as the Baankansen screen
 * ({@link MatchTexts}), so a reason reads the same on screen and in a terminal.
 */
final class MatchWording {

    private static final MatchTexts TEXTS = new MatchTexts(Messages.dutch());

    private MatchWording() {
    }

    static List<String> lines(List<Uitleg> uitleg) {
        return uitleg.stream().map(u -> String.format(Locale.ROOT, "    %-22s %-11s %s",
                TEXTS.criterium(u.criterium()), TEXTS.fit(u.fit()), TEXTS.reason(u))).toList();
    }
}
