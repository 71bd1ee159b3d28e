package minibrowser.renderer.engine.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minibrowser.renderer.engine.QuirksMode;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.Display;
import minibrowser.renderer.engine.style.Length;
import minibrowser.renderer.engine.style.Side;
import minibrowser.renderer.engine.style.StyledElement;
import minibrowser.renderer.engine.style.StyledNode;
import minibrowser.renderer.engine.style.StyledText;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Builds the box tree from the style tree (CSS 2.1 section 9.2): one box per
 * block-level element, inline elements flattened into {@link InlineItem}s of the
 * nearest block container, and anonymous blocks wherever inline content and blocks
 * are siblings. Images and embeds become {@link ReplacedBox}es.
 */
public final class BoxTreeBuilder {

    private static final Set<String> REPLACED = Set.of("img", "embed", "object", "iframe", "video", "canvas");
    /** Width of the broken-image icon shown before a missing image's text (Chromium's is 16 x 16). */
    static final int BROKEN_IMAGE_ICON = 16;

    private final Map<String, int[]> naturalImageSizes;
    private boolean quirks;

    /**
     * A builder that knows which images loaded and which failed.
     *
     * @param naturalImageSizes {width, height} by absolute image URL; {0, 0} for an image
     *                          that could not be fetched or decoded (a broken image)
     */
    public BoxTreeBuilder(Map<String, int[]> naturalImageSizes) {
        this.naturalImageSizes = naturalImageSizes;
    }

    /** Builds the boxes for the root element; nothing is positioned yet. */
    public BlockBox build(StyledElement root) {
        quirks = QuirksMode.of(root.element().ownerDocument());
        BlockBox box = new BlockBox(BlockBox.Kind.BLOCK, root.element(), root.style());
        fillContainer(box, root.children(), null);
        return box;
    }

    /** Fills a block container with its children, wrapping inline runs next to blocks in anonymous blocks. */
    private void fillContainer(BlockBox container, List<StyledNode> nodes, String href) {
        Runs runs = new Runs(container);
        if (container.style().flexRow() || container.style().flexColumn()) {
            addFlexItems(runs, nodes, href);
        } else {
            addNodes(runs, nodes, href);
        }
        runs.finish();
    }

    /**
     * The children of a flex container (CSS Flexbox 1 section 4): every in-flow child
     * element becomes a block-level flex item, and each run of text or inline boxes
     * between them an anonymous one; white space between items is dropped.
     * {@link FlexLayout} places them.
     */
    private void addFlexItems(Runs runs, List<StyledNode> nodes, String href) {
        for (StyledNode node : nodes) {
            if (node instanceof StyledText text) {
                if (!text.text().isBlank()) runs.inline(new InlineItem.Text(text.text().strip(), text.style(), href, text.parent()));
                continue;
            }
            StyledElement e = (StyledElement) node;
            String tag = e.tag();
            if (REPLACED.contains(tag) || tag.equals("br") || tag.equals("input") || tag.equals("select")
                    || e.style().outOfFlow()) {
                addElement(runs, e, href);
                continue;
            }
            String itemHref = href;
            if (tag.equals("a") && e.element().hasAttr("href")) {
                String abs = e.element().absUrl("href");
                itemHref = abs.isEmpty() ? e.element().attr("href") : abs;
            }
            if (e.style().display() == Display.TABLE) {
                runs.block(table(e, itemHref));
                continue;
            }
            BlockBox item = new BlockBox(BlockBox.Kind.FLEX_ITEM, e.element(), e.style());
            item.href = itemHref;
            fillContainer(item, e.children(), itemHref);
            runs.block(item);
        }
    }

    /**
     * Collects a container's children: either one run of inline items, or blocks with
     * runs between them (which become anonymous blocks).
     */
    private static final class Runs {
        final BlockBox container;
        final List<Object> parts = new ArrayList<>();   // BlockBox or List<InlineItem>

        Runs(BlockBox container) { this.container = container; }

        void inline(InlineItem item) {
            if (parts.isEmpty() || !(parts.get(parts.size() - 1) instanceof List<?>)) parts.add(new ArrayList<InlineItem>());
            @SuppressWarnings("unchecked")
            List<InlineItem> run = (List<InlineItem>) parts.get(parts.size() - 1);
            run.add(item);
        }

        /** A block-level box; a float after inline content stays in that content ({@link InlineItem.Float}). */
        void block(BlockBox box) {
            if (box.kind() == BlockBox.Kind.FLOAT && !parts.isEmpty() && parts.get(parts.size() - 1) instanceof List<?> run) {
                @SuppressWarnings("unchecked")
                List<InlineItem> items = (List<InlineItem>) run;
                if (!isCollapsibleWhitespace(items)) {
                    items.add(new InlineItem.Float(box));
                    return;
                }
            }
            parts.add(box);
        }

        @SuppressWarnings("unchecked")
        void finish() {
            boolean anyBlock = parts.stream().anyMatch(p -> p instanceof BlockBox);
            if (!anyBlock) {
                if (!parts.isEmpty()) {
                    List<InlineItem> run = (List<InlineItem>) parts.get(0);
                    if (!isCollapsibleWhitespace(run)) container.inlineItems().addAll(run);
                }
                return;
            }
            for (Object part : parts) {
                if (part instanceof BlockBox b) {
                    container.children.add(b);
                } else {
                    List<InlineItem> run = (List<InlineItem>) part;
                    if (isCollapsibleWhitespace(run)) continue;
                    BlockBox anonymous = new BlockBox(BlockBox.Kind.ANONYMOUS, null, container.style().anonymousBlock());
                    anonymous.inlineItems().addAll(run);
                    container.children.add(anonymous);
                }
            }
        }
    }

    /** True if the run is only white space that collapses away (it generates no line). */
    static boolean isCollapsibleWhitespace(List<InlineItem> run) {
        for (InlineItem item : run) {
            if (!(item instanceof InlineItem.Text t)) return false;
            if (!t.style().whiteSpace().collapsesSpaces() && !t.text().isEmpty()) return false;
            if (!t.text().isBlank()) return false;
        }
        return true;
    }

    private void addNodes(Runs runs, List<StyledNode> nodes, String href) {
        for (StyledNode node : nodes) {
            if (node instanceof StyledText text) {
                runs.inline(new InlineItem.Text(text.text(), text.style(), href, text.parent()));
            } else if (node instanceof StyledElement element) {
                addElement(runs, element, href);
            }
        }
    }

    private void addElement(Runs runs, StyledElement e, String href) {
        ComputedStyle style = e.style();
        Element element = e.element();
        String tag = e.tag();
        if (tag.equals("a") && element.hasAttr("href")) {
            String abs = element.absUrl("href");
            href = abs.isEmpty() ? element.attr("href") : abs;
        }
        Display display = style.display();
        if (display == Display.TABLE_COLUMN) return;
        if (tag.equals("br")) {
            runs.inline(new InlineItem.LineBreak(style));
            return;
        }
        if (tag.equals("input") || tag.equals("select")) {
            formControl(runs, e, href);
            return;
        }
        if (REPLACED.contains(tag)) {
            if (tag.equals("img") && isBroken(element) && !showBrokenAsBox(e)) {
                brokenImage(runs, e, href);
                return;
            }
            ReplacedBox replaced = replaced(e, href);
            if (style.floatSide() != ComputedStyle.FloatSide.NONE && !style.outOfFlow()) {
                // A floated image is a float box around the replaced element (CSS 2.1 section 9.5).
                BlockBox wrapper = new BlockBox(BlockBox.Kind.FLOAT, null, style.floatWrapper());
                wrapper.inlineItems().add(new InlineItem.Atomic(replaced, style, href));
                runs.block(wrapper);
            } else if (display.isBlockLevel()) {
                BlockBox wrapper = new BlockBox(BlockBox.Kind.ANONYMOUS, null, style.anonymousBlock());
                wrapper.inlineItems().add(new InlineItem.Atomic(replaced, style, href));
                runs.block(wrapper);
            } else {
                runs.inline(new InlineItem.Atomic(replaced, style, href));
            }
            return;
        }
        switch (display) {
            case INLINE -> {
                int left = inlineEdge(style, Side.LEFT);
                int right = inlineEdge(style, Side.RIGHT);
                if (left > 0) runs.inline(new InlineItem.Spacer(left, style));
                addNodes(runs, e.children(), href);
                if (right > 0) runs.inline(new InlineItem.Spacer(right, style));
            }
            case INLINE_BLOCK -> {
                BlockBox box = new BlockBox(BlockBox.Kind.INLINE_BLOCK, element, style);
                box.href = href;
                fillContainer(box, e.children(), href);
                runs.inline(new InlineItem.Atomic(box, style, href));
            }
            case TABLE -> runs.block(table(e, href));
            default -> runs.block(block(e, href));
        }
    }

    private BlockBox block(StyledElement e, String href) {
        ComputedStyle style = e.style();
        BlockBox.Kind kind = style.outOfFlow() ? BlockBox.Kind.ABSOLUTE
                : style.floatSide() != ComputedStyle.FloatSide.NONE ? BlockBox.Kind.FLOAT
                : style.display() == Display.LIST_ITEM ? BlockBox.Kind.LIST_ITEM
                : style.display() == Display.TABLE_CELL ? BlockBox.Kind.CELL
                : style.display() == Display.TABLE_CAPTION ? BlockBox.Kind.CAPTION
                : BlockBox.Kind.BLOCK;
        BlockBox box = new BlockBox(kind, e.element(), style);
        box.href = href;
        fillContainer(box, e.children(), href);
        return box;
    }

    /** True if {@code img} names an image the browser could not fetch or decode. */
    private boolean isBroken(Element img) {
        int[] size = naturalImageSizes.get(img.absUrl("src"));
        return size != null && size.length == 2 && size[0] == 0 && size[1] == 0;
    }

    /**
     * Whether a broken image still shows as a box of its own size (HTML section 15.4.2,
     * as Chromium does it): when it has both a width and a height, and either the
     * document is in quirks mode or its {@code alt} is absent or empty. Otherwise it
     * shows its text (or nothing).
     */
    private boolean showBrokenAsBox(StyledElement e) {
        ComputedStyle s = e.style();
        boolean bothSizes = !s.width().isAuto() && !s.height().isAuto();
        boolean oneSize = !s.width().isAuto() || !s.height().isAuto();
        if (quirks) return oneSize; // quirks mode copies one dimension to the other
        return bothSizes && e.element().attr("alt").isEmpty();
    }

    /**
     * A broken image that is not shown as a box (HTML section 15.4.2): one with text in
     * {@code alt} becomes an inline element holding a broken-image icon's room and that
     * text, so the text flows with the line as Chromium draws it; a floated or
     * block-level one becomes a block (its width and height apply) holding the same. One
     * with an empty {@code alt} represents nothing; one with no {@code alt} shows the icon.
     * (With a width and a height, the last two are boxes instead: {@link #showBrokenAsBox}.)
     */
    private void brokenImage(Runs runs, StyledElement e, String href) {
        Element element = e.element();
        ComputedStyle style = e.style();
        String alt = element.attr("alt");
        if (element.hasAttr("alt") && alt.isBlank()) return;
        if (alt.length() > 200) alt = alt.substring(0, 200);
        boolean floated = style.floatSide() != ComputedStyle.FloatSide.NONE && !style.outOfFlow();
        if (floated || style.display().isBlockLevel()) {
            BlockBox.Kind kind = style.outOfFlow() ? BlockBox.Kind.ABSOLUTE : floated ? BlockBox.Kind.FLOAT : BlockBox.Kind.BLOCK;
            BlockBox box = new BlockBox(kind, element, style.asBlock());
            box.href = href;
            ComputedStyle text = style.anonymousBlock();
            box.inlineItems().add(brokenImageIcon(text, href));
            if (!alt.isEmpty()) box.inlineItems().add(new InlineItem.Text(alt, text, href));
            runs.block(box);
            return;
        }
        ComputedStyle inline = style.asInline();
        int left = inlineEdge(inline, Side.LEFT);
        int right = inlineEdge(inline, Side.RIGHT);
        if (left > 0) runs.inline(new InlineItem.Spacer(left, inline));
        runs.inline(brokenImageIcon(inline, href));
        if (!alt.isEmpty()) runs.inline(new InlineItem.Text(alt, inline, href));
        if (right > 0) runs.inline(new InlineItem.Spacer(right, inline));
    }

    /** The broken-image icon, a 16 x 16 box the rasterizers draw (never fetched). */
    private static InlineItem brokenImageIcon(ComputedStyle around, String href) {
        String size = Integer.toString(BROKEN_IMAGE_ICON);
        ReplacedBox icon = new ReplacedBox(ReplacedBox.Kind.BROKEN_IMAGE_ICON, around.anonymousBlock(),
                minibrowser.renderer.engine.paint.DrawImage.BROKEN_IMAGE_ICON, "", "", Map.of("width", size, "height", size), href);
        return new InlineItem.Atomic(icon, around, href);
    }

    /** A table: captions first, then rows (row groups flattened), cells inside rows. */
    private BlockBox table(StyledElement e, String href) {
        TableBox table = new TableBox(e.element(), e.style());
        Element element = e.element();
        if (element.hasAttr("cellspacing")) {
            try {
                table.cellSpacing = Math.max(0, Math.min(100, Integer.parseInt(element.attr("cellspacing").trim())));
            } catch (NumberFormatException ignored) {
                // keep the default
            }
        }
        List<BlockBox> captions = new ArrayList<>();
        List<BlockBox> rows = new ArrayList<>();
        collectRows(e.children(), table, rows, captions, href);
        table.children.addAll(captions);
        table.children.addAll(rows);
        return table;
    }

    private void collectRows(List<StyledNode> nodes, TableBox table, List<BlockBox> rows, List<BlockBox> captions,
                             String href) {
        BlockBox looseRow = null;
        for (StyledNode node : nodes) {
            if (!(node instanceof StyledElement child)) continue;   // text directly in a table is not rendered
            switch (child.style().display()) {
                case TABLE_ROW_GROUP -> collectRows(child.children(), table, rows, captions, href);
                case TABLE_ROW -> {
                    rows.add(row(child, table, href));
                    looseRow = null;
                }
                case TABLE_CAPTION -> captions.add(block(child, href));
                case TABLE_COLUMN -> columns(child, table);
                case NONE -> { }
                default -> {
                    // A cell or other box outside a row gets an anonymous row (CSS 2.1 section 17.2.1).
                    if (looseRow == null) {
                        looseRow = new BlockBox(BlockBox.Kind.ROW, null, table.style().anonymousBlock());
                        rows.add(looseRow);
                    }
                    looseRow.children.add(block(child, href));
                }
            }
        }
    }

    /**
     * Records the widths of a {@code <colgroup>} or {@code <col>} (HTML section 4.9.4):
     * a {@code col} counts {@code span} columns; a {@code colgroup} with no {@code col}
     * inside counts its own {@code span}, and its width applies to each of them.
     */
    private static void columns(StyledElement e, TableBox table) {
        List<StyledElement> cols = new ArrayList<>();
        for (StyledNode node : e.children()) {
            if (node instanceof StyledElement col && col.tag().equals("col")) cols.add(col);
        }
        if (cols.isEmpty()) cols.add(e);
        for (StyledElement col : cols) {
            int span = 1;
            try {
                if (col.element().hasAttr("span")) span = Integer.parseInt(col.element().attr("span").trim());
            } catch (NumberFormatException ignored) {
                // span 1
            }
            span = Math.max(1, Math.min(span, 1000));
            Length width = col.style().width().isAuto() && col != e ? e.style().width() : col.style().width();
            for (int i = 0; i < span && table.columnWidths.size() < 1000; i++) table.columnWidths.add(width);
        }
    }

    private BlockBox row(StyledElement e, TableBox table, String href) {
        BlockBox row = new BlockBox(BlockBox.Kind.ROW, e.element(), e.style());
        for (StyledNode node : e.children()) {
            if (node instanceof StyledElement cell && cell.style().display() != Display.TABLE_COLUMN) {
                row.children.add(block(cell, href));
            }
        }
        return row;
    }

    /** An inline element's margin + border + padding on one side, in px (percentages count as 0). */
    private static int inlineEdge(ComputedStyle style, Side side) {
        int margin = style.margin(side).unit() == Length.Unit.PX ? style.margin(side).resolve(0, 0) : 0;
        int padding = style.padding(side).unit() == Length.Unit.PX ? style.padding(side).resolve(0, 0) : 0;
        return Math.max(0, Math.min(10_000, margin + style.borderWidth(side) + padding));
    }

    /**
     * Form controls are shown, not operated (HTML section 15.5): each is an inline-block
     * box, bordered by the user-agent sheet, holding its value. A text field shows its
     * value or placeholder and is {@code size} characters wide (20 by default); a check
     * box or radio button shows a check mark when checked; a button shows its label; a
     * drop-down shows its selected option and an arrow.
     */
    private void formControl(Runs runs, StyledElement e, String href) {
        Element element = e.element();
        ComputedStyle style = e.style();
        String type = element.attr("type").toLowerCase(java.util.Locale.ROOT);
        String shown;
        int widthInChars = -1;
        if (e.tag().equals("select")) {
            Element option = element.selectFirst("option[selected]");
            if (option == null) option = element.selectFirst("option");
            shown = (option == null ? "" : option.text()) + " \u25BE";
        } else if (type.equals("checkbox") || type.equals("radio")) {
            shown = element.hasAttr("checked") ? "\u2713" : "\u00A0";
        } else if (Set.of("submit", "button", "reset").contains(type)) {
            shown = element.hasAttr("value") ? element.attr("value") : type.equals("reset") ? "Reset" : type.equals("submit") ? "Submit" : "";
        } else {
            shown = element.hasAttr("value") ? element.attr("value") : element.attr("placeholder");
            widthInChars = 20;
            try {
                if (element.hasAttr("size")) widthInChars = Math.max(1, Math.min(500, Integer.parseInt(element.attr("size").trim())));
            } catch (NumberFormatException ignored) {
                // keep 20
            }
        }
        if (shown.length() > 200) shown = shown.substring(0, 200);
        if (shown.isEmpty()) shown = "\u00A0";
        BlockBox box = new BlockBox(BlockBox.Kind.INLINE_BLOCK, element, style);
        box.href = href;
        if (widthInChars > 0 && style.width().isAuto()) {
            int frame = style.borderWidth(Side.LEFT) + style.borderWidth(Side.RIGHT)
                    + style.padding(Side.LEFT).resolve(0, 0) + style.padding(Side.RIGHT).resolve(0, 0);
            box.widthOverride = (int) Math.round(widthInChars * style.fontSize() * 0.55) + frame;
        }
        ComputedStyle textStyle = style.withWhiteSpace(ComputedStyle.WhiteSpace.PRE);
        box.inlineItems().add(new InlineItem.Text(shown, textStyle, href));
        if (style.display().isBlockLevel()) {
            runs.block(box);
        } else {
            runs.inline(new InlineItem.Atomic(box, style, href));
        }
    }

    private ReplacedBox replaced(StyledElement e, String href) {
        Element element = e.element();
        String tag = e.tag();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Attribute a : element.attributes()) {
            if (attributes.size() >= 64) break;
            String value = a.getValue();
            attributes.put(a.getKey(), value.length() > 4096 ? value.substring(0, 4096) : value);
        }
        boolean image = tag.equals("img") || tag.equals("canvas") || tag.equals("video") || tag.equals("iframe");
        String srcAttribute = tag.equals("object") ? "data" : "src";
        String src = element.hasAttr(srcAttribute) ? element.absUrl(srcAttribute) : "";
        if (src.isEmpty() && element.hasAttr(srcAttribute)) src = element.attr(srcAttribute);
        if (src.length() > 4096) src = src.substring(0, 4096);
        String alt = element.attr("alt");
        boolean frame = tag.equals("iframe") && (src.startsWith("http://") || src.startsWith("https://") || src.startsWith("file:"));
        if (!tag.equals("img") && image) {
            // Only <img> content is fetched as an image, and an iframe's document as a frame; other boxes show their name.
            if (alt.isEmpty()) alt = tag.equals("iframe") || tag.equals("video") || tag.equals("canvas") ? tag : alt;
            if (!frame) src = "";
        }
        if (alt.length() > 200) alt = alt.substring(0, 200);
        String type = element.attr("type");
        ReplacedBox.Kind kind = frame ? ReplacedBox.Kind.FRAME : image ? ReplacedBox.Kind.IMAGE : ReplacedBox.Kind.EMBED;
        return new ReplacedBox(kind, e.style(), src, alt, kind == ReplacedBox.Kind.EMBED ? type : "", attributes, href);
    }
}
