package minibrowser.renderer.engine;

/**
 * Where a focusable control was drawn (a form field, a button, an element with
 * {@code tabindex}): its border box in page coordinates, what kind it is and its focus
 * index ({@link Focusables}). The compositor reports these with the links on screen, so
 * Tab reaches controls while main is busy; the element itself stays main's.
 *
 * @param rect       its border box, page coordinates
 * @param kind       what it is (never {@link Focusables.Kind#LINK}: links are {@link LinkArea}s)
 * @param focusIndex its 1-based place among the document's focusable elements
 */
public record ControlArea(Rect rect, Focusables.Kind kind, int focusIndex) {}
