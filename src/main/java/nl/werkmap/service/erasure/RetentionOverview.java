package nl.werkmap.service.erasure;

import java.util.List;

/**
 * The retention overview: the files that are due ({@code due}, oldest date first), those due within
 * {@value #SOON_DAYS} days ({@code soon}), and how many ended trajectories are still within their period.
 */
public record RetentionOverview(List<RetentionItem> due, List<RetentionItem> soon, int keptLonger) {

    public static final int SOON_DAYS = 90;
}
