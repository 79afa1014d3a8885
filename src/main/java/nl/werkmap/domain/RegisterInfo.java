package nl.werkmap.domain;

import java.time.LocalDate;

/**
 * The candidate's entry in UWV's doelgroepregister, as far as the coach knows it.
 *
 * @param status whether the candidate is listed; null only while a form is being filled in
 */
public record RegisterInfo(RegisterStatus status, Grondslag grondslag, LocalDate start, LocalDate end) {
    public static final RegisterInfo UNKNOWN = new RegisterInfo(RegisterStatus.ONBEKEND, null, null, null);
}
