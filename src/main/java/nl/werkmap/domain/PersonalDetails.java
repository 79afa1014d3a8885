package nl.werkmap.domain;

import java.time.LocalDate;

/**
 * Who the candidate is and how to reach them. Everything here identifies a person and is sealed at rest.
 *
 * @param bsn          burgerservicenummer, 9 digits, only with a legal basis; never shown by default
 * @param municipality the municipality responsible for the candidate (kept plain for team figures)
 */
public record PersonalDetails(
        String fullName,
        String preferredName,
        String bsn,
        LocalDate birthDate,
        String phone,
        String email,
        Address address,
        String municipality) {

    public PersonalDetails {
        address = address == null ? Address.EMPTY : address;
    }

    public static PersonalDetails named(String fullName) {
        return new PersonalDetails(fullName, null, null, null, null, null, Address.EMPTY, null);
    }
}
