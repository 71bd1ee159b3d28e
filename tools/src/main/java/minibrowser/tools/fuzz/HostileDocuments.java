package minibrowser.tools.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The fuzz generator: hostile documents made from a seed. Document {@code i} of seed
 * {@code s} depends on nothing else, so any one of them can be made again alone
 * ({@code ./minibrowser fuzz --seed s --only i}). Each kind aims at one stage of the
 * engine: the parser (broken markup, encodings, random bytes), the style stage
 * (values, selectors), layout (nesting, tables, floats, huge text) and the browser's
 * own fetching (bad URLs in links and images, sent back to the browser as
 * subresource requests).
 *
 * <p>One kind aims at the script engine instead ({@link Kind#HOSTILE_SCRIPTS}): deep
 * recursion, allocation storms, endless timers, thousands of workers, DOM bombs, scripts
 * that never return, and attempts to reach Java. Such a document may end or hang its
 * renderer (a renderer's heap is capped; a script that never returns is left to the hang
 * monitor, as in Chromium); what it must never do is harm the browser. It is left out
 * ({@code scripts} false) where renderers are threads of the browser (single-process: an
 * allocation storm there is the browser's own heap, and a spinning thread cannot be
 * stopped), and then document {@code i} is what it was before the kind existed.
 *
 * <p>References to other resources point at {@code base} (the fuzz server, which
 * answers {@code /res/...} with broken images and style sheets) or at addresses that
 * fail at once; never at a real host, so a run needs no network.
 */
public final class HostileDocuments {

    /** The families of hostile input; document {@code i} is of kind {@code i % values().length}. */
    public enum Kind {
        BROKEN_MARKUP, DEEP_NESTING, HUGE_ATTRIBUTES, ENCODINGS, RANDOM_BYTES, TABLES, CSS_VALUES,
        CSS_SELECTORS, BAD_URLS, MUTATED_PAGE, TEXT_AND_ENTITIES, EMBEDS_AND_FORMS, FLOATS_AND_LISTS,
        NEARLY_EMPTY, MANY_ELEMENTS,
        /** Scripts that attack the engine and its sandbox; last, so the other kinds keep their numbers without it. */
        HOSTILE_SCRIPTS
    }

    private static final String[] TAGS = {"div", "span", "p", "b", "i", "a", "table", "tr", "td", "th", "tbody",
        "ul", "ol", "li", "h1", "h2", "pre", "code", "font", "center", "img", "br", "hr", "form", "input", "select",
        "option", "textarea", "button", "iframe", "embed", "object", "svg", "math", "template", "script", "style",
        "title", "head", "body", "html", "frameset", "noscript", "blockquote", "dl", "dt", "dd", "sup", "sub",
        "label", "caption", "colgroup", "col", "thead", "tfoot", "section", "article", "nav", "marquee", "xmp",
        "plaintext", "noembed", "listing", "ruby", "rt", "wbr", "x-custom", "a:b", "?", "!--"};
    private static final String[] PROPERTIES = {"display", "width", "height", "margin", "padding", "border",
        "font-size", "line-height", "color", "background", "float", "position", "top", "left", "right", "bottom",
        "min-width", "max-width", "min-height", "white-space", "text-align", "letter-spacing", "word-spacing",
        "flex", "flex-direction", "flex-wrap", "flex-basis", "flex-grow", "order", "list-style", "text-indent",
        "vertical-align", "border-width", "border-spacing", "font", "font-family", "font-weight", "overflow",
        "visibility", "z-index", "opacity", "content", "counter-increment", "box-sizing", "column-count",
        "margin-left", "padding-top", "text-transform", "text-decoration", "table-layout", "clear", "transform"};
    private static final String[] VALUES = {"-1px", "-99999999px", "1e308px", "1e9px", "NaN", "NaNpx", "-NaN",
        "Infinity", "-Infinity", "calc(1px/0)", "calc(100% - 1e9px)", "calc((((((1px", "0", "-0", "1e-308px",
        "9999999999999999999999%", "-200%", "100vw", "1e6vh", "2147483647px", "-2147483648px", "3.4e38em",
        "auto", "none", "inherit", "initial", "flex", "inline-block", "table-cell", "list-item", "table",
        "inline-table", "grid", "contents", "absolute", "fixed", "sticky", "left", "both", "red", "#", "#zzz",
        "rgb(999,-1,NaN)", "hsl(", "url(", "url(javascript:x)", "\"", "'", "\\", "!important", "10px 20px 30px",
        "1px solid", "99999px solid red", "-5", "1/0", "0.000000001px", "attr(x)", "\u0000", "\uFFFF", "\uD800"};
    private static final String[] BAD_URLS = {"http://", "http://[", "http://[::1", "::::", "\u0000", "%", "%%%%",
        "http://127.0.0.1:1/refused", "http://127.0.0.1:0/", "http://0.0.0.0:1/", "https://127.0.0.1:1/",
        "javascript:alert(1)", "data:", "data:image/png;base64,!!!!", "data:text/css,p{width:1e9px}",
        "file:///dev/zero", "file:///dev/null", "file:///proc/self/environ", "file:///nonexistent", "about:crash",
        "about:kill", "about:nonsense", "chrome://settings", "mailto:x@y", "ftp://127.0.0.1:1/", "//",
        "../../../../../../../../etc/passwd", "?", "#", "#" + "x".repeat(1000), " ", "\t\n", "http://a b/",
        "http://%zz/", "http://xn--/", "http://1.2.3.4.5/", "http://[1:2:3:4:5:6:7:8:9]/", "HTTP://127.0.0.1:1",
        "res/missing.png", "res/garbage.png", "res/huge-dimensions.png", "res/empty.png", "res/garbage.css",
        "res/slow", "res/redirect-loop", "res/not-an-image.png"};

    private final long seed;
    private final Kind[] kinds;

    /** Every kind, hostile scripts included. */
    public HostileDocuments(long seed) {
        this(seed, true);
    }

    /** @param scripts whether {@link Kind#HOSTILE_SCRIPTS} documents are made (document i is of kind i % kinds) */
    public HostileDocuments(long seed, boolean scripts) {
        this.seed = seed;
        this.kinds = scripts ? Kind.values()
                : java.util.Arrays.stream(Kind.values()).filter(k -> k != Kind.HOSTILE_SCRIPTS).toArray(Kind[]::new);
    }

    /** Document {@code index}, the same every time for this seed (and choice of kinds). */
    public HostileDocument generate(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Kind kind = kinds[Math.floorMod(index, kinds.length)];
        Maker maker = new Maker(random);
        return switch (kind) {
            case BROKEN_MARKUP -> html(index, kind, maker.brokenMarkup(200 + random.nextInt(3000)));
            case DEEP_NESTING -> html(index, kind, maker.deepNesting());
            case HUGE_ATTRIBUTES -> html(index, kind, maker.hugeAttributes());
            case ENCODINGS -> maker.encodings(index, kind);
            case RANDOM_BYTES -> maker.randomBytes(index, kind);
            case TABLES -> html(index, kind, maker.tables());
            case CSS_VALUES -> html(index, kind, maker.cssValues());
            case CSS_SELECTORS -> html(index, kind, maker.cssSelectors());
            case BAD_URLS -> html(index, kind, maker.badUrls());
            case MUTATED_PAGE -> html(index, kind, maker.mutated());
            case TEXT_AND_ENTITIES -> html(index, kind, maker.textAndEntities());
            case EMBEDS_AND_FORMS -> html(index, kind, maker.embedsAndForms());
            case FLOATS_AND_LISTS -> html(index, kind, maker.floatsAndLists());
            case NEARLY_EMPTY -> html(index, kind, maker.nearlyEmpty());
            case MANY_ELEMENTS -> html(index, kind, maker.manyElements());
            case HOSTILE_SCRIPTS -> html(index, kind, HostileScripts.page(random));
        };
    }

    private static HostileDocument html(int index, Kind kind, String text) {
        return new HostileDocument(index, kind, "text/html; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The makers of one document: all randomness comes from its own generator. */
    private static final class Maker {
        private final SplittableRandom random;

        Maker(SplittableRandom random) {
            this.random = random;
        }

        private String pick(String[] from) {
            return from[random.nextInt(from.length)];
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        private String style() {
            StringBuilder css = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) css.append(pick(PROPERTIES)).append(':').append(pick(VALUES)).append(';');
            return css.toString();
        }

        private String attributes() {
            StringBuilder a = new StringBuilder();
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                switch (random.nextInt(7)) {
                    case 0 -> a.append(" style=\"").append(style()).append('"');
                    case 1 -> a.append(" href=\"").append(pick(BAD_URLS)).append('"');
                    case 2 -> a.append(" src=").append(pick(BAD_URLS));
                    case 3 -> a.append(" colspan=").append(pick(new String[] {"100000", "-1", "0", "NaN", "1e10", "2147483648"}));
                    case 4 -> a.append(" width=").append(pick(new String[] {"-1", "1e9", "100000", "%", "99999999999"}));
                    case 5 -> a.append(" class=\"c").append(random.nextInt(10)).append('"');
                    default -> a.append(' ').append(pick(new String[] {"=", "\"", "'", "<", "a=b=c", "x", "/"}));
                }
            }
            return a.toString();
        }

        String brokenMarkup(int tokens) {
            StringBuilder html = new StringBuilder(tokens * 12);
            for (int i = 0; i < tokens; i++) {
                switch (random.nextInt(8)) {
                    case 0, 1 -> html.append('<').append(pick(TAGS)).append(attributes()).append('>');
                    case 2 -> html.append("</").append(pick(TAGS)).append('>');
                    case 3 -> html.append("text ").append(random.nextInt(1000)).append(' ');
                    case 4 -> html.append(pick(new String[] {"<", ">", "&", "&amp", "&#", "&#x;", "<!--", "-->", "<!",
                        "<?xml", "]]>", "<![CDATA[", "</", "<a", "\"", "'", "=", "<!DOCTYPE html>", "<!DOCTYPE"}));
                    case 5 -> html.append('<').append(pick(TAGS)); // never closed
                    case 6 -> html.append("<p style=\"").append(style()).append("\">");
                    default -> html.append('<').append(pick(TAGS)).append(" /").append('>');
                }
            }
            return html.toString();
        }

        String deepNesting() {
            int depth = pick(new String[] {"600", "3000", "10000", "100000"}).equals("100000") ? 100_000
                    : 500 + random.nextInt(15_000);
            String[][] pairs = {{"<div>", "</div>"}, {"<span>", "</span>"}, {"<b><i>", "</i></b>"},
                {"<table><tr><td>", "</td></tr></table>"}, {"<ul><li>", "</li></ul>"}, {"<a href=x>", "</a>"},
                {"<p>", "</p>"}, {"<div style=\"display:flex\">", "</div>"}, {"<font size=7>", "</font>"},
                {"<div style=\"float:left\">", "</div>"}, {"<span style=\"display:inline-block\">", "</span>"},
                {"<blockquote>", "</blockquote>"}, {"<div style=\"position:absolute\">", "</div>"}};
            String[] pair = pairs[random.nextInt(pairs.length)];
            if (chance(20)) pair = new String[] {"<" + pick(TAGS) + ">", ""}; // unclosed, of any tag
            boolean closed = chance(50);
            StringBuilder html = new StringBuilder(depth * (pair[0].length() + (closed ? pair[1].length() : 0)) + 32);
            html.append(pair[0].repeat(depth)).append("deep text");
            if (closed) html.append(pair[1].repeat(depth));
            return html.toString();
        }

        String hugeAttributes() {
            int size = 10_000 + random.nextInt(chance(20) ? 4_000_000 : 200_000);
            String filler = pick(new String[] {"x", "<", "&amp;", "\"", " ", "a=", "é", "\u202e"}).repeat(size / 4 + 1);
            return switch (random.nextInt(5)) {
                case 0 -> "<p title=\"" + filler + "\">hi</p>";
                case 1 -> "<p style=\"" + ("color:" + filler).substring(0, Math.min(size, filler.length())) + "\">hi</p>";
                case 2 -> "<a href=\"http://127.0.0.1:1/" + filler + "\">long link</a><img src=\"" + filler + "\" alt=x>";
                case 3 -> "<div " + " a=b".repeat(Math.min(size / 4, 100_000)) + ">many attributes</div>";
                default -> "<" + "x".repeat(Math.min(size, 1_000_000)) + ">long tag name</" + "x".repeat(10) + ">";
            };
        }

        HostileDocument encodings(int index, Kind kind) {
            String text = brokenMarkup(100) + "<p>caf\u00e9 \u65e5\u672c \uD83D\uDE00</p>";
            byte[][] boms = {{}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
                {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0}, {0, 0, (byte) 0xFE, (byte) 0xFF}};
            String[] charsets = {"UTF-8", "UTF-16LE", "UTF-16BE", "ISO-8859-1", "windows-1252", "Shift_JIS", "UTF-32"};
            Charset actual = Charset.forName(pick(charsets));
            String meta = chance(50) ? "<meta charset=\"" + pick(new String[] {"utf-8", "utf-16", "x-unknown", "utf-7",
                "\"", "", "iso-2022-jp", "replacement", "ebcdic"}) + "\">" : "";
            byte[] body = (meta + text).getBytes(actual);
            if (chance(30)) { // invalid sequences: lone continuation bytes, truncated multi-byte, overlongs
                for (int i = 0; i < 1 + random.nextInt(50) && body.length > 0; i++) {
                    body[random.nextInt(body.length)] = (byte) new int[] {0x80, 0xC0, 0xED, 0xFF, 0}[random.nextInt(5)];
                }
            }
            byte[] bom = boms[random.nextInt(boms.length)];
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            String type = pick(new String[] {"text/html", "text/html; charset=utf-8", "text/html; charset=utf-16",
                "text/html; charset=bogus", "text/html; charset=", "text/html; charset=\"", "text/plain", null});
            return new HostileDocument(index, kind, type, all);
        }

        HostileDocument randomBytes(int index, Kind kind) {
            byte[] body = new byte[random.nextInt(chance(10) ? 2_000_000 : 50_000)];
            random.nextBytes(body);
            String type = pick(new String[] {"text/html", "application/octet-stream", "image/png", "text/css",
                "text/plain", "text/html; charset=utf-16", null, "", ";;;", "x/y; charset=nonsense"});
            return new HostileDocument(index, kind, type, body);
        }

        String tables() {
            StringBuilder html = new StringBuilder("<table border=1 cellspacing=")
                    .append(pick(new String[] {"-5", "1e9", "0", "NaN", "99999"})).append('>');
            int rows = chance(10) ? 5_000 : 1 + random.nextInt(60);
            for (int r = 0; r < rows; r++) {
                html.append(chance(90) ? "<tr>" : "");
                int cells = chance(5) ? 2_000 : 1 + random.nextInt(8);
                for (int c = 0; c < cells; c++) {
                    html.append(chance(80) ? "<td" : "<th");
                    if (chance(20)) html.append(" colspan=").append(pick(new String[] {"100000", "0", "-3", "NaN", "1000", "2147483647", "1e5", " 7 "}));
                    if (chance(20)) html.append(" rowspan=").append(pick(new String[] {"100000", "0", "-3", "65535", "NaN", "2147483648"}));
                    if (chance(10)) html.append(" width=").append(pick(new String[] {"-1", "1e9", "100%", "200%", "0"}));
                    if (chance(10)) html.append(" style=\"").append(style()).append('"');
                    html.append('>').append(chance(10) ? "<table><tr><td>nested</table>" : "c" + c);
                }
            }
            if (chance(30)) html.append("<caption>late caption</caption><col span=100000><colgroup span=-1>");
            return html.append(chance(50) ? "</table>" : "").toString();
        }

        String cssValues() {
            StringBuilder html = new StringBuilder("<style>");
            int rules = 1 + random.nextInt(40);
            for (int i = 0; i < rules; i++) {
                html.append(pick(new String[] {"p", "div", "*", "body", "html", ".c1", "td", "li", "span", "a"}))
                        .append('{').append(style()).append('}');
            }
            if (chance(20)) html.append("@media (max-width: NaNpx) { p { width: 1e9px } }@import url(res/garbage.css);");
            if (chance(20)) html.append("@font-face { font-family: x; src: url(res/garbage.png) }");
            html.append("</style>");
            for (int i = 0; i < 30; i++) {
                html.append('<').append(pick(new String[] {"p", "div", "span", "li", "td", "a", "h1"}))
                        .append(" class=c").append(random.nextInt(10)).append(" style=\"").append(style()).append("\">text ")
                        .append(i).append(' ');
            }
            return html.toString();
        }

        String cssSelectors() {
            StringBuilder css = new StringBuilder();
            switch (random.nextInt(5)) {
                case 0 -> css.append("div ".repeat(1 + random.nextInt(5000))).append("p{color:red}");
                case 1 -> css.append(":not(".repeat(1 + random.nextInt(2000))).append("p").append(")".repeat(random.nextInt(2000))).append("{color:red}");
                case 2 -> css.append("p".repeat(1)).append("[a]".repeat(1 + random.nextInt(5000))).append("{color:red}");
                case 3 -> {
                    for (int i = 0; i < 1 + random.nextInt(50_000); i++) css.append(".r").append(i).append(" > p + a ~ b{margin:1px}");
                }
                default -> css.append("{".repeat(random.nextInt(20_000))).append("}").append("@media screen{".repeat(random.nextInt(3000)));
            }
            return "<style>" + css + "</style>" + "<div><p class=x a=1>styled?</p>".repeat(50);
        }

        String badUrls() {
            StringBuilder html = new StringBuilder("<base href=\"").append(chance(30) ? pick(BAD_URLS) : "").append("\">");
            int n = 5 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> html.append("<a href=\"").append(pick(BAD_URLS)).append("\">link ").append(i).append("</a> ");
                    case 1 -> html.append("<img alt=\"alt ").append(i).append("\" src=\"").append(pick(BAD_URLS)).append("\">");
                    case 2 -> html.append("<link rel=stylesheet href=\"").append(pick(BAD_URLS)).append("\">");
                    case 3 -> html.append("<img src=\"").append(pick(BAD_URLS)).append("\" width=").append(pick(VALUES)).append(" height=-1>");
                    default -> html.append("<p style=\"background:url(").append(pick(BAD_URLS)).append(")\">bg</p>");
                }
            }
            return html.toString();
        }

        String mutated() {
            StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>A page</title><style>"
                    + "body{margin:8px;font-family:serif}.box{border:1px solid #ccc;padding:4px;float:left;width:30%}"
                    + "ul li{list-style:square}table{border-collapse:collapse}td{padding:2px}</style></head><body>"
                    + "<h1>Heading</h1><p>Some <b>bold</b> and <i>italic</i> text with a <a href=\"/x\">link</a>.</p>"
                    + "<div class=box>floated box</div><ul><li>one<li>two<li>three</ul><table><tr><td>a<td>b<tr>"
                    + "<td colspan=2>c</table><pre>pre\n  formatted</pre><img src=\"res/garbage.png\" alt=\"an image\">"
                    + "<form><input value=x><select><option>o</select></form></body></html>");
            int mutations = 1 + random.nextInt(40);
            for (int m = 0; m < mutations && page.length() > 0; m++) {
                int at = random.nextInt(page.length());
                int len = Math.min(page.length() - at, random.nextInt(40));
                switch (random.nextInt(6)) {
                    case 0 -> page.delete(at, at + len);
                    case 1 -> page.insert(at, page.substring(at, at + len).repeat(1 + random.nextInt(chance(5) ? 5000 : 5)));
                    case 2 -> page.setCharAt(at, (char) random.nextInt(0x10000));
                    case 3 -> page.insert(at, "<" + pick(TAGS) + attributes() + ">");
                    case 4 -> page.insert(at, pick(new String[] {"<", ">", "\"", "&#", "<!--", "</", "\u0000", "\uFFFD", "\uD800"}));
                    default -> page.insert(at, pick(VALUES));
                }
            }
            return page.toString();
        }

        String textAndEntities() {
            StringBuilder html = new StringBuilder("<p>");
            int n = 10 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                switch (random.nextInt(7)) {
                    case 0 -> html.append("&#").append(pick(new String[] {"0", "99999999", "1114112", "55296", "-1", "x110000", "xD800", "9", "127", "x7f"})).append(';');
                    case 1 -> html.append('&').append(pick(new String[] {"amp", "nbsp", "notanentity", "ampamp", "lt", "NotEqualTilde", ""})).append(chance(50) ? ";" : "");
                    case 2 -> html.append("w".repeat(1 + random.nextInt(chance(10) ? 1_000_000 : 5_000))); // one enormous word
                    case 3 -> html.append(pick(new String[] {"\u202e", "\u200b", "\u0301\u0301\u0301", "\t", "\r", "\u0000", "\uFEFF", "\u00ad", "\u2028", "\uD83D", "\uDE00", "\uD83D\uDE00", "\u05d0\u05d1"}));
                    case 4 -> html.append("<pre>").append(" \t\n".repeat(random.nextInt(3000))).append("</pre>");
                    case 5 -> html.append("<span style=\"font-size:").append(pick(new String[] {"1e9px", "0", "-5px", "NaN", "99999px", "1e-9px", "1000vw"})).append("\">sized</span>");
                    default -> html.append(" text ").append(i);
                }
            }
            return html.toString();
        }

        String embedsAndForms() {
            StringBuilder html = new StringBuilder();
            int n = 1 + random.nextInt(20);
            for (int i = 0; i < n; i++) {
                switch (random.nextInt(6)) {
                    case 0 -> html.append("<embed type=\"").append(pick(new String[] {"application/x-minibrowser-chart",
                        "application/x-minibrowser-clock", "application/x-shockwave-flash", "", "\u0000"})).append("\" width=")
                        .append(pick(new String[] {"-1", "0", "1e9", "100000", "200", "NaN"})).append(" height=")
                        .append(pick(new String[] {"-1", "0", "1e9", "100000", "100", "NaN"})).append(" values=\"")
                        .append(pick(new String[] {"1,2,3", "NaN,Infinity", "-1e308", "", "x".repeat(10000)})).append("\">");
                    case 1 -> html.append("<object data=\"").append(pick(BAD_URLS)).append("\" type=\"application/x-minibrowser-chart\">fallback</object>");
                    case 2 -> html.append("<iframe src=\"").append(pick(BAD_URLS)).append("\" width=1e9></iframe>");
                    case 3 -> html.append("<select size=-1>").append("<option>o".repeat(random.nextInt(5000))).append("</select>");
                    case 4 -> html.append("<svg width=1e9 height=-1><circle r=NaN/><foreignObject><p>in svg</svg>");
                    default -> html.append("<textarea cols=100000 rows=-1>").append("t".repeat(random.nextInt(10_000))).append("</textarea><input size=1e9>");
                }
            }
            return html.toString();
        }

        String floatsAndLists() {
            StringBuilder html = new StringBuilder();
            int n = 10 + random.nextInt(chance(10) ? 5_000 : 300);
            for (int i = 0; i < n; i++) {
                switch (random.nextInt(4)) {
                    case 0 -> html.append("<div style=\"float:").append(chance(50) ? "left" : "right").append(";width:")
                            .append(pick(VALUES)).append(";height:").append(pick(VALUES)).append("\">f</div>");
                    case 1 -> html.append("<ol start=").append(pick(new String[] {"-2147483648", "2147483647", "NaN", "1e10", "0"}))
                            .append(" type=").append(pick(new String[] {"a", "A", "i", "I", "1", "x"})).append("><li value=")
                            .append(pick(new String[] {"-1", "99999999999", "x"})).append(">item</ol>");
                    case 2 -> html.append("<ul style=\"list-style:").append(pick(new String[] {"none", "disc", "decimal", "lower-roman", "upper-alpha", "square inside", "x", "url(res/garbage.png)"}))
                            .append("\"><li>a<li>b</ul>");
                    default -> html.append("<div style=\"clear:both;display:flex;flex-wrap:wrap\">").append("<span style=\"flex:")
                            .append(pick(VALUES)).append("\">x</span>".repeat(1 + random.nextInt(20))).append("</div>");
                }
            }
            return html.toString();
        }

        String nearlyEmpty() {
            return pick(new String[] {"", " ", "<", ">", "<!DOCTYPE", "<!--", "<![CDATA[", "<html", "</html>", "<head>",
                "<title>", "<title></title>", "<script>", "<style>", "<plaintext>", "<table>", "<frameset>", "\u0000",
                "\uFEFF", "<body></body></body></body>", "<?xml version=\"1.0\"?>", "<html><html><html>",
                "<title>" + "t".repeat(100_000), "<textarea>", "<xmp>", "<iframe>", "<noscript>", "&", "&#"});
        }

        String manyElements() {
            int n = 5_000 + random.nextInt(chance(20) ? 200_000 : 20_000);
            String tag = pick(new String[] {"p", "div", "span", "a", "li", "br", "img", "td", "b"});
            StringBuilder html = new StringBuilder(n * 12);
            for (int i = 0; i < n; i++) html.append('<').append(tag).append('>').append(i % 10);
            return html.toString();
        }
    }
}
