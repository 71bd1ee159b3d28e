package minibrowser.renderer.engine;

import minibrowser.common.trace.Trace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import minibrowser.renderer.engine.animation.CompositedLayer;
import minibrowser.renderer.engine.animation.DocumentAnimations;
import minibrowser.renderer.engine.animation.Keyframes;
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
 * The engine's stages, each a function from one tree to the next. {@link Engine#render}
 * runs them in this order, and a benchmark or a test that wants one stage on its own
 * calls these same methods:
 *
 * <pre>
 *   html ─parse─▶ Document ─styleSheets─▶ sheets ─style─▶ StyledElement ─layout─▶ Layout ─paint─▶ DisplayList
 *                                                                                   └──areas──▶ PageAreas
 *   (Document, Layout, DisplayList, PageAreas) ─page─▶ Page
 * </pre>
 *
 * <p>Every stage takes the {@link Viewport} the page is laid out for (lengths in vw and
 * vh, media queries, the width lines wrap at). The stages keep no state between calls
 * except the parsed user-agent sheets, so one instance serves every document of a tab.
 * Not thread-safe: use it from one thread (the renderer's main thread).
 */
public final class Stages {
    /** The largest viewport side laid out, in CSS px: a bound on the work one page can ask for. */
    public static final int MAX_VIEWPORT_SIDE = 100_000;

    /** The longest title a page keeps, in characters. */
    private static final int MAX_TITLE_CHARS = 1000;

    /** How many {@code @import}s deep a style sheet is followed. */
    private static final int MAX_IMPORT_DEPTH = 4;

    /**
     * The viewport a page is laid out for, in CSS px, each side 1 to {@link #MAX_VIEWPORT_SIDE}.
     * {@link #of} clamps any width and height into that range.
     */
    public record Viewport(int width, int height) {
        public Viewport {
            if (width < 1 || height < 1 || width > MAX_VIEWPORT_SIDE || height > MAX_VIEWPORT_SIDE) {
                throw new IllegalArgumentException("viewport " + width + " x " + height);
            }
        }

        /** A viewport of this size, clamped to 1 .. {@link #MAX_VIEWPORT_SIDE} on each side. */
        public static Viewport of(int width, int height) {
            return new Viewport(clamp(width), clamp(height));
        }

        private static int clamp(int side) {
            return Math.max(1, Math.min(side, MAX_VIEWPORT_SIDE));
        }
    }

    /**
     * The laid-out box tree.
     *
     * @param root          the root box, with every box positioned
     * @param contentHeight the page's height in CSS px: where the content ends, at least the viewport's height
     */
    public record Layout(BlockBox root, int contentHeight) {}

    private final Device device;
    private final StyleSheet userAgentSheet;
    private final StyleSheet quirksSheet;
    private final ParsedSheets parsedSheets = new ParsedSheets();

    /** Stages laying out for {@code device}; the user-agent sheets are parsed here, once. */
    public Stages(Device device) {
        this.device = device;
        this.userAgentSheet = UserAgentStyleSheet.load();
        this.quirksSheet = UserAgentStyleSheet.loadQuirks();
    }

    /**
     * 1. Parse: the HTML into a DOM (jsoup, as browsers parse broken HTML), nesting capped
     * at {@link EngineLimits#MAX_DOM_DEPTH}, the text cut after
     * {@link EngineLimits#MAX_START_TAGS} start tags ({@link MarkupCutter}).
     *
     * @param html    the document text (null: an empty document)
     * @param baseUrl the document's URL, against which relative URLs resolve (null: none)
     */
    public Document parse(String html, String baseUrl) {
        try (Trace.Slice stage = Trace.slice("renderer", "parse")) {
            Parser parser = Parser.htmlParser().setMaxDepth(EngineLimits.MAX_DOM_DEPTH);
            return parser.parseInput(MarkupCutter.cut(html == null ? "" : html, EngineLimits.MAX_START_TAGS),
                    baseUrl == null ? "" : baseUrl);
        }
    }

    /**
     * 2. Style sheets: the user-agent sheet (and the quirks sheet for a document in quirks
     * mode, {@link QuirksMode}), then {@code <style>} elements and
     * {@code <link rel=stylesheet>} in document order, each with its {@code @import}s first,
     * those whose media apply. Linked and imported sheets are fetched through
     * {@code loader}, at most {@link EngineLimits#MAX_STYLESHEETS} of them, each cut at
     * {@link EngineLimits#MAX_STYLESHEET_CHARS}; one that fails is left out.
     *
     * @param loader fetches linked style sheets through the browser (null: none)
     */
    public List<StyleSheet> styleSheets(Document document, Viewport viewport, ResourceLoader loader) {
        try (Trace.Slice stage = Trace.slice("renderer", "style sheets")) {
            List<StyleSheet> sheets = new ArrayList<>();
            sheets.add(userAgentSheet);
            if (QuirksMode.of(document)) sheets.add(quirksSheet);
            new AuthorSheets(new CssParser(viewport.width(), viewport.height()), viewport, parsedSheets,
                    loader == null ? ResourceLoader.none() : loader, sheets).collect(document);
            return sheets;
        }
    }

    /** 3. Style: every element's computed style, from the cascade of {@code sheets} ({@link StyleTreeBuilder}). */
    public StyledElement style(Document document, List<StyleSheet> sheets, Viewport viewport) {
        try (Trace.Slice stage = Trace.slice("renderer", "style")) {
            StyleTreeBuilder styler = new StyleTreeBuilder(new Cascade(sheets),
                    new StyleComputer(viewport.width(), viewport.height()));
            return styler.build(document);
        }
    }

    /**
     * 3. Style at a time: as {@link #style(Document, List, Viewport)}, with the document's
     * animations and transitions ({@code animations}, kept between renders of this
     * document) as they are at {@code nowNanos}: main-thread ones change the values,
     * compositor ones are noted for the painter, which gives their elements layers.
     */
    public StyledElement style(Document document, List<StyleSheet> sheets, Viewport viewport,
                               DocumentAnimations animations, long nowNanos) {
        try (Trace.Slice stage = Trace.slice("renderer", "style")) {
            List<Keyframes> keyframes = new ArrayList<>();
            for (StyleSheet sheet : sheets) keyframes.addAll(sheet.keyframes());
            animations.beginRender(keyframes, nowNanos);
            StyleTreeBuilder styler = new StyleTreeBuilder(new Cascade(sheets),
                    new StyleComputer(viewport.width(), viewport.height()), animations);
            return styler.build(document);
        }
    }

    /**
     * 4. Layout: the box tree ({@link BoxTreeBuilder}) and every box's position
     * ({@link BlockLayout}), lines wrapped at the viewport's width.
     *
     * @param naturalImageSizes {width, height} by absolute image URL, for images decoded
     *                          already; {0, 0} for a broken one, laid out as its alternative text
     */
    public Layout layout(StyledElement styled, Viewport viewport, Map<String, int[]> naturalImageSizes) {
        try (Trace.Slice stage = Trace.slice("renderer", "layout")) {
            BlockBox root = new BoxTreeBuilder(naturalImageSizes).build(styled);
            int contentBottom = new BlockLayout(device, naturalImageSizes).layoutRoot(root, viewport.width(), viewport.height());
            return new Layout(root, Math.max(viewport.height(), contentBottom));
        }
    }

    /**
     * What paint makes: the page's display list and the layers painted apart from it.
     *
     * @param displayList the page without its layers
     * @param layers      elements with compositor animations, each with its own display list
     */
    public record Painted(DisplayList displayList, List<CompositedLayer> layers) {}

    /** 5. Paint: the display list of the laid-out page, over a canvas the viewport's width and the page's height ({@link Painter}). */
    public DisplayList paint(Layout layout, Viewport viewport) {
        return paintLayers(layout, viewport).displayList();
    }

    /** 5. Paint, with the layers: elements with compositor animations are painted on layers of their own. */
    public Painted paintLayers(Layout layout, Viewport viewport) {
        try (Trace.Slice stage = Trace.slice("renderer", "paint")) {
            Painter painter = new Painter();
            DisplayList list = painter.paint(layout.root(), viewport.width(), layout.contentHeight());
            return new Painted(list, painter.layers());
        }
    }

    /** 5b. Page areas: what the browser needs besides pixels: links, embeds, images to fetch ({@link PageAreas}). */
    public PageAreas areas(Layout layout) {
        return new PageAreas(layout.root());
    }

    /**
     * 6. The page: what the stages made, as the one immutable {@link Page} the renderer
     * commits (its title cut at 1,000 characters, the layout tree printed for tests and
     * the debugging page).
     */
    public Page page(Document document, Layout layout, DisplayList displayList, PageAreas areas) {
        return page(document, layout, new Painted(displayList, List.of()), areas, false);
    }

    /** 6. The page, with its layers, and whether main must render it again at the next animation frame. */
    public Page page(Document document, Layout layout, Painted painted, PageAreas areas, boolean mainThreadAnimating) {
        return new Page(title(document), painted.displayList(), layout.contentHeight(), areas.links(), areas.embeds(),
                areas.imageUrls(), layout.root().treeText(), painted.layers(), mainThreadAnimating, areas.elementAreas(),
                areas.controls(), areas.frames());
    }

    private static String title(Document document) {
        Element title = document.selectFirst("title");
        if (title == null) return "";
        String text = title.text().strip();
        return text.length() > MAX_TITLE_CHARS ? text.substring(0, MAX_TITLE_CHARS) : text;
    }

    /** The author sheets of one document, gathered in order, with a count of the fetches made. */
    private static final class AuthorSheets {
        private final CssParser cssParser;
        private final Viewport viewport;
        private final ParsedSheets parsed;
        private final ResourceLoader loader;
        private final List<StyleSheet> sheets;
        private int fetched;

        AuthorSheets(CssParser cssParser, Viewport viewport, ParsedSheets parsed, ResourceLoader loader, List<StyleSheet> sheets) {
            this.cssParser = cssParser;
            this.viewport = viewport;
            this.parsed = parsed;
            this.loader = loader;
            this.sheets = sheets;
        }

        /** {@code <style>} and {@code <link rel=stylesheet>} in document order. */
        void collect(Document document) {
            for (Element e : document.select("style, link[rel~=(?i)stylesheet][href]")) {
                if (!cssParser.mediaApplies(e.attr("media"))) continue;
                if (e.normalName().equals("style")) {
                    add(e.data(), document.location(), 0);
                } else {
                    String url = e.absUrl("href");
                    if (url.isEmpty()) continue;
                    fetch(url).ifPresent(css -> add(css, url, 0));
                }
            }
        }

        /** One sheet, after the sheets it imports (followed {@code MAX_IMPORT_DEPTH} deep). */
        private void add(String css, String sheetUrl, int importDepth) {
            if (css.length() > EngineLimits.MAX_STYLESHEET_CHARS) css = css.substring(0, EngineLimits.MAX_STYLESHEET_CHARS);
            CssParser.Result sheet = parsed.parse(cssParser, css, viewport.width(), viewport.height());
            if (importDepth < MAX_IMPORT_DEPTH) {
                for (String imported : sheet.imports()) {
                    String url = resolve(sheetUrl, imported);
                    if (url.isEmpty()) continue;
                    fetch(url).ifPresent(text -> add(text, url, importDepth + 1));
                }
            }
            sheets.add(new StyleSheet(StyleSheet.Origin.AUTHOR, sheet.rules(), sheet.keyframes()));
        }

        private Optional<String> fetch(String url) {
            if (fetched++ >= EngineLimits.MAX_STYLESHEETS) return Optional.empty();
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
}
