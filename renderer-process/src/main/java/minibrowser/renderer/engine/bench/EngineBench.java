package minibrowser.renderer.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.layout.BlockBox;
import minibrowser.renderer.engine.layout.BlockLayout;
import minibrowser.renderer.engine.layout.BoxTreeBuilder;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.paint.Painter;
import minibrowser.renderer.engine.raster.PixelRaster;
import minibrowser.renderer.engine.style.Cascade;
import minibrowser.renderer.engine.style.CssParser;
import minibrowser.renderer.engine.style.StyleComputer;
import minibrowser.renderer.engine.style.StyleSheet;
import minibrowser.renderer.engine.EngineLimits;
import minibrowser.renderer.engine.style.StyleTreeBuilder;
import minibrowser.renderer.engine.style.StyledElement;
import minibrowser.renderer.engine.style.UserAgentStyleSheet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Times each stage of the engine separately on generated pages (a 200 KB text page and
 * a 500 KB table page), after warm-up, and prints medians next to the 150 ms budget:
 *
 * <pre>
 *   java -cp app/target/minibrowser.jar minibrowser.renderer.engine.bench.EngineBench [runs]
 * </pre>
 *
 * <p>Stages, as {@link minibrowser.renderer.engine.Engine} runs them: parse (jsoup),
 * style (CSS parsing, cascade, computed values), layout (box tree and positions), paint
 * (display list), raster (the first 800 x 600 viewport, as three 256-px tile rows, with
 * the pixel rasterizer).
 */
public final class EngineBench {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    private static final int BUDGET_MS = 150;

    private EngineBench() {}

    /** Runs the benchmark; the optional argument is the number of measured runs (default 20). */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.out.println("EngineBench: " + runs + " measured runs after 10 warm-up runs, medians in ms, viewport "
                + WIDTH + "x" + HEIGHT);
        bench("200 KB text page", BenchPages.textPage(200_000), runs);
        bench("500 KB table page", BenchPages.tablePage(500_000), runs);
    }

    private static void bench(String name, String html, int runs) {
        Device device = Device.pixels();
        StyleSheet ua = UserAgentStyleSheet.load();
        List<long[]> samples = new ArrayList<>();
        for (int run = 0; run < 10 + runs; run++) {
            long[] t = once(html, device, ua);
            if (run >= 10) samples.add(t);
        }
        String[] stages = {"parse", "style", "layout", "paint", "raster"};
        StringBuilder line = new StringBuilder(String.format("%-18s", name));
        double total = 0;
        for (int s = 0; s < stages.length; s++) {
            double median = median(samples, s);
            total += median;
            line.append(String.format("  %s %6.1f", stages[s], median));
        }
        double allMedian = median(samples, 5);
        line.append(String.format("  | total %6.1f (median of sums %6.1f) vs budget %d ms: %s", total, allMedian, BUDGET_MS,
                allMedian <= BUDGET_MS ? "within" : "over"));
        System.out.println(line);
    }

    /** One render, stage by stage; returns nanoseconds per stage and their sum, in ms * 1e6. */
    private static long[] once(String html, Device device, StyleSheet ua) {
        long t0 = System.nanoTime();
        Document document = Parser.htmlParser().setMaxDepth(EngineLimits.MAX_DOM_DEPTH).parseInput(html, "http://bench/");
        long t1 = System.nanoTime();
        CssParser css = new CssParser(WIDTH, HEIGHT);
        List<StyleSheet> sheets = new ArrayList<>(List.of(ua));
        for (Element style : document.select("style")) {
            sheets.add(new StyleSheet(StyleSheet.Origin.AUTHOR, css.parseSheet(style.data()).rules()));
        }
        StyledElement styled = new StyleTreeBuilder(new Cascade(sheets), new StyleComputer(WIDTH, HEIGHT)).build(document);
        long t2 = System.nanoTime();
        BlockBox root = new BoxTreeBuilder().build(styled);
        int bottom = new BlockLayout(device, Map.of()).layoutRoot(root, WIDTH, HEIGHT);
        long t3 = System.nanoTime();
        DisplayList list = new Painter().paint(root, WIDTH, Math.max(HEIGHT, bottom));
        long t4 = System.nanoTime();
        PixelRaster raster = new PixelRaster();
        int[] tile = new int[256 * 256];
        for (int y = 0; y < HEIGHT; y += 256) {
            for (int x = 0; x < WIDTH; x += 256) raster.raster(list, x, y, 256, 256, tile, Map.of());
        }
        long t5 = System.nanoTime();
        return new long[] {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t5 - t0};
    }

    private static double median(List<long[]> samples, int index) {
        long[] values = samples.stream().mapToLong(s -> s[index]).toArray();
        Arrays.sort(values);
        return values[values.length / 2] / 1e6;
    }
}
