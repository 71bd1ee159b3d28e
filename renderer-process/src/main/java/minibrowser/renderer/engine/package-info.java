/**
 * The rendering engine of a renderer process: pure stages from HTML text to a display
 * list, and from a display list to pixels or terminal cells.
 *
 * <pre>
 *   html ──jsoup──▶ DOM ──style──▶ StyledNode tree ──layout──▶ box tree ──paint──▶ DisplayList ──raster──▶ pixels / cells
 *                        (.style)                    (.layout)              (.paint)                (.raster)
 * </pre>
 *
 * <p>{@link minibrowser.renderer.engine.Engine} is the facade the renderer's main thread
 * calls: one {@code render} gives a {@link minibrowser.renderer.engine.Page} (title,
 * display list, link and embed areas, image URLs to fetch). The rasterizers in
 * {@code .raster} run on raster threads and see only the display list.
 *
 * <p>The engine is plain computation: no threads, no gRPC, no files, sockets or URLs of
 * its own (subresources come through {@link minibrowser.renderer.engine.ResourceLoader},
 * which the browser serves), no static mutable state, so several engines can live in
 * one JVM.
 *
 * <p>Non-goals: JavaScript, animations and transitions, flex and grid layout, positioned
 * layout, vertical writing and bidi, web fonts, SVG, forms that work, frames.
 */
package minibrowser.renderer.engine;
