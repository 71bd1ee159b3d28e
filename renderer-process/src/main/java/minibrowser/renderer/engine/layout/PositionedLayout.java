package minibrowser.renderer.engine.layout;

import java.util.List;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.Length;
import minibrowser.renderer.engine.style.Side;

/**
 * Positioned layout (CSS 2.1 sections 9.3 and 10.3.7), run once the normal flow is laid
 * out:
 *
 * <ul>
 *   <li>{@code position: relative} (and {@code sticky}) moves a box and everything in it
 *       by {@code left}/{@code top} (or minus {@code right}/{@code bottom}) without
 *       moving anything else;</li>
 *   <li>{@code position: absolute} lays a box out on its own and places it against its
 *       containing block, the padding box of the nearest positioned ancestor (the
 *       viewport if none): by {@code left}, {@code top}, {@code right}, {@code bottom},
 *       or where it would have stood in the flow when those are auto. With both
 *       {@code left} and {@code right} and an auto width it stretches between them.</li>
 *   <li>{@code position: fixed} is placed like absolute against the viewport at the top
 *       of the page: the engine renders a page, not a scrolling viewport, so it does not
 *       stay put while scrolling.</li>
 * </ul>
 *
 * <p>One instance per layout pass.
 */
final class PositionedLayout {

    private final BlockLayout blocks;
    private final Rect viewport;
    private int bottom;

    PositionedLayout(BlockLayout blocks, Rect viewport) {
        this.blocks = blocks;
        this.viewport = viewport;
    }

    /** Positions everything under {@code root}; returns the lowest bottom edge of an absolute box (0 if none). */
    int run(BlockBox root) {
        visit(root, viewport, 0);
        return bottom;
    }

    private void visit(LayoutBox box, Rect containingBlock, int depth) {
        if (depth > 1_000) return;
        Rect inner = containingBlock;
        if (box instanceof BlockBox block) {
            ComputedStyle style = block.style();
            if (block.kind() == BlockBox.Kind.ABSOLUTE) {
                placeAbsolute(block, style.position().equals("fixed") ? viewport : containingBlock);
            } else if (style.position().equals("relative") || style.position().equals("sticky")) {
                offsetRelative(block, containingBlock);
            }
            if (style.positioned()) inner = paddingBox(block);
        }
        List<LayoutBox> children = box.children();
        for (int i = 0; i < children.size(); i++) visit(children.get(i), inner, depth + 1);
    }

    private static void offsetRelative(BlockBox box, Rect cb) {
        ComputedStyle s = box.style();
        int dx = !s.left().isAuto() ? s.left().resolve(cb.width(), 0) : -s.right().resolve(cb.width(), 0);
        int dy = !s.top().isAuto() ? s.top().resolve(cb.height(), 0) : -s.bottom().resolve(cb.height(), 0);
        box.translate(dx, dy);
    }

    private void placeAbsolute(BlockBox box, Rect cb) {
        ComputedStyle s = box.style();
        Length left = s.left();
        Length right = s.right();
        Length top = s.top();
        Length bottomEdge = s.bottom();
        if (s.width().isAuto() && !left.isAuto() && !right.isAuto()) {
            int margins = s.margin(Side.LEFT).resolve(cb.width(), 0)
                    + s.margin(Side.RIGHT).resolve(cb.width(), 0);
            box.widthOverride = Math.max(0, cb.width() - left.resolve(cb.width(), 0) - right.resolve(cb.width(), 0) - margins);
        }
        int staticX = box.staticX;
        int staticY = box.staticY;
        blocks.layoutDetached(box, cb.width());
        if (s.height().isAuto() && !top.isAuto() && !bottomEdge.isAuto()) {
            int stretched = cb.height() - top.resolve(cb.height(), 0) - bottomEdge.resolve(cb.height(), 0) - box.margin.vertical();
            box.height = Math.max(box.height, stretched);
        }
        int x;
        if (!left.isAuto()) x = cb.x() + left.resolve(cb.width(), 0) + box.margin.left();
        else if (!right.isAuto()) x = cb.right() - right.resolve(cb.width(), 0) - box.margin.right() - box.width;
        else x = staticX + box.margin.left();
        int y;
        if (!top.isAuto()) y = cb.y() + top.resolve(cb.height(), 0) + box.margin.top();
        else if (!bottomEdge.isAuto()) y = cb.bottom() - bottomEdge.resolve(cb.height(), 0) - box.margin.bottom() - box.height;
        else y = staticY + box.margin.top();
        box.translate(x - box.x, y - box.y);
        bottom = Math.max(bottom, box.y + box.height + box.margin.bottom());
    }

    private static Rect paddingBox(BlockBox b) {
        return new Rect(b.x + b.border.left(), b.y + b.border.top(),
                Math.max(0, b.width - b.border.horizontal()), Math.max(0, b.height - b.border.vertical()));
    }
}
