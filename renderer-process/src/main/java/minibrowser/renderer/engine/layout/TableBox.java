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

    /**
     * The space between cells: none with {@code border-collapse: collapse}, else
     * {@code border-spacing}, else the {@code cellspacing} attribute, else 2px.
     */
    public int spacing() {
        if (style().borderCollapse()) return 0;
        return style().borderSpacing() >= 0 ? style().borderSpacing() : cellSpacing;
    }

    /** The table box of {@code element}. */
    public TableBox(Element element, ComputedStyle style) {
        super(Kind.TABLE, element, style);
    }
}
