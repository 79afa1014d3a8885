package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.ContactPerson;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/** The employer table: an organisation is not a person, so only its contact person is sealed. */
public final class EmployerMapping {

    public static final EntityTable<Employer> TABLE = new EntityTable<>(Tables.EMPLOYER, Employer::id, List.of(
            plain("name", Employer::name),
            plain("kvk_number", Employer::kvkNumber),
            plain("sector", Employer::sector),
            plain("branche", Employer::branche),
            plain("street_address", e -> e.address().street()),
            plain("postcode", e -> e.address().postcode()),
            plain("city", e -> e.address().city()),
            sealed("contact_name", e -> e.mainContact().name()),
            sealed("contact_phone", e -> e.mainContact().phone()),
            sealed("contact_email", e -> e.mainContact().email()),
            plain("sbi_section", Employer::sbiSection)),
            r -> new Employer(r.id(), r.text("name"), r.text("kvk_number"),
                    r.enumValue("sector", EmployerSector.class), r.text("branche"),
                    new Address(r.text("street_address"), r.text("postcode"), r.text("city")),
                    new ContactPerson(r.opened("contact_name"), r.opened("contact_phone"),
                            r.opened("contact_email")), r.text("sbi_section")));

    private EmployerMapping() {
    }
}
