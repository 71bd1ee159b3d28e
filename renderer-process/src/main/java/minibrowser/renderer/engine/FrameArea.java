package minibrowser.renderer.engine;

/**
 * The place of an {@code <iframe>}: a second document, drawn into this rectangle as a
 * picture of its first screen. The renderer fetches it through the browser, lays it out
 * at this size and hands its pixels back like an image's, under {@code src}.
 *
 * @param rect where its content goes, in page coordinates (inside the border)
 * @param src  the absolute URL of its document
 */
public record FrameArea(Rect rect, String src) {}
