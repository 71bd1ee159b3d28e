package minibrowser.plugin.plugins;

import java.util.List;

/**
 * What a bar chart shows: a title and at least one bar.
 *
 * @param title the title, empty for none
 * @param bars the bars, left to right, never empty
 * @param omittedBars how many more bars the data had beyond {@link ChartDataParser#MAX_BARS}
 */
record ChartData(String title, List<ChartBar> bars, int omittedBars) {

    ChartData {
        bars = List.copyOf(bars);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one bar");
        }
    }

    /** The smallest value, or 0 if all are positive: bars grow from zero. */
    double lowest() {
        return Math.min(0, bars.stream().mapToDouble(ChartBar::value).min().orElse(0));
    }

    /** The largest value, or 0 if all are negative. */
    double highest() {
        return Math.max(0, bars.stream().mapToDouble(ChartBar::value).max().orElse(0));
    }
}
