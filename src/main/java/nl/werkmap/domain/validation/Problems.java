package nl.werkmap.domain.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a validator walks a record; shared by the validators in this package. */
final class Problems {
    private final List<ValidationProblem> list = new ArrayList<>();

    void add(String field, ValidationMessage message) {
        list.add(ValidationProblem.of(field, message));
    }

    void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, ValidationMessage.REQUIRED);
        }
    }

    void require(String field, Object value) {
        if (value == null) {
            add(field, ValidationMessage.REQUIRED);
        }
    }

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    List<ValidationProblem> toList() {
        return List.copyOf(list);
    }
}
