package minibrowser.renderer.engine.raster;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.HashMap;
import java.util.Map;
import minibrowser.renderer.engine.AwtFonts;
import minibrowser.renderer.engine.FontChain;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.TextStyle;
import minibrowser.renderer.engine.paint.DisplayItem;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.paint.DrawImage;
import minibrowser.renderer.engine.paint.DrawText;
import minibrowser.renderer.engine.paint.EmbedPlaceholder;
import minibrowser.renderer.engine.paint.FillRect;
import minibrowser.renderer.engine.paint.PopClip;
import minibrowser.renderer.engine.paint.PushClip;
import minibrowser.renderer.engine.paint.StrokeBorder;

/**
 * Rasterizes a display list into ARGB pixels with Java2D (antialiased text, the same
 * fonts the pixel device measured with). Draws straight into the caller's int array.
 *
 * <p>Stateless: thread-safe to call from several raster threads with different outputs.
 */
public final class PixelRaster {

    private static final int MISSING_IMAGE_FILL = 0xFFE0E0E0;
    private static final int MISSING_IMAGE_EDGE = 0xFF9E9E9E;
    private static final int EMBED_FILL = 0xFFF0F0F0;
    private static final ColorModel ARGB = new DirectColorModel(32, 0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000);

    /** A rasterizer; it holds nothing, so one may serve every raster thread. */
    public PixelRaster() {}

    /**
     * Fills {@code argbOut} ({@code width * height} ints, row-major, 0xAARRGGBB, opaque)
     * with the part of the page whose top-left is ({@code originX}, {@code originY}) in
     * page coordinates. Images are looked up in {@code images} by URL; a missing one is
     * drawn as its alt text in a grey box.
     */
    public void raster(DisplayList list, int originX, int originY, int width, int height, int[] argbOut,
                       Map<String, BufferedImage> images) {
        raster(list, originX, originY, width, height, argbOut, images, 0xFFFFFFFF);
    }

    /**
     * As {@link #raster(DisplayList, int, int, int, int, int[], Map)}, over {@code background}
     * instead of white: a compositor layer is rastered over transparent (0), and the
     * output then has alpha where the layer draws nothing or is translucent.
     */
    public void raster(DisplayList list, int originX, int originY, int width, int height, int[] argbOut,
                       Map<String, BufferedImage> images, int background) {
        if (width <= 0 || height <= 0) return;
        if (argbOut.length < width * height) {
            throw new IllegalArgumentException("output holds " + argbOut.length + " ints, need " + width * height);
        }
        java.util.Arrays.fill(argbOut, 0, width * height, background);
        BufferedImage target = wrap(argbOut, width, height);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setComposite(AlphaComposite.SrcOver);
            g.clipRect(0, 0, width, height);
            g.translate(-originX, -originY);
            Rect tile = new Rect(originX, originY, width, height);
            Map<TextStyle, FontChain> fonts = new HashMap<>();
            java.util.ArrayDeque<java.awt.Shape> clips = new java.util.ArrayDeque<>();
            for (DisplayItem item : list.items()) {
                if (item instanceof PushClip push) {
                    clips.push(g.getClip());
                    Rect r = push.rect();
                    g.clipRect(r.x(), r.y(), r.width(), r.height());
                } else if (item instanceof PopClip) {
                    if (!clips.isEmpty()) g.setClip(clips.pop());
                } else if (item.bounds().intersects(tile)) {
                    draw(g, item, images, fonts);
                }
            }
        } finally {
            g.dispose();
        }
        // Over an opaque background keep every pixel opaque whatever was composited; over a
        // transparent one (a compositor layer) the alpha says where the layer draws.
        if ((background >>> 24) == 0xFF) {
            for (int i = 0; i < width * height; i++) argbOut[i] |= 0xFF000000;
        }
    }

    /** A BufferedImage whose pixels are {@code pixels} itself, so drawing needs no copy. */
    private static BufferedImage wrap(int[] pixels, int width, int height) {
        DataBufferInt buffer = new DataBufferInt(pixels, width * height);
        SinglePixelPackedSampleModel model = new SinglePixelPackedSampleModel(
                buffer.getDataType(), width, height, new int[]{0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000});
        WritableRaster raster = Raster.createWritableRaster(model, buffer, null);
        return new BufferedImage(ARGB, raster, false, null);
    }

    private void draw(Graphics2D g, DisplayItem item, Map<String, BufferedImage> images, Map<TextStyle, FontChain> fonts) {
        if (item instanceof FillRect fill) {
            Rect r = fill.rect();
            g.setColor(new Color(fill.argb(), true));
            g.fillRect(r.x(), r.y(), r.width(), r.height());
        } else if (item instanceof StrokeBorder border) {
            Rect r = border.rect();
            g.setColor(new Color(border.argb(), true));
            g.fillRect(r.x(), r.y(), r.width(), border.top());
            g.fillRect(r.x(), r.bottom() - border.bottom(), r.width(), border.bottom());
            g.fillRect(r.x(), r.y() + border.top(), border.left(), r.height() - border.top() - border.bottom());
            g.fillRect(r.right() - border.right(), r.y() + border.top(), border.right(), r.height() - border.top() - border.bottom());
        } else if (item instanceof DrawText text) {
            FontChain chain = fonts.computeIfAbsent(text.style(), AwtFonts::chain);
            g.setColor(new Color(text.argb(), true));
            float end = drawRuns(g, chain, text.text(), text.x(), text.baselineY());
            if (text.underline()) {
                int thickness = Math.max(1, text.style().size() / 16);
                int descent = Math.round(chain.primary().getLineMetrics("g", g.getFontRenderContext()).getDescent());
                g.fillRect(text.x(), text.baselineY() + Math.max(1, descent / 3), Math.round(end - text.x()), thickness);
            }
        } else if (item instanceof DrawImage image) {
            drawImage(g, image, images.get(image.url()), fonts);
        } else if (item instanceof EmbedPlaceholder embed) {
            Rect r = embed.rect();
            g.setColor(new Color(EMBED_FILL, true));
            g.fillRect(r.x(), r.y(), r.width(), r.height());
        }
    }

    private void drawImage(Graphics2D g, DrawImage item, BufferedImage image, Map<TextStyle, FontChain> fonts) {
        Rect r = item.rect();
        if (image != null) {
            g.drawImage(image, r.x(), r.y(), r.width(), r.height(), null);
            return;
        }
        if (item.url().equals(DrawImage.BROKEN_IMAGE_ICON)) {
            drawBrokenImageIcon(g, r.x(), r.y());
            return;
        }
        g.setColor(new Color(MISSING_IMAGE_FILL, true));
        g.fillRect(r.x(), r.y(), r.width(), r.height());
        g.setColor(new Color(MISSING_IMAGE_EDGE, true));
        g.drawRect(r.x(), r.y(), Math.max(0, r.width() - 1), Math.max(0, r.height() - 1));
        if (!item.altText().isEmpty() && r.width() > 4 && r.height() > 4) {
            TextStyle style = new TextStyle(TextStyle.Family.SANS_SERIF, 12, false, false);
            FontChain chain = fonts.computeIfAbsent(style, AwtFonts::chain);
            Graphics2D inner = (Graphics2D) g.create(r.x() + 1, r.y() + 1, r.width() - 2, r.height() - 2);
            try {
                inner.setColor(Color.DARK_GRAY);
                drawRuns(inner, chain, item.altText(), 3, 13);
            } finally {
                inner.dispose();
            }
        }
    }

    /**
     * The broken-image icon, 16 x 16 at (x, y): a picture (sky, a green hill) on a page
     * with a folded corner, torn along a diagonal, as Chromium's looks from a distance.
     */
    private static void drawBrokenImageIcon(Graphics2D g, int x, int y) {
        g.setColor(Color.WHITE);
        g.fillRect(x + 1, y + 1, 13, 14);
        g.setColor(new Color(0xFFCDE4F7, true));      // sky
        g.fillRect(x + 3, y + 3, 9, 6);
        g.setColor(new Color(0xFF5BB04A, true));      // hill
        g.fillPolygon(new int[] {x + 3, x + 7, x + 12, x + 12, x + 3}, new int[] {y + 11, y + 7, y + 10, y + 13, y + 13}, 5);
        g.setColor(new Color(0xFF8C8C8C, true));      // the page's edge and its folded corner
        g.drawPolyline(new int[] {x + 10, x + 1, x + 1, x + 14, x + 14}, new int[] {y + 1, y + 1, y + 15, y + 15, y + 5}, 5);
        g.drawPolyline(new int[] {x + 10, x + 10, x + 14, x + 10}, new int[] {y + 1, y + 5, y + 5, y + 1}, 4);
        g.setColor(Color.WHITE);                      // the tear
        g.drawLine(x + 2, y + 9, x + 13, y + 6);
    }

    /**
     * Draws {@code text} run by run, each in the font of the chain that has its glyphs
     * (the same cut the pixel device measured), and returns the x where the text ends.
     */
    private static float drawRuns(Graphics2D g, FontChain chain, String text, float x, float baselineY) {
        for (FontChain.Run run : chain.runs(text)) {
            g.setFont(run.font());
            g.drawString(run.text(), x, baselineY);
            x += (float) run.font().getStringBounds(run.text(), g.getFontRenderContext()).getWidth();
        }
        return x;
    }
}
