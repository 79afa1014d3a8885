package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every screen named in {@link FxmlView} has its FXML file on the class path. The unlock cards moved from FXML into
 * code (issue 13) and left an entry naming a file that was never there; a screen loaded only in a rare path (the
 * lock overlay) would have failed only when a coach reached it.
 */
class FxmlViewFilesTest {

    @ParameterizedTest
    @EnumSource(FxmlView.class)
    void theFileIsThere(FxmlView view) {
        assertNotNull(view.url());
    }
}
