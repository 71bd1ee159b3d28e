/**
 * Compositing: putting the browser UI, the active tab's frame and the plugin
 * surfaces together into what is shown.
 *
 * <p>Two devices, one idea. {@link minibrowser.gpu.compositor.ScreenCompositor}
 * composes the whole terminal screen as a {@link minibrowser.common.frame.CellGrid}
 * (tab strip, address bar, page, status line); plugin surfaces are pixels, so they
 * are shrunk into half-block cells by {@link minibrowser.gpu.compositor.HalfBlockPainter}.
 * {@link minibrowser.gpu.compositor.PixelCompositor} does the same for a page of
 * pixels (screenshots), and {@link minibrowser.gpu.compositor.CellsToImage} turns a
 * grid of cells into pixels so that a terminal-mode tab can be screenshotted too.
 *
 * <p>Everything here is pure: data in, a grid or an image out. No gRPC, no
 * threads, no shared memory; the gpu process's display thread calls these classes
 * with frames it has already read.
 *
 * <pre>
 *   row 0        | 1:News  2:Mail ~ | 3:Crashed x |     tab strip   ({@link minibrowser.gpu.compositor.TabStrip})
 *   row 1        | https://example.org/█              address bar ({@link minibrowser.gpu.compositor.AddressBar})
 *   rows 2..n-2  | page cells, plugin surfaces         page area   ({@link minibrowser.gpu.compositor.PageArea})
 *   row n-1      | Done                                status line ({@link minibrowser.gpu.compositor.StatusLine})
 * </pre>
 */
package minibrowser.gpu.compositor;
