package nl.werkmap.report;

/**
 * Afspraakbanen: jobs that count for the banenafspraak (dienstverband, detachering, uitzend) of people in the
 * doelgroepregister, in units of 25.5 paid hours a week.
 *
 * @param peildatum       the day the stand is taken: the end of the period, or today if the period is still running
 * @param jobsAtPeildatum counting jobs on the peildatum by placement type (rows) and employer sector (columns)
 * @param hoursAtPeildatum summed hours per week in the same cells, for the banen
 * @param personsAtPeildatum distinct people in a counting job on the peildatum
 * @param notInRegister   people in a job of a counting type who are not in the register on the peildatum: their job
 *                        does not count and is only reported so the team can check the registration
 */
public record BanenFigures(java.time.LocalDate peildatum, CrossTally jobsAtPeildatum, double[][] hoursAtPeildatum,
                           long personsAtPeildatum, Flow started, Flow ended, Retention after6Months,
                           Retention after12Months, long proefplaatsingenEnded, long proefplaatsingenToContract,
                           long notInRegister) {

    /** Counting jobs that started (or ended) in the period. */
    public record Flow(long jobs, long persons, double hoursPerWeek) {
    }

    /**
     * Of the counting jobs that started in the period, how many can be judged yet ({@code measurable}: the 6 or 12
     * months have passed) and how many of those people were in a counting job on that date.
     */
    public record Retention(int months, long started, long measurable, long stillPlaced) {
    }

    public double hoursAtPeildatumTotal() {
        double sum = 0;
        for (double[] row : hoursAtPeildatum) {
            for (double v : row) {
                sum += v;
            }
        }
        return sum;
    }
}
