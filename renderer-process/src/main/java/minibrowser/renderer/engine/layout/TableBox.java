package minibrowser.renderer.engine.layout;

import minibrowser.renderer.engine.style.ComputedStyle;
import org.jsoup.nodes.Element;

/**
 * A table (CSS 2.1 chapter 17, simplified): its children are captions (placed above)
 * and {@link BlockBox}es of kind ROW whose children are CELLs. Row groups
 * ({@code tbody}...) are flattened away. {@link TableLayout} sizes it.
 */
public final class TableBox extends BlockBox {

    /** Space between cells and around them, in px ({@code border-spacing}, HTML default 2). */
    int cellSpacing = 2;

    /** The table box of {@code element}. */
    public TableBox(Element element, ComputedStyle style) {
        super(Kind.TABLE, element, style);
    }
}
