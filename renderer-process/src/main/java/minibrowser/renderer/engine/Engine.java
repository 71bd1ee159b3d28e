package minibrowser.renderer.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import minibrowser.renderer.engine.layout.BlockBox;
import minibrowser.renderer.engine.layout.BlockLayout;
import minibrowser.renderer.engine.layout.BoxTreeBuilder;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.paint.Painter;
import minibrowser.renderer.engine.style.Cascade;
import minibrowser.renderer.engine.style.CssParser;
import minibrowser.renderer.engine.style.StyleComputer;
import minibrowser.renderer.engine.style.StyleSheet;
import minibrowser.renderer.engine.style.StyleTreeBuilder;
import minibrowser.renderer.engine.style.StyledElement;
import minibrowser.renderer.engine.style.UserAgentStyleSheet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The rendering engine's facade: HTML in, a {@link Page} out. One {@code render} runs
 * every stage in turn on the calling thread:
 *
 * <ol>
 *   <li>parse the HTML into a DOM (jsoup, nesting capped at {@link EngineLimits#MAX_DOM_DEPTH}, the text cut
 *       after {@link EngineLimits#MAX_START_TAGS} start tags);</li>
 *   <li>gather style sheets: the user-agent sheet (and the quirks sheet for a document in
 *       quirks mode, {@link QuirksMode}), then {@code <style>} elements and
 *       {@code <link rel=stylesheet>} (fetched through the {@link ResourceLoader}) in
 *       document order ({@link #styleSheetUrls} names them beforehand, so a caller can
 *       fetch them all at once and render from what it fetched);</li>
 *   <li>style: compute every element's style ({@link StyleTreeBuilder});</li>
 *   <li>layout: build boxes and give them positions ({@link BoxTreeBuilder}, {@link BlockLayout});</li>
 *   <li>paint: record the display list ({@link Painter}), and collect links, embeds and images.</li>
 * </ol>
 *
 * <p>An engine keeps no state between renders except the parsed user-agent sheet, so it
 * may be reused for every document of a tab. Not thread-safe: use it from one thread
 * (the renderer main thread).
 */
public final class Engine {


    private final Device device;
    private final StyleSheet userAgentSheet;
    private final StyleSheet quirksSheet;

    /** An engine laying out for {@code device}. */
    public Engine(Device device) {
        this.device = device;
        this.userAgentSheet = UserAgentStyleSheet.load();
        this.quirksSheet = UserAgentStyleSheet.loadQuirks();
    }

    /** The device this engine lays out for. */
    public Device device() {
        return device;
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
        int width = clampViewport(viewportWidth);
        int height = clampViewport(viewportHeight);
        // 1. Parse.
        Document document = parse(html, baseUrl);
        // 2. Style sheets.
        List<StyleSheet> sheets = new ArrayList<>();
        sheets.add(userAgentSheet);
        if (QuirksMode.of(document)) sheets.add(quirksSheet);
        CssParser cssParser = new CssParser(width, height);
        collectAuthorSheets(document, cssParser, loader == null ? ResourceLoader.none() : loader, sheets);
        // 3. Style.
        StyleTreeBuilder styler = new StyleTreeBuilder(new Cascade(sheets), new StyleComputer(width, height));
        StyledElement styled = styler.build(document);
        // 4. Layout.
        BlockBox root = new BoxTreeBuilder(naturalImageSizes).build(styled);
        int contentBottom = new BlockLayout(device, naturalImageSizes).layoutRoot(root, width, height);
        int contentHeight = Math.max(height, contentBottom);
        // 5. Paint, and what the browser needs to know about the page.
        DisplayList displayList = new Painter().paint(root, width, contentHeight);
        PageAreas areas = new PageAreas(root);
        return new Page(title(document), displayList, contentHeight, areas.links, areas.embeds, areas.imageUrls,
                root.treeText());
    }

    /**
     * The external style sheets {@link #render} fetches for this document at this viewport
     * ({@code <link rel=stylesheet>} and {@code @import}, in the order it fetches them and
     * within its limits: {@link EngineLimits#MAX_STYLESHEETS}, imports four deep), as far
     * as the sheets in hand tell: a sheet's {@code @import}s are known only once
     * {@code fetched} serves it. A caller that fetches them itself, all at once (the
     * renderer, through the browser), asks, fetches those it lacks, and asks again once
     * they are in, until it lacks none; {@code render} with the same loader then asks for
     * nothing else. The list is the one {@code render} makes, because it is the same code.
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
        Set<String> asked = new LinkedHashSet<>();
        ResourceLoader noting = url -> {
            asked.add(url);
            return fetched.fetch(url);
        };
        try {
            Document document = parse(html, baseUrl);
            CssParser cssParser = new CssParser(clampViewport(viewportWidth), clampViewport(viewportHeight));
            collectAuthorSheets(document, cssParser, noting, new ArrayList<>());
        } catch (RuntimeException | StackOverflowError e) {
            // render shows its failure page for such a document, which links no sheet.
            return List.of();
        }
        return List.copyOf(asked);
    }

    /** Step 1 of every render: the DOM of a document, within the parser's limits. */
    private static Document parse(String html, String baseUrl) {
        Parser parser = Parser.htmlParser().setMaxDepth(EngineLimits.MAX_DOM_DEPTH);
        return parser.parseInput(MarkupCutter.cut(html == null ? "" : html, EngineLimits.MAX_START_TAGS),
                baseUrl == null ? "" : baseUrl);
    }

    /** A viewport side as the stages take it: at least 1, at most 100,000 CSS px. */
    private static int clampViewport(int side) {
        return Math.max(1, Math.min(side, 100_000));
    }

    private static String title(Document document) {
        Element title = document.selectFirst("title");
        if (title == null) return "";
        String text = title.text().strip();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** {@code <style>} and {@code <link rel=stylesheet>} in document order, with their {@code @import}s first. */
    private void collectAuthorSheets(Document document, CssParser cssParser, ResourceLoader loader, List<StyleSheet> sheets) {
        int[] fetched = {0};
        for (Element e : document.select("style, link[rel~=(?i)stylesheet][href]")) {
            if (e.normalName().equals("style")) {
                if (!cssParser.mediaApplies(e.attr("media"))) continue;
                addSheet(e.data(), document.location(), cssParser, loader, sheets, fetched, 0);
            } else {
                if (!cssParser.mediaApplies(e.attr("media"))) continue;
                String url = e.absUrl("href");
                if (url.isEmpty()) continue;
                fetch(url, loader, fetched).ifPresent(css -> addSheet(css, url, cssParser, loader, sheets, fetched, 0));
            }
        }
    }

    private void addSheet(String css, String sheetUrl, CssParser cssParser, ResourceLoader loader,
                          List<StyleSheet> sheets, int[] fetched, int importDepth) {
        if (css.length() > EngineLimits.MAX_STYLESHEET_CHARS) css = css.substring(0, EngineLimits.MAX_STYLESHEET_CHARS);
        CssParser.Result parsed = cssParser.parseSheet(css);
        if (importDepth < 4) {
            for (String imported : parsed.imports()) {
                String url = resolve(sheetUrl, imported);
                if (url.isEmpty()) continue;
                fetch(url, loader, fetched).ifPresent(text -> addSheet(text, url, cssParser, loader, sheets, fetched, importDepth + 1));
            }
        }
        sheets.add(new StyleSheet(StyleSheet.Origin.AUTHOR, parsed.rules()));
    }

    private static Optional<String> fetch(String url, ResourceLoader loader, int[] fetched) {
        if (fetched[0]++ >= EngineLimits.MAX_STYLESHEETS) return Optional.empty();
        try {
            return loader.fetch(url).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return Optional.empty(); // a failing loader costs the page its sheet, not the render
        }
    }

    /** Resolves {@code relative} against {@code base} as jsoup does for attributes; "" if impossible. */
    private static String resolve(String base, String relative) {
        Element link = new Element(org.jsoup.parser.Tag.valueOf("a"), base == null ? "" : base);
        link.attr("href", relative);
        return link.absUrl("href");
    }
}
