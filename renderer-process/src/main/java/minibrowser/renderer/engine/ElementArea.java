package minibrowser.renderer.engine;

import org.jsoup.nodes.Element;

/**
 * Where an element was drawn: the border box of one of its boxes (a block, or one line's
 * piece of its text), in page coordinates. Clicks on a scripted page are hit-tested
 * against these to find the element an event goes to ({@link Page#elementAt}).
 *
 * <p>The element is the live DOM node a script may still change: only renderer-main,
 * which owns the DOM, may look at it.
 */
public record ElementArea(Rect rect, Element element) {}
