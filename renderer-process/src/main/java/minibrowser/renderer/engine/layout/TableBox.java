package minibrowser.renderer.engine.layout;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.Length;
import org.jsoup.nodes.Element;

/**
 * A table (CSS 2.1 chapter 17, simplified): its children are captions (placed above)
 * and {@link BlockBox}es of kind ROW whose children are CELLs. Row groups
 * ({@code tbody}...) are flattened away. {@link TableLayout} sizes it.
 *
 * <p>A table with {@code position: absolute} or {@code fixed} is of kind ABSOLUTE: out
 * of the flow, placed by {@link PositionedLayout} like any absolute box, laid out by
 * {@link TableLayout} all the same (CSS 2.1 section 17.4: the table wrapper box is the
 * positioned one).
 */
public final class TableBox extends BlockBox {

    /** Space between cells and around them, in px ({@code border-spacing}, HTML default 2). */
    int cellSpacing = 2;
    /**
     * The widths of {@code <col>} elements ({@code width} attribute or CSS), one per
     * column they span, in column order; AUTO where a column has none.
     */
    final List<Length> columnWidths = new ArrayList<>();

    /**
     * The space between cells: none with {@code border-collapse: collapse}, else
     * {@code border-spacing}, else the {@code cellspacing} attribute, else 2px.
     */
    public int spacing() {
        if (style().borderCollapse()) return 0;
        return style().borderSpacing() >= 0 ? style().borderSpacing() : cellSpacing;
    }

    /** The table box of {@code element}: of kind TABLE, or ABSOLUTE when its style takes it out of the flow. */
    public TableBox(Element element, ComputedStyle style) {
        super(style.outOfFlow() ? Kind.ABSOLUTE : Kind.TABLE, element, style);
    }
}
