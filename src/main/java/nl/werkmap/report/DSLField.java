package nl.werkmap.report;

import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Names of computed columns, shared between a query and the code that reads its result. */
final class DSLField {

    private DSLField() {
    }

    static Field<String> named(String name) {
        return DSL.field(DSL.name(name), SQLDataType.VARCHAR);
    }
}
