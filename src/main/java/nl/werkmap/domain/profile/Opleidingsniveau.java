package nl.werkmap.domain.profile;

/**
 * The highest education completed, as the Kandidatenverkenner asked for it. {@code niveau} follows the Dutch
 * qualifications framework (NLQF) roughly, so a requirement "at least MBO 2" can be compared: praktijkonderwijs and
 * VSO count as entry level, like MBO 1, because their certificates lead there.
 */
public enum Opleidingsniveau {
    GEEN(0),
    BASISONDERWIJS(0),
    PRAKTIJKONDERWIJS(1),
    VSO(1),
    MBO_1(1),
    VMBO(2),
    MBO_2(2),
    MBO_3(3),
    MBO_4(4),
    HAVO(4),
    VWO(4),
    HBO(6),
    WO(7);

    private final int niveau;

    Opleidingsniveau(int niveau) {
        this.niveau = niveau;
    }

    public int niveau() {
        return niveau;
    }

    /** True if this level meets a requirement of {@code required} (null: no requirement). */
    public boolean meets(Opleidingsniveau required) {
        return required == null || niveau >= required.niveau;
    }
}
