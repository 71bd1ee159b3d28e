package minibrowser.renderer.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import minibrowser.renderer.engine.style.CssParser;

/**
 * The style sheets this engine parsed lately, by their text and the viewport they were
 * parsed for (the viewport matters: {@code vw} units and media queries are resolved while
 * parsing). A page's sheets are the same text at every rendering step and at every
 * layout a script forces, so each is parsed once, not once per frame, as Chromium
 * keeps a document's parsed sheets until their text changes.
 *
 * <p>Holds the {@link #CAPACITY} most recently used; safe to use from any thread.
 */
final class ParsedSheets {
    static final int CAPACITY = 32;

    private record Key(String css, int viewportWidth, int viewportHeight) {}

    private final Map<Key, CssParser.Result> recent = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CssParser.Result> eldest) {
            return size() > CAPACITY;
        }
    };

    /** {@code css} parsed by {@code parser} (made for that viewport), or as parsed before. */
    synchronized CssParser.Result parse(CssParser parser, String css, int viewportWidth, int viewportHeight) {
        return recent.computeIfAbsent(new Key(css, viewportWidth, viewportHeight), key -> parser.parseSheet(css));
    }
}
