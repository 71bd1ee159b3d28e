package minibrowser.renderer.engine.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Old HTML attributes that act as style (HTML Living Standard section 15,
 * "Rendering"): {@code bgcolor}, {@code text}, {@code <font color size face>},
 * {@code align}, {@code width}, {@code height}, {@code border}, {@code cellpadding},
 * {@code <br clear>},
 * {@code hspace}/{@code vspace}. They enter the cascade as author declarations of
 * specificity zero, so any author rule overrides them.
 */
final class PresentationalHints {

    private static final Set<String> ALIGNABLE = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "center", "section", "article");
    private static final Set<String> SIZED = Set.of("img", "table", "td", "th", "embed", "object", "iframe",
            "hr", "canvas", "video", "col", "input");

    private PresentationalHints() {}

    /** The declarations implied by {@code element}'s attributes (often none). */
    static List<Declaration> of(Element e) {
        if (e.attributesSize() == 0 && !isTableCell(e)) return List.of();
        List<Declaration> out = new ArrayList<>();
        String tag = e.normalName();
        if (e.hasAttr("bgcolor")) add(out, "background-color", e.attr("bgcolor"));
        if (tag.equals("body") && e.hasAttr("text")) add(out, "color", e.attr("text"));
        if (tag.equals("br") && e.hasAttr("clear")) {
            String clear = e.attr("clear").trim().toLowerCase(Locale.ROOT);
            if (clear.equals("all") || clear.equals("both")) add(out, "clear", "both");
            if (clear.equals("left") || clear.equals("right")) add(out, "clear", clear);
        }
        if (tag.equals("font")) {
            if (e.hasAttr("color")) add(out, "color", e.attr("color"));
            if (e.hasAttr("face")) add(out, "font-family", e.attr("face"));
            if (e.hasAttr("size")) fontSize(e.attr("size").trim(), out);
        }
        if (e.hasAttr("align") && ALIGNABLE.contains(tag)) {
            String align = e.attr("align").trim().toLowerCase(Locale.ROOT);
            if (Set.of("left", "right", "center", "justify", "middle").contains(align)) add(out, "text-align", align);
        }
        if (e.hasAttr("align") && (tag.equals("img") || tag.equals("table") || tag.equals("embed"))) {
            String align = e.attr("align").trim().toLowerCase(Locale.ROOT);
            if (align.equals("left") || align.equals("right")) add(out, "float", align);
            if (align.equals("center") && tag.equals("table")) {
                add(out, "margin-left", "auto");
                add(out, "margin-right", "auto");
            }
        }
        if (SIZED.contains(tag)) {
            if (e.hasAttr("width")) dimension(out, "width", e.attr("width"));
            if (e.hasAttr("height")) dimension(out, "height", e.attr("height"));
        }
        if (tag.equals("iframe") && e.hasAttr("frameborder")) {
            // HTML 15.4.1: frameborder="0" (or "no") takes away the frame's border.
            String frameborder = e.attr("frameborder").trim().toLowerCase(Locale.ROOT);
            if (frameborder.equals("0") || frameborder.equals("no")) {
                for (Side side : Side.values()) add(out, "border-" + side.name().toLowerCase(Locale.ROOT) + "-width", "0px");
            }
        }
        if (tag.equals("table") && e.hasAttr("border")) {
            String border = number(e.attr("border"), "1");
            if (!border.equals("0")) {
                add(out, "border-top-width", border + "px");
                add(out, "border-right-width", border + "px");
                add(out, "border-bottom-width", border + "px");
                add(out, "border-left-width", border + "px");
                for (Side side : Side.values()) {
                    add(out, "border-" + side.name().toLowerCase(Locale.ROOT) + "-style", "outset");
                    add(out, "border-" + side.name().toLowerCase(Locale.ROOT) + "-color", "gray");
                }
            }
        }
        if (tag.equals("td") || tag.equals("th")) {
            Element table = e.closest("table");
            if (table != null) {
                if (table.hasAttr("cellpadding")) {
                    String p = number(table.attr("cellpadding"), "1") + "px";
                    for (Side side : Side.values()) add(out, "padding-" + side.name().toLowerCase(Locale.ROOT), p);
                }
                if (table.hasAttr("border") && !number(table.attr("border"), "1").equals("0")) {
                    for (Side side : Side.values()) {
                        String name = "border-" + side.name().toLowerCase(Locale.ROOT);
                        add(out, name + "-width", "1px");
                        add(out, name + "-style", "inset");
                        add(out, name + "-color", "gray");
                    }
                }
            }
            if (e.hasAttr("nowrap")) add(out, "white-space", "nowrap");
            Element row = e.parent();
            String valign = e.hasAttr("valign") ? e.attr("valign")
                    : row != null && row.hasAttr("valign") ? row.attr("valign") : "";
            valign = valign.trim().toLowerCase(Locale.ROOT);
            if (valign.equals("top") || valign.equals("middle") || valign.equals("bottom")) add(out, "vertical-align", valign);
        }
        if (tag.equals("img") || tag.equals("embed") || tag.equals("object")) {
            if (e.hasAttr("hspace")) {
                String h = number(e.attr("hspace"), "0") + "px";
                add(out, "margin-left", h);
                add(out, "margin-right", h);
            }
            if (e.hasAttr("vspace")) {
                String v = number(e.attr("vspace"), "0") + "px";
                add(out, "margin-top", v);
                add(out, "margin-bottom", v);
            }
            if (tag.equals("img") && e.hasAttr("border")) {
                String b = number(e.attr("border"), "0") + "px";
                for (Side side : Side.values()) {
                    String name = "border-" + side.name().toLowerCase(Locale.ROOT);
                    add(out, name + "-width", b);
                    add(out, name + "-style", "solid");
                }
            }
        }
        if ((tag.equals("ul") || tag.equals("ol") || tag.equals("li")) && e.hasAttr("type")) {
            String type = e.attr("type").trim();
            String css = switch (type) {
                case "1" -> "decimal";
                case "a" -> "lower-alpha";
                case "A" -> "upper-alpha";
                case "i" -> "lower-roman";
                case "I" -> "upper-roman";
                default -> type.toLowerCase(Locale.ROOT);
            };
            add(out, "list-style-type", css);
        }
        return out;
    }

    /** Cells take hints from their table's attributes even when they have none of their own. */
    private static boolean isTableCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }

    /** {@code <font size=N>}: 1..7, or relative +N/-N from 3 (HTML "legacy font size"). */
    private static void fontSize(String size, List<Declaration> out) {
        try {
            int n;
            if (size.startsWith("+")) n = 3 + Integer.parseInt(size.substring(1));
            else if (size.startsWith("-")) n = 3 - Integer.parseInt(size.substring(1));
            else n = Integer.parseInt(size);
            n = Math.max(1, Math.min(7, n));
            String[] keywords = {"x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large"};
            add(out, "font-size", keywords[n - 1]);
        } catch (NumberFormatException ignored) {
            // not a size: no hint
        }
    }

    /** {@code width="200"} means 200px, {@code width="50%"} means 50%. */
    private static void dimension(List<Declaration> out, String property, String value) {
        String v = value.trim();
        if (v.endsWith("%")) {
            String n = number(v.substring(0, v.length() - 1), "");
            if (!n.isEmpty()) add(out, property, n + "%");
        } else {
            String n = number(v.endsWith("px") ? v.substring(0, v.length() - 2) : v, "");
            if (!n.isEmpty()) add(out, property, n + "px");
        }
    }

    /** The leading non-negative integer of {@code value}, or {@code fallback}. */
    private static String number(String value, String fallback) {
        String v = value.trim();
        int i = 0;
        while (i < v.length() && i < 7 && Character.isDigit(v.charAt(i))) i++;
        return i == 0 ? fallback : String.valueOf(Integer.parseInt(v.substring(0, i)));
    }

    private static void add(List<Declaration> out, String property, String value) {
        out.add(new Declaration(property, value, false));
    }
}
