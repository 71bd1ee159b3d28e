package minibrowser.renderer;

import minibrowser.renderer.compositor.Compositor;

/**
 * The renderer side of one tab (Chromium's {@code RenderView}): that tab's page on
 * renderer-main, its scroll offset and frames on renderer-compositor, its image
 * loads on renderer-images. A renderer that draws several tabs (the per-site
 * model) holds one view per tab; the views share the renderer's threads, so a
 * hung main thread hangs every tab of that renderer, as in Chromium.
 */
record RenderView(int tab, MainThread main, Compositor compositor, ImageWorker worker) {
    /**
     * The tab left this renderer: its compositor stops sending frames and drops the page,
     * and main drops the document, so answers still on their way for it are not wanted.
     */
    void detach() {
        main.detach();
        compositor.detach();
    }
}
