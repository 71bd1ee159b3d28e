import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Says how alike two screenshots of the same page are (run with
 * {@code java scripts/ImageCompare.java a.png b.png}; used by compare-with-chromium.sh).
 * Both images are read over their common size (the top-left part both have, when their
 * sizes differ) and turned grey. It prints, on one line,
 * {@code likeness L  size WxH  pixel P  layout L  edges E  rows R}:
 *
 * <ul>
 *   <li>likeness: the single figure to watch. It is the layout similarity below clamped to
 *       [0, 1]: the Pearson correlation of the two 40 x 40 px ink maps, which says whether
 *       the same regions of the screen carry content (1 = the same regions do; 0 = no
 *       resemblance, or anti-correlated). It ignores colours, exact glyphs and small shifts
 *       within a region, so it rewards getting the layout right first;</li>
 *   <li>pixel similarity: 1 - mean absolute grey difference / 255 (1 = identical pixels);</li>
 *   <li>layout similarity: the images are cut into 40 x 40 px regions and each region's
 *       "ink" (share of pixels that differ clearly from the page background) is compared:
 *       the Pearson correlation of the two ink maps (1 = the same regions carry content);</li>
 *   <li>edge similarity: Sobel edges, then the share of 20 x 20 px regions holding edges
 *       in one image that also hold edges in the other (intersection over union);</li>
 *   <li>row profile: the correlation of ink per 8 px band of rows, which is high when
 *       headings, paragraphs and tables start at the same heights.</li>
 * </ul>
 */
public final class ImageCompare {

    public static void main(String[] args) throws IOException {
        BufferedImage a = ImageIO.read(new File(args[0]));
        BufferedImage b = ImageIO.read(new File(args[1]));
        if (a == null || b == null) {
            System.err.println("ImageCompare: cannot read " + (a == null ? args[0] : args[1]) + " as an image");
            System.exit(1);
        }
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        double[][] ga = grey(a, w, h);
        double[][] gb = grey(b, w, h);
        double diff = 0;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) diff += Math.abs(ga[y][x] - gb[y][x]);
        double pixel = 1 - diff / (w * (double) h) / 255;
        double layout = correlation(inkMap(ga, w, h, 40, 40), inkMap(gb, w, h, 40, 40));
        double edges = edgeIou(edges(ga, w, h), edges(gb, w, h), w, h, 20);
        double rows = correlation(inkMap(ga, w, h, w, 8), inkMap(gb, w, h, w, 8));
        double likeness = Double.isNaN(layout) ? 0 : Math.max(0, Math.min(1, layout));
        System.out.printf(java.util.Locale.ROOT, "likeness %.3f  size %dx%d  pixel %.3f  layout %.3f  edges %.3f  rows %.3f%n", likeness, w, h, pixel, layout, edges, rows);
    }

    private static double[][] grey(BufferedImage img, int w, int h) {
        double[][] g = new double[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = img.getRGB(x, y);
                g[y][x] = 0.299 * (p >> 16 & 0xFF) + 0.587 * (p >> 8 & 0xFF) + 0.114 * (p & 0xFF);
            }
        }
        return g;
    }

    /**
     * The page background: the commonest grey level of the image (in bins of 8), which is
     * the colour most of a document's screen is, whatever colour its top-left corner has.
     */
    private static double background(double[][] g) {
        int[] bins = new int[32];
        for (double[] row : g) for (double v : row) bins[Math.min(31, (int) (v / 8))]++;
        int best = 0;
        for (int i = 1; i < bins.length; i++) if (bins[i] > bins[best]) best = i;
        return best * 8 + 4;
    }

    /** Share of "ink" pixels (differing by more than 40 from the page background) per region. */
    private static double[] inkMap(double[][] g, int w, int h, int rw, int rh) {
        double background = background(g);
        int cols = (w + rw - 1) / rw;
        int rowsN = (h + rh - 1) / rh;
        double[] map = new double[cols * rowsN];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (Math.abs(g[y][x] - background) > 40) map[(y / rh) * cols + x / rw] += 1.0 / (rw * rh);
            }
        }
        return map;
    }

    private static boolean[][] edges(double[][] g, int w, int h) {
        boolean[][] e = new boolean[h][w];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                double gx = g[y - 1][x + 1] + 2 * g[y][x + 1] + g[y + 1][x + 1] - g[y - 1][x - 1] - 2 * g[y][x - 1] - g[y + 1][x - 1];
                double gy = g[y + 1][x - 1] + 2 * g[y + 1][x] + g[y + 1][x + 1] - g[y - 1][x - 1] - 2 * g[y - 1][x] - g[y - 1][x + 1];
                e[y][x] = Math.hypot(gx, gy) > 200;
            }
        }
        return e;
    }

    private static double edgeIou(boolean[][] a, boolean[][] b, int w, int h, int cell) {
        int both = 0;
        int either = 0;
        for (int cy = 0; cy < h; cy += cell) {
            for (int cx = 0; cx < w; cx += cell) {
                boolean ea = any(a, cx, cy, cell, w, h);
                boolean eb = any(b, cx, cy, cell, w, h);
                if (ea && eb) both++;
                if (ea || eb) either++;
            }
        }
        return either == 0 ? 1 : both / (double) either;
    }

    private static boolean any(boolean[][] e, int x0, int y0, int cell, int w, int h) {
        for (int y = y0; y < Math.min(h, y0 + cell); y++) for (int x = x0; x < Math.min(w, x0 + cell); x++) if (e[y][x]) return true;
        return false;
    }

    private static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) { ma += a[i]; mb += b[i]; }
        ma /= a.length;
        mb /= b.length;
        double num = 0;
        double da = 0;
        double db = 0;
        for (int i = 0; i < a.length; i++) {
            num += (a[i] - ma) * (b[i] - mb);
            da += (a[i] - ma) * (a[i] - ma);
            db += (b[i] - mb) * (b[i] - mb);
        }
        return da == 0 || db == 0 ? (da == db ? 1 : 0) : num / Math.sqrt(da * db);
    }
}
