/**
 * The renderer's compositor: what happens to a page after main has laid it out and
 * painted it. It owns the committed page ({@link minibrowser.renderer.compositor.CommitData}),
 * the scroll offset and the viewport, cuts the display list into tiles, has them
 * rastered, puts each frame together in shared memory and names it to the gpu process.
 * Scrolling, the links on screen and find in page are answered here, from the committed
 * page, so they keep working while main is busy or hung.
 *
 * <pre>
 *   renderer-main ──CommitData──▶ renderer-compositor ──SubmitCompositorFrame──▶ gpu process
 *   (layout, paint)               Compositor              (slot S of buffer B)     (gpu-display)
 *                                  │ TileCache: which tiles changed      ▲
 *                                  │ FrameSlots: a slot the gpu is not   │ frame written in place,
 *                                  ▼   reading (or skip the frame)       │ no copy
 *                                renderer-raster-1, -2 ──tiles──▶ CellTiles / PixelTiles ─┘
 *                                (RasterPool)
 * </pre>
 *
 * <p>Threads: every method of {@link minibrowser.renderer.compositor.Compositor} posts to
 * {@code renderer-compositor}, the one thread that owns its state, and of the tiles and the
 * frame slots; it is made by the renderer and shared by the tabs it draws.
 * {@link minibrowser.renderer.compositor.RasterPool} owns {@code renderer-raster-1} and
 * {@code -2}, which raster tiles in parallel and touch nothing but the tile they make. The
 * compositor never waits on the gpu for longer than
 * {@code FrameSlots.GPU_ANSWER_LIMIT}: a hung gpu costs frames, not the thread.
 *
 * <p>Compositor animations are run here: a page's layers
 * ({@link minibrowser.renderer.engine.animation.CompositedLayer}, elements whose animation
 * changes only transform and opacity) are rastered into tiles of their own and drawn over
 * the page's tiles at their animated place by {@link minibrowser.renderer.compositor.LayerCompositor},
 * at each tick of the compositor's {@link minibrowser.renderer.compositor.FrameTicker} on
 * {@code renderer-frame-clock}, which runs only while a layer animates. Main takes no part,
 * so they keep moving while it spins.
 *
 * <p>What it needs of the browser (shared memory, "the load finished") it asks through
 * {@link minibrowser.renderer.compositor.CompositorHost}; the pixels themselves come from
 * the engine's rasterizers ({@code minibrowser.renderer.engine.raster}).
 */
package minibrowser.renderer.compositor;
