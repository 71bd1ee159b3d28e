package minibrowser.renderer.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.LongSupplier;
import minibrowser.renderer.engine.animation.DocumentAnimations;
import minibrowser.renderer.engine.style.Cascade;
import minibrowser.renderer.engine.style.StyleComputer;
import minibrowser.renderer.engine.style.StyleSheet;
import minibrowser.renderer.engine.style.StyleTreeBuilder;
import minibrowser.renderer.engine.style.StyledElement;
import org.jsoup.nodes.Document;

/**
 * The rendering engine's facade: HTML in, a {@link Page} out. One {@code render} runs
 * the {@link Stages} in turn on the calling thread:
 *
 * <ol>
 *   <li>parse the HTML into a DOM ({@link Stages#parse});</li>
 *   <li>gather the style sheets: user-agent, quirks, {@code <style>} and linked sheets,
 *       fetched through the {@link ResourceLoader} ({@link Stages#styleSheets});
 *       {@link #styleSheetUrls} names them beforehand, so a caller can fetch them all at
 *       once and render from what it fetched);</li>
 *   <li>style: compute every element's style ({@link Stages#style});</li>
 *   <li>layout: build boxes and give them positions ({@link Stages#layout});</li>
 *   <li>paint: record the display list ({@link Stages#paint}), and collect links, embeds
 *       and images ({@link Stages#areas}), all of it one {@link Page} ({@link Stages#page}).</li>
 * </ol>
 *
 * <p>An engine keeps no state between renders except the parsed user-agent sheet and,
 * for a document rendered as a parsed {@link Document} ({@link #render(Document, String, int, int, ResourceLoader, Map)}),
 * that document's animations and transitions ({@link DocumentAnimations}, dropped with
 * the document), so it may be reused for every document of a tab. Rendered again, the
 * same {@code Document} object keeps its animations' start times and starts transitions
 * for the values that changed. Not thread-safe: use it from one thread (the renderer main thread).
 */
public final class Engine {
    private final Stages stages;
    /** The renderer's monotonic clock, in nanoseconds (the compositor samples layer animations on the same clock). */
    private final LongSupplier clock;
    /** Each document's animations, held no longer than the document itself. */
    private final Map<Document, DocumentAnimations> animations = new WeakHashMap<>();

    /** An engine laying out for {@code device}, timing animations by {@link System#nanoTime}. */
    public Engine(Device device) {
        this(device, System::nanoTime);
    }

    /** An engine laying out for {@code device}, timing animations by {@code nanoClock} (tests give a fixed one). */
    public Engine(Device device, LongSupplier nanoClock) {
        this.stages = new Stages(device);
        this.clock = nanoClock;
    }

    /**
     * Parses a document as {@link #render} would (its first stage), for a caller that keeps
     * the DOM between renders (a page whose animations and scripts change it).
     */
    public Document parse(String html, String baseUrl) {
        return stages.parse(html, baseUrl);
    }

    /**
     * Styles, lays out and paints an already-parsed document, as it is now. Its animations
     * run on from the previous render of the same object: main renders it again at each
     * animation frame while {@link Page#mainThreadAnimating()}, and a transitioned
     * property whose value changed since the previous render starts a transition.
     *
     * @param naturalImageSizes {width, height} by absolute image URL; {0, 0} for a broken image
     */
    public Page render(Document document, String baseUrl, int viewportWidth, int viewportHeight, ResourceLoader loader,
                       Map<String, int[]> naturalImageSizes) {
        try {
            return renderDocument(document, viewportWidth, viewportHeight, loader,
                    naturalImageSizes == null ? Map.of() : naturalImageSizes);
        } catch (RuntimeException | StackOverflowError e) {
            String message = "minibrowser could not render this page (" + e.getClass().getSimpleName() + ").";
            return renderStages("<title>Rendering failed</title><p>" + org.jsoup.nodes.Entities.escape(message),
                    "", viewportWidth, viewportHeight, ResourceLoader.none(), Map.of());
        }
    }

    /**
     * Parses, styles, lays out and paints one document. Never throws on bad input: any
     * HTML (or binary garbage) gives a page.
     *
     * @param html           the document text
     * @param baseUrl        the document's URL, against which relative URLs resolve
     * @param viewportWidth  viewport width in CSS px (the width lines wrap at)
     * @param viewportHeight viewport height in CSS px (for vh units and the canvas)
     * @param loader         fetches linked style sheets through the browser
     */
    public Page render(String html, String baseUrl, int viewportWidth, int viewportHeight, ResourceLoader loader) {
        return render(html, baseUrl, viewportWidth, viewportHeight, loader, Map.of());
    }

    /**
     * Renders a document as it came over the network: its bytes are decoded with the
     * encoding {@link DocumentEncoding} finds (byte order mark, then the charset of
     * {@code contentTypeHeader}, then {@code <meta charset>}, else windows-1252).
     *
     * @param body              the document's bytes
     * @param contentTypeHeader the HTTP {@code Content-Type} header, or null
     * @param naturalImageSizes {width, height} by absolute image URL (may be empty); {0, 0}
     *                          for an image that could not be fetched or decoded, which is
     *                          then drawn as broken (its alt text, as Chromium does)
     */
    public Page render(byte[] body, String contentTypeHeader, String baseUrl, int viewportWidth, int viewportHeight,
                       ResourceLoader loader, Map<String, int[]> naturalImageSizes) {
        return render(DocumentEncoding.decode(body, contentTypeHeader), baseUrl, viewportWidth, viewportHeight,
                loader, naturalImageSizes);
    }

    /**
     * Like {@link #render(String, String, int, int, ResourceLoader)}, laying out images
     * whose natural sizes are already known (after decoding) at those sizes, and images
     * known to be broken as their alternative text.
     *
     * @param naturalImageSizes {width, height} by absolute image URL; {0, 0} for a broken image
     */
    public Page render(String html, String baseUrl, int viewportWidth, int viewportHeight, ResourceLoader loader,
                       Map<String, int[]> naturalImageSizes) {
        try {
            return renderStages(html, baseUrl, viewportWidth, viewportHeight, loader,
                    naturalImageSizes == null ? Map.of() : naturalImageSizes);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in the engine must not take the renderer down with it: show what happened instead.
            String message = "minibrowser could not render this page (" + e.getClass().getSimpleName() + ").";
            return renderStages("<title>Rendering failed</title><p>" + org.jsoup.nodes.Entities.escape(message),
                    "", viewportWidth, viewportHeight, ResourceLoader.none(), Map.of());
        }
    }

    private Page renderStages(String html, String baseUrl, int viewportWidth, int viewportHeight, ResourceLoader loader,
                              Map<String, int[]> naturalImageSizes) {
        Document document = stages.parse(html, baseUrl);                                // 1. parse
        return renderDocument(document, viewportWidth, viewportHeight, loader, naturalImageSizes);
    }

    private Page renderDocument(Document document, int viewportWidth, int viewportHeight, ResourceLoader loader,
                                Map<String, int[]> naturalImageSizes) {
        Stages.Viewport viewport = Stages.Viewport.of(viewportWidth, viewportHeight);
        DocumentAnimations running = animations.computeIfAbsent(document, d -> new DocumentAnimations());
        List<StyleSheet> sheets = stages.styleSheets(document, viewport, loader);       // 2. style sheets
        StyledElement styled = stages.style(document, sheets, viewport,                 // 3. style, animated
                running, clock.getAsLong());
        Stages.Layout layout = stages.layout(styled, viewport, naturalImageSizes);      // 4. layout
        Stages.Painted painted = stages.paintLayers(layout, viewport);                  // 5. paint, layers apart,
        PageAreas areas = stages.areas(layout);                                         //    and what the browser needs
        return stages.page(document, layout, painted, areas, running.mainThreadAnimating());
    }

    /**
     * A forced layout: the document as it is now, for the questions a script asks of it
     * (no paint, no animation step): styles are computed per element as asked, the whole
     * document laid out at this viewport the first time a box is asked for. Never throws:
     * a document the engine cannot style or lay out answers as an empty one.
     */
    public LayoutQuery layoutNow(Document document, int viewportWidth, int viewportHeight, ResourceLoader loader,
                                 Map<String, int[]> naturalImageSizes) {
        try {
            Stages.Viewport viewport = Stages.Viewport.of(viewportWidth, viewportHeight);
            List<StyleSheet> sheets = stages.styleSheets(document, viewport, loader);
            StyleTreeBuilder styler = new StyleTreeBuilder(new Cascade(sheets),
                    new StyleComputer(viewport.width(), viewport.height()));
            Map<String, int[]> sizes = naturalImageSizes == null ? Map.of() : naturalImageSizes;
            return new LayoutQuery(styler, () -> {
                try {
                    return stages.layout(stages.style(document, sheets, viewport), viewport, sizes);
                } catch (RuntimeException | StackOverflowError e) {
                    return null;
                }
            }, viewport.width(), viewport.height());
        } catch (RuntimeException | StackOverflowError e) {
            return LayoutQuery.empty(viewportWidth, viewportHeight);
        }
    }

    /**
     * The external style sheets {@link #render} fetches for this document at this viewport
     * ({@code <link rel=stylesheet>} and {@code @import}, in the order it fetches them and
     * within its limits: {@link EngineLimits#MAX_STYLESHEETS}, imports four deep), as far
     * as the sheets in hand tell: a sheet's {@code @import}s are known only once
     * {@code fetched} serves it. A caller that fetches them itself, all at once (the
     * renderer, through the browser), asks, fetches those it lacks, and asks again once
     * they are in, until it lacks none; {@code render} with the same loader then asks for
     * nothing else. The list is the one {@code render} makes, because it is the same code
     * ({@link Stages#styleSheets}).
     *
     * <p>A page of more than {@code MAX_STYLESHEETS} sheets may so get one fetched that the
     * render then leaves out: an {@code @import} found in a later round comes before it
     * and takes its place under the limit.
     *
     * @param fetched serves the sheets fetched so far; empty for one not fetched yet (or failed)
     * @return each URL once, in the order {@code render} first asks for it
     */
    public List<String> styleSheetUrls(String html, String baseUrl, int viewportWidth, int viewportHeight,
                                       ResourceLoader fetched) {
        return styleSheetUrls(parse(html, baseUrl), viewportWidth, viewportHeight, fetched);
    }

    /** {@link #styleSheetUrls(String, String, int, int, ResourceLoader)} of a DOM parsed before (and maybe changed by scripts). */
    public List<String> styleSheetUrls(Document document, int viewportWidth, int viewportHeight, ResourceLoader fetched) {
        Set<String> asked = new LinkedHashSet<>();
        ResourceLoader noting = url -> {
            asked.add(url);
            return fetched.fetch(url);
        };
        try {
            stages.styleSheets(document, Stages.Viewport.of(viewportWidth, viewportHeight), noting);
        } catch (RuntimeException | StackOverflowError e) {
            // render shows its failure page for such a document, which links no sheet.
            return List.of();
        }
        return List.copyOf(asked);
    }
}
