package minibrowser.tools.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import minibrowser.common.frame.CellGeometry;
import minibrowser.common.frame.CellGrid;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.PageAreas;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.engine.Stages;
import minibrowser.renderer.engine.bench.BenchPages;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.raster.CellRaster;
import minibrowser.renderer.engine.raster.PixelRaster;
import minibrowser.renderer.engine.style.StyleSheet;
import minibrowser.renderer.engine.style.StyledElement;
import org.jsoup.nodes.Document;

/**
 * Times each stage of the engine separately on generated pages (a 200 KB text page and
 * a 500 KB table page), for each device (pixels for screenshots, cells for the
 * terminal), after warm-up, and prints medians next to the 150 ms budget:
 *
 * <pre>
 *   ./minibrowser bench engine [runs]
 * </pre>
 *
 * <p>The stages are the very methods {@link minibrowser.renderer.engine.Engine#render}
 * runs, those of {@link Stages}: parse (jsoup), sheets (user-agent, quirks and author
 * style sheets), style (cascade and computed values), layout (box tree and positions),
 * paint (display list), areas (links, embeds, images, and the page made of it all). Then
 * raster: the first 800 x 600 viewport as the compositor's 256 x 256 tiles (four columns,
 * three rows), each with the device's rasterizer, as the raster threads run it, here on
 * one thread.
 */
public final class EngineBench {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    private static final int BUDGET_MS = 150;
    private static final int WARM_UP_RUNS = 10;
    /** The compositor's tile side in CSS px. */
    private static final int TILE = 256;
    private static final String[] STAGES = {"parse", "sheets", "style", "layout", "paint", "areas", "raster"};

    private EngineBench() {}

    /** Runs the benchmark; the optional argument is the number of measured runs (default 20). */
    static int run(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.out.println("EngineBench: " + runs + " measured runs after " + WARM_UP_RUNS
                + " warm-up runs, medians in ms, viewport " + WIDTH + "x" + HEIGHT);
        String text = BenchPages.textPage(200_000);
        String tables = BenchPages.tablePage(500_000);
        for (boolean cells : new boolean[] {false, true}) {
            bench("200 KB text page", text, cells, runs);
            bench("500 KB table page", tables, cells, runs);
        }
        return 0;
    }

    private static void bench(String name, String html, boolean cells, int runs) {
        Stages stages = new Stages(cells ? Device.cells() : Device.pixels());
        List<long[]> samples = new ArrayList<>();
        for (int run = 0; run < WARM_UP_RUNS + runs; run++) {
            long[] t = once(stages, html, cells);
            if (run >= WARM_UP_RUNS) samples.add(t);
        }
        StringBuilder line = new StringBuilder(String.format("%-26s", name + (cells ? ", cells" : ", pixels")));
        double total = 0;
        for (int s = 0; s < STAGES.length; s++) {
            double median = median(samples, s);
            total += median;
            line.append(String.format("  %s %6.1f", STAGES[s], median));
        }
        double allMedian = median(samples, STAGES.length);
        line.append(String.format("  | total %6.1f (median of sums %6.1f) vs budget %d ms: %s", total, allMedian, BUDGET_MS,
                allMedian <= BUDGET_MS ? "within" : "over"));
        System.out.println(line);
    }

    /** One render, stage by stage, then the raster of the first viewport; nanoseconds per stage, then their sum. */
    private static long[] once(Stages stages, String html, boolean cells) {
        Stages.Viewport viewport = new Stages.Viewport(WIDTH, HEIGHT);
        long[] at = new long[STAGES.length + 1];
        int stage = 0;
        at[stage++] = System.nanoTime();
        Document document = stages.parse(html, "http://bench/");
        at[stage++] = System.nanoTime();
        List<StyleSheet> sheets = stages.styleSheets(document, viewport, ResourceLoader.none());
        at[stage++] = System.nanoTime();
        StyledElement styled = stages.style(document, sheets, viewport);
        at[stage++] = System.nanoTime();
        Stages.Layout layout = stages.layout(styled, viewport, Map.of());
        at[stage++] = System.nanoTime();
        DisplayList list = stages.paint(layout, viewport);
        at[stage++] = System.nanoTime();
        PageAreas areas = stages.areas(layout);
        stages.page(document, layout, list, areas);
        at[stage++] = System.nanoTime();
        if (cells) rasterCells(list); else rasterPixels(list);
        at[stage] = System.nanoTime();
        long[] times = new long[STAGES.length + 1];
        for (int s = 0; s < STAGES.length; s++) times[s] = at[s + 1] - at[s];
        times[STAGES.length] = at[STAGES.length] - at[0];
        return times;
    }

    /** The first viewport's tiles as ARGB pixels, each into an array of its own. */
    private static void rasterPixels(DisplayList list) {
        PixelRaster raster = new PixelRaster();
        for (int y = 0; y < HEIGHT; y += TILE) {
            for (int x = 0; x < WIDTH; x += TILE) raster.raster(list, x, y, TILE, TILE, new int[TILE * TILE], Map.of());
        }
    }

    /**
     * The first viewport's tiles as terminal cells, each into a grid of its own: a tile is
     * 32 x 16 cells, rastered one cell wider on each side (so a wide character on a tile's
     * edge is whole in both), as the compositor's cell tiles are.
     */
    private static void rasterCells(DisplayList list) {
        CellRaster raster = new CellRaster();
        int columns = TILE / CellGeometry.CELL_WIDTH + 2;
        int rows = TILE / CellGeometry.CELL_HEIGHT;
        for (int y = 0; y < HEIGHT; y += TILE) {
            for (int x = 0; x < WIDTH; x += TILE) {
                raster.raster(list, x - CellGeometry.CELL_WIDTH, y, new CellGrid(columns, rows), Map.of());
            }
        }
    }

    private static double median(List<long[]> samples, int index) {
        long[] values = samples.stream().mapToLong(s -> s[index]).toArray();
        Arrays.sort(values);
        return values[values.length / 2] / 1e6;
    }
}
