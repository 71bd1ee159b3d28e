/**
 * The gpu process: it composites the frames renderers and the plugin process put
 * in shared memory, together with the browser UI, and presents the result (to the
 * terminal, or to a PNG for screenshots). It decides nothing about what a page
 * looks like. {@link minibrowser.gpu.GpuMain} is its entry point.
 *
 * <pre>
 *  renderer compositor ─SubmitCompositorFrame─┐
 *  plugin process ──────SubmitPluginSurface───┼─▶ gpu-grpc-N ─posts─▶ gpu-display ─▶ /dev/tty
 *  browser ─────────────UpdateBrowserUi───────┘                      (SurfaceManager)  or PNG
 * </pre>
 */
package minibrowser.gpu;
