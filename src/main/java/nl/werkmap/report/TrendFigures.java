package nl.werkmap.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Month by month, how many candidates were in begeleiding and how many of them had a job that counts for the
 * banenafspraak, each on the last day of the month (the running month: on the reference date). Raw counts: like
 * {@link TeamSummary}, every way out passes them through {@link nl.werkmap.report.table.SmallCellPolicy} first.
 */
public record TrendFigures(List<YearMonth> months, List<LocalDate> standOn, long[] inBegeleiding, long[] metBaan) {

    public TrendFigures {
        months = List.copyOf(months);
        standOn = List.copyOf(standOn);
        if (standOn.size() != months.size() || inBegeleiding.length != months.size()
                || metBaan.length != months.size()) {
            throw new IllegalArgumentException("one value per month expected");
        }
        inBegeleiding = inBegeleiding.clone();
        metBaan = metBaan.clone();
    }

    @Override
    public long[] inBegeleiding() {
        return inBegeleiding.clone();
    }

    @Override
    public long[] metBaan() {
        return metBaan.clone();
    }
}
