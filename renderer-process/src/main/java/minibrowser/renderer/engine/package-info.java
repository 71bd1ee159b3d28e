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
 * <p>Text is measured and drawn with fonts that come with the engine (see
 * {@link minibrowser.renderer.engine.FontFaces}, Liberation and Nanum Gothic under the SIL
 * Open Font License), with fallback glyph by glyph ({@link minibrowser.renderer.engine.FontChain})
 * to the machine's fonts only for scripts the bundled faces lack, so a page gives the same
 * pixels on every machine. The bytes of a document are decoded by
 * {@link minibrowser.renderer.engine.DocumentEncoding} (BOM, HTTP charset, meta, windows-1252).
 *
 * <p>CSS animations and transitions: {@link minibrowser.renderer.engine.animation}.
 *
 * <p>The engine itself runs no script: a page's JavaScript runs beside it on the main
 * thread ({@link minibrowser.renderer.script}), changes the same jsoup DOM, and asks for
 * a render again. Form controls are drawn from their attributes, which scripts and
 * typing change.
 *
 * <p>Non-goals: grid layout, vertical writing
 * and bidi, web fonts, SVG, frames,
 * z-index, scrolling of inner boxes. See each stage's package for its own list.
 */
package minibrowser.renderer.engine;
