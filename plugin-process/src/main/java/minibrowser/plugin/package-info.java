/**
 * The plugin process: it runs embedded content for {@code <embed type="...">}
 * (the plugins themselves are in {@code minibrowser.plugin.plugins}) and rasters
 * each instance into its own shared-memory surface, which the gpu process
 * composites into the page at the embed's place. It never sees the page's DOM.
 * {@link minibrowser.plugin.PluginMain} is its entry point.
 */
package minibrowser.plugin;
