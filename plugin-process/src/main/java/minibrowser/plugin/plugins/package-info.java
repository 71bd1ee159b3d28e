/**
 * The plugins themselves: what runs for an {@code <embed type="...">}, each
 * drawing its own state into a surface of pixels.
 *
 * <p>{@link minibrowser.plugin.plugins.PluginRegistry} maps a MIME type to a
 * plugin and creates {@link minibrowser.plugin.plugins.PluginInstance}s; the plugin
 * process's paint thread asks an instance to paint into the shared-memory surface
 * and presents it to the gpu. The plugins shipped:
 * <ul>
 *   <li>{@code application/x-minibrowser-chart}: a bar chart of the embed's data
 *       ({@link minibrowser.plugin.plugins.BarChartPlugin});</li>
 *   <li>{@code application/x-minibrowser-clock}: an analog clock showing the local
 *       time ({@link minibrowser.plugin.plugins.ClockPlugin}).</li>
 * </ul>
 *
 * <p>Plugins parse what the page gives them (its data and parameters), so they
 * bound it and never throw on bad input: they draw a message instead. Pure: no
 * threads, no gRPC, no I/O; Java2D draws into memory.
 */
package minibrowser.plugin.plugins;
