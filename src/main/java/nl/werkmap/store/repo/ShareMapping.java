package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import nl.werkmap.domain.share.DelingVorm;
import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.domain.share.ProfielVeld;
import nl.werkmap.domain.share.ToestemmingWijze;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/**
 * The profile_share table (V36): the contact person's name and the purpose are sealed (people and reasons in the
 * coach's words); form, employer, fields and the consent's dates stay plain, so an inzage or an audit can list
 * what went where without opening anything.
 */
public final class ShareMapping {

    public static final EntityTable<ProfielDeling> TABLE = new EntityTable<>(Tables.PROFILE_SHARE,
            ProfielDeling::id, List.of(
                    plain("candidate_id", ProfielDeling::candidateId),
                    plain("form", ProfielDeling::vorm),
                    plain("employer_id", ProfielDeling::employerId),
                    sealed("contact_name", ProfielDeling::contactName),
                    sealed("purpose", ProfielDeling::doel),
                    plain("fields", d -> d.velden().stream().sorted().toList()),
                    plain("shared_on", ProfielDeling::gedeeldOp),
                    plain("consent_how", ProfielDeling::toestemming),
                    plain("consent_on", ProfielDeling::toestemmingOp),
                    plain("expires_on", ProfielDeling::verlooptOp),
                    plain("revoked_on", ProfielDeling::ingetrokkenOp)),
            r -> new ProfielDeling(r.id(), r.uuid("candidate_id"), r.enumValue("form", DelingVorm.class),
                    r.uuid("employer_id"), r.opened("contact_name"), r.opened("purpose"),
                    r.enumSet("fields", ProfielVeld.class), r.date("shared_on"),
                    r.enumValue("consent_how", ToestemmingWijze.class), r.date("consent_on"), r.date("expires_on"),
                    r.date("revoked_on")));

    private ShareMapping() {
    }
}
