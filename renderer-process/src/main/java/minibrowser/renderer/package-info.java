/**
 * The renderer process: one page, one tab. {@link minibrowser.renderer.RendererMain}
 * is its entry point; the threads are
 * <pre>
 *   renderer-grpc-N  ──posts──▶ renderer-main ──CommitData──▶ renderer-compositor ──▶ gpu (FrameSink)
 *   (Renderer calls)            parse, scripts,               scroll, frames,       ▲
 *                               style, layout,                layer animations      │
 *                               paint              renderer-raster-N ◀─tiles─┘      │
 *                                     │            renderer-worker (images) ─posts──┘
 *          renderer-worker-N ◀─copied messages─▶ renderer-main      (web workers: JavaScript, no DOM)
 *          renderer-timers, renderer-frame-clock ──post only──▶ main, compositor, workers
 * </pre>
 * A page's JavaScript runs on renderer-main in {@code minibrowser.renderer.script}.
 * This package holds the threads' owners and the renderer's side of the contracts:
 * {@link minibrowser.renderer.MainThread}, {@link minibrowser.renderer.ImageWorker},
 * {@link minibrowser.renderer.RendererService} and {@link minibrowser.renderer.BrowserLink}.
 * The compositor thread and the raster threads, with the tiles and the frame slots they
 * own, are in {@code minibrowser.renderer.compositor}; the page engine itself (pure
 * stages, no threads, no IPC) in {@code minibrowser.renderer.engine}. Renderer code opens
 * no socket, file or URL of its own: everything the page needs comes from the browser
 * through {@link minibrowser.renderer.BrowserLink}, whose calls never wait: each answer is
 * posted back to the queue of the thread that asked.
 */
package minibrowser.renderer;
