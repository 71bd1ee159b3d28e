/**
 * Stage 5 of the pipeline: raster. Turns a {@link minibrowser.renderer.engine.paint.DisplayList}
 * into what a screen shows: {@link minibrowser.renderer.engine.raster.PixelRaster} fills
 * ARGB pixels with Java2D, {@link minibrowser.renderer.engine.raster.CellRaster} fills a
 * grid of terminal cells (characters with foreground and background colours).
 *
 * <p>Rasterizers see only the display list and the decoded images, never the DOM or the
 * layout tree; they keep no state between calls, so several raster threads can use one
 * rasterizer at once, each filling its own tile.
 *
 * <p>Non-goals: GPU acceleration, subpixel text, colour management, dithering.
 */
package minibrowser.renderer.engine.raster;
