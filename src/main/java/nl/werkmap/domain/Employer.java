package nl.werkmap.domain;

import java.util.UUID;

/**
 * An organisation where candidates are placed. Name and address stay plain (an organisation is not a person).
 *
 * @param kvkNumber Kamer van Koophandel number, 8 digits, null while unknown
 * @param sector    market or government, for the banenafspraak split
 * @param branche   the line of business, free text
 * @param sbiSection the SBI 2008 section (A-U) of the line of business, null while unknown; matching uses it for
 *                   the sector of a baankans that names none
 */
public record Employer(
        UUID id,
        String name,
        String kvkNumber,
        EmployerSector sector,
        String branche,
        Address address,
        ContactPerson mainContact,
        String sbiSection) {

    /** An employer whose SBI section is not known (yet). */
    public Employer(UUID id, String name, String kvkNumber, EmployerSector sector, String branche, Address address,
                    ContactPerson mainContact) {
        this(id, name, kvkNumber, sector, branche, address, mainContact, null);
    }

    public Employer {
        Require.nonNull(id, "id");
        address = address == null ? Address.EMPTY : address;
        mainContact = mainContact == null ? ContactPerson.NONE : mainContact;
    }
}
