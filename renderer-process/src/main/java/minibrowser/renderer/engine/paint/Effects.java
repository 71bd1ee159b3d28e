package minibrowser.renderer.engine.paint;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.TextStyle;
import minibrowser.renderer.engine.animation.Transform;

/**
 * A box's static {@code transform} and {@code opacity}, applied to the items it painted:
 * positions are scaled about the centre of its border box and translated (text is drawn
 * at the scaled font size), colours get their alpha multiplied by the opacity. That is
 * what a compositor would do to the box's own surface, done here once at paint, so
 * the rasterizers need to know nothing of transforms.
 *
 * <p>Approximations: each item is faded on its own (overlapping items of one faded box
 * show through each other, where a browser fades the group); images and embeds are not
 * faded. The cell device draws text only from alpha 0.5 up (see
 * {@link minibrowser.renderer.engine.raster.CellRaster}), so a box of opacity below 0.5
 * shows no text on a terminal, and its backgrounds are blended.
 */
final class Effects {
    private Effects() {}

    /** {@code items} moved by {@code transform} (percentages resolved) about {@code box}'s centre, faded by {@code opacity}. */
    static List<DisplayItem> apply(List<DisplayItem> items, Rect box, Transform transform, double opacity) {
        double cx = box.x() + box.width() / 2.0;
        double cy = box.y() + box.height() / 2.0;
        List<DisplayItem> out = new ArrayList<>(items.size());
        for (DisplayItem item : items) {
            out.add(moved(item, transform, cx, cy, opacity));
        }
        return out;
    }

    private static DisplayItem moved(DisplayItem item, Transform t, double cx, double cy, double opacity) {
        if (item instanceof FillRect f) return new FillRect(rect(f.rect(), t, cx, cy), fade(f.argb(), opacity));
        if (item instanceof StrokeBorder b) {
            return new StrokeBorder(rect(b.rect(), t, cx, cy), scaled(b.top(), t.sy()), scaled(b.right(), t.sx()),
                    scaled(b.bottom(), t.sy()), scaled(b.left(), t.sx()), fade(b.argb(), opacity));
        }
        if (item instanceof DrawText text) {
            TextStyle style = text.style();
            return new DrawText((int) Math.round(x(text.x(), t, cx)), (int) Math.round(y(text.baselineY(), t, cy)),
                    text.text(), new TextStyle(style.family(), (int) Math.round(style.size() * t.sy()), style.bold(),
                    style.italic()), fade(text.argb(), opacity), text.underline());
        }
        if (item instanceof DrawImage i) return new DrawImage(rect(i.rect(), t, cx, cy), i.url(), i.altText());
        if (item instanceof EmbedPlaceholder e) return new EmbedPlaceholder(rect(e.rect(), t, cx, cy));
        if (item instanceof PushClip c) return new PushClip(rect(c.rect(), t, cx, cy));
        return item; // PopClip
    }

    /** The area {@code items} cover together with {@code box}, in page coordinates. */
    static Rect bounds(List<DisplayItem> items, Rect box) {
        int left = box.x(), top = box.y(), right = box.right(), bottom = box.bottom();
        for (DisplayItem item : items) {
            if (item instanceof PushClip || item instanceof PopClip) continue;
            Rect r = item.bounds();
            if (r.width() <= 0 || r.height() <= 0) continue;
            left = Math.min(left, r.x());
            top = Math.min(top, r.y());
            right = Math.max(right, r.right());
            bottom = Math.max(bottom, r.bottom());
        }
        return new Rect(left, top, right - left, bottom - top);
    }

    private static Rect rect(Rect r, Transform t, double cx, double cy) {
        int x0 = (int) Math.round(x(r.x(), t, cx));
        int y0 = (int) Math.round(y(r.y(), t, cy));
        int x1 = (int) Math.round(x(r.right(), t, cx));
        int y1 = (int) Math.round(y(r.bottom(), t, cy));
        return new Rect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }

    private static double x(double x, Transform t, double cx) {
        return cx + (x - cx) * t.sx() + t.tx();
    }

    private static double y(double y, Transform t, double cy) {
        return cy + (y - cy) * t.sy() + t.ty();
    }

    private static int scaled(int width, double scale) {
        return width == 0 ? 0 : Math.max(1, (int) Math.round(width * Math.abs(scale)));
    }

    /** The colour with its alpha multiplied by {@code opacity}. */
    static int fade(int argb, double opacity) {
        if (opacity >= 1) return argb;
        int alpha = (int) Math.round((argb >>> 24) * Math.max(0, opacity));
        return (alpha << 24) | (argb & 0xFFFFFF);
    }
}
