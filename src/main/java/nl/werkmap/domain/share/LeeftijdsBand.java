package nl.werkmap.domain.share;

import java.time.LocalDate;
import java.time.Period;

/**
 * The age band the anonymous view shows instead of a birth date: wide enough that, with a region, it points at no
 * one person, narrow enough that an employer sees a school leaver from someone with years of work behind them.
 */
public final class LeeftijdsBand {

    private static final int[][] BANDS = {{15, 17}, {18, 22}, {23, 27}, {28, 35}, {36, 45}, {46, 55}, {56, 67}};

    private LeeftijdsBand() {
    }

    /** "23-27 jaar"; null when the birth date is unknown. */
    public static String van(LocalDate birthDate, LocalDate today) {
        if (birthDate == null || birthDate.isAfter(today)) {
            return null;
        }
        int age = Period.between(birthDate, today).getYears();
        if (age < BANDS[0][0]) {
            return "jonger dan " + BANDS[0][0] + " jaar";
        }
        for (int[] band : BANDS) {
            if (age <= band[1]) {
                return band[0] + "-" + band[1] + " jaar";
            }
        }
        return "ouder dan " + BANDS[BANDS.length - 1][1] + " jaar";
    }
}
