package minibrowser.plugin.plugins;

/**
 * One bar of a bar chart.
 *
 * @param label what the bar stands for, shown under it
 * @param value its height on the value axis, a finite number (may be negative)
 */
record ChartBar(String label, double value) {
}
