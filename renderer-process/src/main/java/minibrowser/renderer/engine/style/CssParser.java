package minibrowser.renderer.engine.style;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSImportRule;
import com.helger.css.decl.CSSKeyframesBlock;
import com.helger.css.decl.CSSKeyframesRule;
import com.helger.css.decl.CSSMediaQuery;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.writer.CSSWriterSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import minibrowser.renderer.engine.animation.Keyframes;

/**
 * Reads style sheets and {@code style} attributes into the engine's
 * {@link StyleRule}s and {@link Declaration}s. The tokenizing and parsing is done by the
 * ph-css library (see {@link CssReader}); this class only walks what it parsed:
 * style rules (selectors through {@link SelectorBuilder}, shorthands expanded by
 * {@link Shorthands}), {@code @media} blocks whose query applies to the viewport,
 * {@code @import} URLs (collected for the engine to fetch), {@code @keyframes} (for
 * the animation step, {@link minibrowser.renderer.engine.animation}). Other at-rules
 * ({@code @font-face}, {@code @supports}, {@code @page}) are skipped. A declaration or rule that fails to parse is dropped, never the whole sheet.
 * Never throws.
 *
 * <p>Stateless; each call works on its own input.
 */
public final class CssParser {

    /** How deep {@code @media} blocks may nest before their content is ignored. */
    private static final int MAX_NESTING = 16;
    /** A {@code style} attribute is read up to the last declaration ending within this many characters. */
    private static final int MAX_STYLE_ATTRIBUTE = 65_536;
    /** Media queries are printed back to text for {@link MediaQuery}, compactly. */
    private static final CSSWriterSettings WRITER = new CSSWriterSettings().setOptimizedOutput(true);

    /** The result of parsing a sheet: its rules, and the URLs of its {@code @import}s as written. */
    public record Result(List<StyleRule> rules, List<String> imports, List<Keyframes> keyframes) {
        /** A result without {@code @keyframes}. */
        public Result(List<StyleRule> rules, List<String> imports) {
            this(rules, imports, List.of());
        }
    }

    /** At most this many {@code @keyframes} rules are kept from one sheet, and this many keyframes from one rule. */
    private static final int MAX_KEYFRAMES = 1_000;

    /** The viewport {@code @media} queries are evaluated against, in CSS px. */
    private final int viewportWidth;
    private final int viewportHeight;

    /** A parser for a desktop-sized viewport (1024 x 768). */
    public CssParser() {
        this(1024, 768);
    }

    /** A parser evaluating {@code @media} width and height conditions against this viewport. */
    public CssParser(int viewportWidth, int viewportHeight) {
        this.viewportWidth = viewportWidth;
        this.viewportHeight = viewportHeight;
    }

    /** Parses a whole style sheet. */
    public Result parseSheet(String css) {
        List<StyleRule> rules = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        Optional<CascadingStyleSheet> sheet = CssReader.sheet(css);
        if (sheet.isEmpty()) return new Result(List.of(), List.of());
        List<Keyframes> keyframes = new ArrayList<>();
        for (CSSImportRule rule : sheet.get().getAllImportRules()) {
            if (!mediaApplies(rule.getAllMediaQueries())) continue;
            String url = rule.getLocationString();
            if (url != null && !url.isBlank()) imports.add(url.trim());
        }
        addRules(sheet.get().getAllRules(), rules, keyframes, 0);
        return new Result(List.copyOf(rules), List.copyOf(imports), List.copyOf(keyframes));
    }

    /** Whether a media query list (as in {@code @media} or a {@code media} attribute) applies here. */
    public boolean mediaApplies(String queryList) {
        return new MediaQuery(viewportWidth, viewportHeight).matches(queryList);
    }

    /**
     * Parses the body of a {@code style} attribute (declarations without braces). If the
     * library cannot read the text as a whole, each {@code ;}-separated part is tried on
     * its own, so one broken declaration costs only itself. Only the first 64 KB count.
     */
    public List<Declaration> parseDeclarations(String text) {
        if (text.length() > MAX_STYLE_ATTRIBUTE) {
            // Hostile input: megabytes of one attribute cost the library seconds.
            text = text.substring(0, Math.max(0, text.lastIndexOf(';', MAX_STYLE_ATTRIBUTE)));
        }
        List<Declaration> out = new ArrayList<>();
        Optional<List<CSSDeclaration>> whole = CssReader.declarations(text).map(list -> list.getAllDeclarations());
        if (whole.isPresent()) {
            for (CSSDeclaration d : whole.get()) add(d, out);
            return out;
        }
        for (String part : splitTopLevel(text, ';')) {
            if (part.isBlank()) continue;
            CssReader.declarations(part).ifPresent(list -> list.getAllDeclarations().forEach(d -> add(d, out)));
        }
        return out;
    }

    private void addRules(List<ICSSTopLevelRule> topLevel, List<StyleRule> out, List<Keyframes> keyframes, int depth) {
        for (ICSSTopLevelRule rule : topLevel) {
            if (rule instanceof CSSStyleRule style) {
                styleRule(style).ifPresent(out::add);
            } else if (rule instanceof CSSKeyframesRule frames && keyframes.size() < MAX_KEYFRAMES) {
                keyframes(frames).ifPresent(keyframes::add);
            } else if (rule instanceof CSSMediaRule media && depth < MAX_NESTING
                    && mediaApplies(media.getAllMediaQueries())) {
                addRules(media.getAllRules(), out, keyframes, depth + 1);
            }
        }
    }

    /**
     * An {@code @keyframes} rule (CSS Animations 1, section 3): each block's selectors
     * ({@code from}, {@code to}, {@code N%}) with its declarations, shorthands expanded.
     * A selector outside 0% to 100% drops its block; {@code !important} declarations are
     * ignored, as the spec says.
     */
    private static Optional<Keyframes> keyframes(CSSKeyframesRule rule) {
        String name = unquote(rule.getAnimationName() == null ? "" : rule.getAnimationName());
        if (name.isEmpty()) return Optional.empty();
        List<Keyframes.Keyframe> frames = new ArrayList<>();
        for (CSSKeyframesBlock block : rule.getAllBlocks()) {
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            List<Declaration> declarations = new ArrayList<>();
            for (CSSDeclaration d : block.getAllDeclarations()) {
                if (!d.isImportant()) add(d, declarations);
            }
            for (Declaration d : declarations) values.put(d.property(), d.value());
            for (String selector : block.getAllKeyframesSelectors()) {
                double offset = keyframeOffset(selector);
                if (offset >= 0 && frames.size() < MAX_KEYFRAMES) frames.add(new Keyframes.Keyframe(offset, values));
            }
        }
        if (frames.isEmpty()) return Optional.empty();
        return Optional.of(new Keyframes(name, frames));
    }

    /** A keyframe selector's offset in [0, 1], or -1 if it is not one. */
    static double keyframeOffset(String selector) {
        String s = selector.trim().toLowerCase(Locale.ROOT);
        if (s.equals("from")) return 0;
        if (s.equals("to")) return 1;
        if (!s.endsWith("%")) return -1;
        try {
            double percent = Double.parseDouble(s.substring(0, s.length() - 1));
            return percent >= 0 && percent <= 100 ? percent / 100 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The engine's rule for a style rule, or empty if no selector or no declaration survives. */
    private Optional<StyleRule> styleRule(CSSStyleRule rule) {
        List<Selector> selectors = new ArrayList<>();
        for (CSSSelector s : rule.getAllSelectors()) {
            SelectorBuilder.build(s, s.getAsCSSString(WRITER, 0)).ifPresent(selectors::add);
        }
        if (selectors.isEmpty()) return Optional.empty();
        List<Declaration> declarations = new ArrayList<>();
        for (CSSDeclaration d : rule.getAllDeclarations()) add(d, declarations);
        if (declarations.isEmpty()) return Optional.empty();
        return Optional.of(new StyleRule(selectors, declarations));
    }

    /** Adds one parsed declaration, expanded into longhands. */
    private static void add(CSSDeclaration d, List<Declaration> out) {
        String property = d.getProperty().trim().toLowerCase(Locale.ROOT);
        String value = d.getExpressionAsCSSString().trim();
        if (property.isEmpty() || value.isEmpty()) return;
        if (property.startsWith("--") || CustomProperties.usesVar(value)) {
            // A custom property, or a value to read once var() is substituted (CustomProperties).
            if (value.length() <= CustomProperties.MAX_LENGTH) out.add(new Declaration(property, value, d.isImportant()));
            return;
        }
        // An invalid value is dropped at parse time, so an earlier valid one in the same rule
        // still applies: "display: flex; display: -ms-flexbox" is a flex container.
        if (property.equals("display") && StyleComputer.display(value.toLowerCase(Locale.ROOT)).isEmpty()) return;
        Shorthands.expand(property, value, d.isImportant(), out);
    }

    private boolean mediaApplies(List<CSSMediaQuery> queries) {
        if (queries.isEmpty()) return true;
        List<String> texts = new ArrayList<>();
        for (CSSMediaQuery q : queries) texts.add(q.getAsCSSString(WRITER, 0));
        return mediaApplies(String.join(", ", texts));
    }

    /** Removes one pair of matching quotes around {@code s}, if any. */
    static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    /** Splits on {@code separator} outside parentheses and strings (error recovery for style attributes). */
    static List<String> splitTopLevel(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == separator && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
