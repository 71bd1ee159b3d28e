/**
 * Stage 4 of the pipeline: paint. Walks the laid-out box tree and records what to draw
 * as a {@link minibrowser.renderer.engine.paint.DisplayList}: plain data
 * ({@link minibrowser.renderer.engine.paint.FillRect},
 * {@link minibrowser.renderer.engine.paint.StrokeBorder},
 * {@link minibrowser.renderer.engine.paint.DrawText},
 * {@link minibrowser.renderer.engine.paint.DrawImage},
 * {@link minibrowser.renderer.engine.paint.EmbedPlaceholder}, and clips:
 * {@link minibrowser.renderer.engine.paint.PushClip} / {@link minibrowser.renderer.engine.paint.PopClip}
 * around the content of {@code overflow: hidden} boxes) in back-to-front order (CSS 2.1
 * Appendix E, simplified: each block's background and border, then its content;
 * positioned boxes after the normal flow). The list can cross threads: the raster stage sees nothing else.
 *
 * <p>Non-goals: stacking contexts and z-index (positioned boxes paint in tree order), opacity, transforms, box shadows,
 * rounded corners, gradients and background images, border styles other than solid.
 */
package minibrowser.renderer.engine.paint;
