package nl.werkmap.ui.employer;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import nl.werkmap.domain.codes.SbiSection;
import nl.werkmap.domain.codes.SbiSections;
import nl.werkmap.ui.common.Messages;

/**
 * A choice of SBI 2008 section by letter ("I Horeca"), with an empty first entry for "not known". Used for the
 * employer's section and a baankans's own section; the list shipped with Werkmap is all it offers, so nothing else
 * can be stored.
 */
public final class SbiChoice {

    private SbiChoice() {
    }

    public static void fill(ComboBox<String> box, Messages messages) {
        var letters = FXCollections.<String>observableArrayList();
        letters.add(null);
        SbiSections.sbi2008().all().forEach(s -> letters.add(s.letter()));
        box.setItems(letters);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String letter) {
                return letter == null ? messages.text("employer.sbi.none")
                        : SbiSections.sbi2008().find(letter).map(SbiSection::display).orElse(letter);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
    }
}
