package minibrowser.plugin.plugins;

import java.util.Map;

/**
 * {@value #MIME_TYPE}: a bar chart of the embed's data.
 *
 * <pre>{@code
 * <embed type="application/x-minibrowser-chart" src="sales.csv" title="Sales">
 * <embed type="application/x-minibrowser-chart" values="3,5,2" labels="a,b,c">
 * }</pre>
 *
 * <p>The data is read once, when the instance is created ({@link ChartDataParser}
 * says how); data that cannot be read is shown as a "no data" message saying why.
 * The chart never changes, so it paints once.
 */
public final class BarChartPlugin implements PluginInstance {

    /** The MIME type of an embed that shows a bar chart. */
    public static final String MIME_TYPE = "application/x-minibrowser-chart";

    private final ChartData chartOrNull;
    private final String problemOrNull;

    private BarChartPlugin(ChartData chartOrNull, String problemOrNull) {
        this.chartOrNull = chartOrNull;
        this.problemOrNull = problemOrNull;
    }

    /**
     * A chart of the embed's data. Never throws on bad data.
     *
     * @param data the embed's {@code src} as CSV, or empty to use the {@code values} parameter
     * @param params {@code values}, {@code labels}, {@code title}
     */
    public static BarChartPlugin create(byte[] data, Map<String, String> params) {
        try {
            return new BarChartPlugin(ChartDataParser.parse(data, params), null);
        } catch (BadChartDataException bad) {
            return new BarChartPlugin(null, bad.getMessage());
        }
    }

    /** True when the data could be read and there is a chart to show. */
    public boolean hasChart() {
        return chartOrNull != null;
    }

    @Override
    public void paint(int[] argb, int width, int height) {
        PluginCanvas.draw(argb, width, height, g -> {
            if (chartOrNull != null) {
                BarChartPainter.paint(g, width, height, chartOrNull);
            } else {
                MessagePainter.paint(g, width, height, "no data", "chart: " + problemOrNull);
            }
        });
    }

    /** 0: a chart does not change. */
    @Override
    public long repaintIntervalMillis() {
        return 0;
    }
}
