package nl.werkmap.domain;

/**
 * The 13 domains of the Zelfredzaamheid-Matrix (ZRM 2017), in the matrix's own order. Health, addiction and
 * justice are special categories of personal data (AVG): they are sealed, never shown by default and never leave in
 * exports.
 */
public enum ZrmDomain {
    GELDZAKEN(false),
    WERK_OPLEIDING(false),
    TIJDSBESTEDING(false),
    RELATIES_THUIS(false),
    WONING(false),
    GEESTELIJKE_GEZONDHEID(true),
    LICHAMELIJKE_GEZONDHEID(true),
    VERSLAVING(true),
    ZELFZORG(false),
    DAGELIJKSE_ACTIVITEITEN(false),
    SOCIAAL_NETWERK(false),
    INZET_MAATSCHAPPIJ(false),
    JUSTITIE(true);

    private final boolean sensitive;

    ZrmDomain(boolean sensitive) {
        this.sensitive = sensitive;
    }

    /** True for special-category domains (health, addiction, justice). */
    public boolean sensitive() {
        return sensitive;
    }
}
