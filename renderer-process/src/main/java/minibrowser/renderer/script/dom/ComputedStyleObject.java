package minibrowser.renderer.script.dom;

import java.util.Locale;
import java.util.Optional;
import minibrowser.renderer.engine.layout.BlockBox;
import minibrowser.renderer.engine.layout.Edges;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.Length;
import minibrowser.renderer.engine.style.Side;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * {@code getComputedStyle(element)}: the element's style as the engine computed it, read
 * only, each value as CSSOM's "resolved value" gives it: sizes, margins and paddings of
 * an element that has a box are the px that layout used ({@code width: 50%} reads
 * {@code "392px"}); colours are {@code rgb()}; what the engine does not compute reads "".
 * The values are those of the forced layout taken when it was asked for, as in browsers
 * a snapshot read again after a change sees the change (the layout is taken anew).
 */
final class ComputedStyleObject extends HostObject {
    private final ElementObject owner;

    ComputedStyleObject(ElementObject owner) {
        super("CSSStyleDeclaration");
        this.owner = owner;
        setParentScope(owner.dom.window());
        setPrototype(owner.dom.computedStylePrototype);
    }

    static void defineMethods(Scriptable p) {
        method(p, "getPropertyValue", 1, ComputedStyleObject.class, (self, a) -> self.value(string(a, 0).toLowerCase(Locale.ROOT)));
    }

    @Override
    public Object get(String name, Scriptable start) {
        Object own = super.get(name, start);
        if (own != NOT_FOUND || ScriptableObject.hasProperty(getPrototype(), name)) return own;
        if (name.equals("cssFloat")) return value("float");
        return value(StyleObject.cssName(name));
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        throw domException("NoModificationAllowedError", "a computed style is read-only");
    }

    /** The resolved value of {@code property} (a CSS name), or "" when the element is not in the document. */
    private String value(String property) {
        Optional<ComputedStyle> computed = owner.dom.layout().style(owner.element());
        if (computed.isEmpty()) return "";
        ComputedStyle style = computed.get();
        BlockBox box = owner.dom.layout().block(owner.element()).orElse(null);
        return switch (property) {
            case "display" -> display(style);
            case "position" -> style.position();
            case "float" -> keyword(style.floatSide());
            case "clear" -> keyword(style.clear());
            case "visibility" -> style.visible() ? "visible" : "hidden";
            case "opacity" -> number(style.opacity());
            case "color" -> rgb(style.color());
            case "background-color" -> rgb(style.backgroundColor());
            case "font-size" -> px(style.fontSize());
            case "font-family" -> style.textStyle().family().cssName();
            case "font-weight" -> style.textStyle().bold() ? "700" : "400";
            case "font-style" -> style.textStyle().italic() ? "italic" : "normal";
            case "line-height" -> style.lineHeight(-1) < 0 ? "normal" : px(style.lineHeight(-1));
            case "white-space" -> keyword(style.whiteSpace());
            case "text-align" -> keyword(style.textAlign());
            case "vertical-align" -> style.verticalAlign();
            case "box-sizing" -> style.borderBox() ? "border-box" : "content-box";
            case "overflow", "overflow-x", "overflow-y" -> style.overflowHidden() ? "hidden" : "visible";
            case "width" -> box == null ? length(style.width(), "auto") : px(box.contentWidth());
            case "height" -> box == null ? length(style.height(), "auto")
                    : px(Math.max(0, box.height() - box.border().vertical() - box.padding().vertical()));
            case "min-width" -> length(style.minWidth(), "auto");
            case "min-height" -> length(style.minHeight(), "auto");
            case "max-width" -> length(style.maxWidth(), "none");
            case "max-height" -> length(style.maxHeight(), "none");
            case "top" -> length(style.top(), "auto");
            case "right" -> length(style.right(), "auto");
            case "bottom" -> length(style.bottom(), "auto");
            case "left" -> length(style.left(), "auto");
            case "z-index" -> "auto";
            case "transform" -> "none";
            case "flex-grow" -> number(style.flexGrow());
            case "flex-shrink" -> number(style.flexShrink());
            default -> sided(property, style, box);
        };
    }

    /** {@code margin-top}, {@code padding-left}, {@code border-right-width}... ; "" for any other name. */
    private static String sided(String property, ComputedStyle style, BlockBox box) {
        for (Side side : Side.values()) {
            String name = side.name().toLowerCase(Locale.ROOT);
            if (property.equals("margin-" + name)) {
                return px(box != null ? edge(box.margin(), side) : style.margin(side).resolve(0, 0));
            }
            if (property.equals("padding-" + name)) {
                return px(box != null ? edge(box.padding(), side) : style.padding(side).resolve(0, 0));
            }
            if (property.equals("border-" + name + "-width")) return px(style.borderWidth(side));
            if (property.equals("border-" + name + "-color")) return rgb(style.borderColor(side));
            if (property.equals("border-" + name + "-style")) return style.borderWidth(side) > 0 ? "solid" : "none";
        }
        return "";
    }

    private static int edge(Edges edges, Side side) {
        return switch (side) {
            case TOP -> edges.top();
            case RIGHT -> edges.right();
            case BOTTOM -> edges.bottom();
            case LEFT -> edges.left();
        };
    }

    private static String display(ComputedStyle style) {
        boolean inline = style.display() == minibrowser.renderer.engine.style.Display.INLINE_BLOCK;
        if (style.flexRow() || style.flexColumn()) return inline ? "inline-flex" : "flex";
        if (style.gridColumns() != null) return inline ? "inline-grid" : "grid";
        return keyword(style.display());
    }

    private static String keyword(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String length(Length length, String ifAuto) {
        return switch (length.unit()) {
            case AUTO -> ifAuto;
            case PX -> px(length.value());
            case PERCENT -> number(length.value()) + "%";
        };
    }

    static String px(double value) {
        return number(value) + "px";
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
    }

    private static String rgb(int argb) {
        int alpha = argb >>> 24;
        String channels = ((argb >> 16) & 0xFF) + ", " + ((argb >> 8) & 0xFF) + ", " + (argb & 0xFF);
        return alpha == 0xFF ? "rgb(" + channels + ")" : "rgba(" + channels + ", " + number(alpha / 255.0) + ")";
    }
}
