package nl.werkmap.domain;

/** How the candidate came into the doelgroepregister or into the caseload. */
public enum RouteIn {
    UWV_INDICATIE,
    PRAKTIJKROUTE,
    VSO,
    PRO,
    ANDERS
}
