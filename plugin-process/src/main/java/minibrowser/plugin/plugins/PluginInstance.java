package minibrowser.plugin.plugins;

/**
 * One running embed: draws its current state into a surface of pixels whenever
 * asked. The plugin process's paint thread calls it, at first and then every
 * {@link #repaintIntervalMillis()} if that is not 0.
 *
 * <p>An instance is used by one thread at a time.
 */
public interface PluginInstance {

    /**
     * Draws the current state into argb (width*height, row-major, opaque 0xFFRRGGBB).
     * Nothing is drawn when width or height is not positive.
     *
     * @throws IllegalArgumentException if {@code argb} holds fewer than width*height pixels
     */
    void paint(int[] argb, int width, int height);

    /** Milliseconds until it wants to paint again, or 0 if it never changes. */
    long repaintIntervalMillis();
}
