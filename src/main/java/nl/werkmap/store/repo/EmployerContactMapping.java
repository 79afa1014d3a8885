package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/** The employer_contact table (buddy, leidinggevende, HR): people, so names, reachability and notes are sealed. */
public final class EmployerContactMapping {

    public static final EntityTable<EmployerContact> TABLE = new EntityTable<>(Tables.EMPLOYER_CONTACT,
            EmployerContact::id, List.of(
                    plain("placement_id", EmployerContact::placementId),
                    sealed("name", EmployerContact::name),
                    plain("role", EmployerContact::role),
                    sealed("phone", EmployerContact::phone),
                    sealed("email", EmployerContact::email),
                    sealed("availability", EmployerContact::availability),
                    sealed("notes", EmployerContact::notes),
                    plain("last_contact", EmployerContact::lastContact)),
            r -> new EmployerContact(r.id(), r.uuid("placement_id"), r.opened("name"),
                    r.enumValue("role", ContactRole.class), r.opened("phone"), r.opened("email"),
                    r.opened("availability"), r.opened("notes"), r.date("last_contact")));

    private EmployerContactMapping() {
    }
}
