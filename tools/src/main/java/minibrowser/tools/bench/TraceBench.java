package minibrowser.tools.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import minibrowser.common.ipc.ChildEndpoint;
import minibrowser.common.trace.Trace;
import minibrowser.common.trace.TraceBuffer;
import minibrowser.renderer.compositor.RasterPool;
import minibrowser.renderer.compositor.TileCache;
import minibrowser.renderer.compositor.TileContents;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.engine.Stages;
import minibrowser.renderer.engine.bench.BenchPages;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.style.StyleSheet;
import minibrowser.renderer.engine.style.StyledElement;
import minibrowser.tools.harness.RunningBrowser;
import org.jsoup.nodes.Document;

/**
 * {@code ./minibrowser bench trace [runs]}: what tracing costs while it records, against
 * the goal of under 5 %. Tracing is only worth having if turning it on does not change
 * what it measures, so the same work is timed with tracing off and on:
 * <ol>
 *   <li><b>Page load</b>, on real browser processes: two headless browsers, one started
 *       plainly and one with {@code --trace=FILE} (so it and every child it starts record
 *       from their first moment), each loading a generated 200 KB page served on loopback,
 *       again and again. One sample is the time from the control API's {@code Navigate}
 *       to its {@code WaitForLoad} answering (the renderer reported the first frame is with
 *       the gpu): the fetch, the renderer's stages, the tiles, the frame, and every gRPC
 *       hop between, each marked when tracing is on. A browser per mode, started once and
 *       warmed up, measures the steady state of a browser that records all along, not the
 *       cost of starting or stopping a recording.</li>
 *   <li><b>Frame time</b>, in this process: a renderer's per-frame work on the same page
 *       (style, layout and paint through {@link Stages}, then the first 800 x 600 viewport's
 *       tiles rastered on the raster threads through the compositor's {@link TileCache}),
 *       with {@code Trace.start} and without. Those are the instrumented paths: each stage
 *       is a {@code Trace.slice}, and so is each tile on a raster thread. (In one JVM
 *       the JIT sees both branches of every mark; a browser that never records may compile
 *       the "off" branch alone, a branch leaner still.)</li>
 *   <li><b>One slice</b>: the nanoseconds of a {@code Trace.slice} opened and closed in a
 *       tight loop, off (one volatile read, nothing allocated) and on (two events stored
 *       in the ring). For information: it explains the figures above, it has no target.</li>
 * </ol>
 *
 * <p>Why interleave: a machine drifts while a benchmark runs (the JIT compiles more, the
 * heap grows, another program takes a core for a while). Measuring every "off" sample
 * and then every "on" sample would charge that drift to tracing. So samples alternate,
 * in pairs whose order itself alternates (off-on, on-off, off-on...): slow minutes hit
 * both modes alike, and a mode that always went second (after the other warmed a cache,
 * or filled the heap) cannot win or lose by its place. Medians, not means, so one
 * sample that waited for a core does not move the figure.
 *
 * <p>Why an interval: on a shared two-core machine two runs of the same work differ by a
 * few percent (two browsers both without tracing, or one browser's loads split into two
 * "modes" that differ in nothing, came out -6 % to +10 % apart at 40 samples a mode). A 5 % target can only be judged when the noise is smaller
 * than that, so next to each overhead the bench prints its 95 % interval, by bootstrap:
 * both sample sets resampled with replacement {@value #BOOTSTRAP_ROUNDS} times, the
 * overhead of the medians computed each time, the middle 95 % of those kept. An interval
 * that holds 5 % means this run cannot tell; run it again with more samples, or on a quiet
 * machine.
 */
public final class TraceBench {
    private static final int DEFAULT_RUNS = 80;
    private static final double TARGET_PERCENT = 5.0;
    private static final int PAGE_BYTES = 200_000;
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    /** Loads per browser before measuring: the JIT compiles the browser's and the renderer's code. */
    private static final int WARM_UP_LOADS = 5;
    /** Pause after each load, so what a load leaves behind (the spare renderer, a GC) does not land on the next. */
    private static final long SETTLE_MILLIS = 50;
    private static final int LOAD_TIMEOUT_SECONDS = 60;
    private static final String PAGE_PATH = "/page";
    /** Where every browser writes its log, under the temporary directory ({@code BrowserMain.logFile}). */
    private static final String LOG_DIRECTORY = "minibrowser-logs";

    /** Blocks of frames before measuring (JIT). */
    private static final int WARM_UP_FRAME_BLOCKS = 4;
    /**
     * Frames in a row in one mode: a recording is started or stopped between blocks only,
     * so starting one (a fresh ring, the memory sampler's thread) is not paid per frame.
     */
    private static final int FRAMES_PER_BLOCK = 5;
    /** Frames are cheap and noisier than loads (two raster threads on two shared cores): twice the samples. */
    private static final int FRAME_SAMPLES_PER_RUN = 2;
    private static final String BASE_URL = "http://bench/";

    private static final int SLICES_OFF = 10_000_000;
    private static final int SLICES_ON = 1_000_000;
    private static final int SLICE_ROUNDS = 6;
    private static final int SLICE_WARM_UP_ROUNDS = 2;

    private static final int BOOTSTRAP_ROUNDS = 2000;
    private static final long BOOTSTRAP_SEED = 42;

    private TraceBench() {}

    /** One sample of the work being measured, with tracing off or on. */
    @FunctionalInterface
    private interface Measure {
        double take(boolean traced) throws Exception;
    }

    /** The samples of both modes. */
    private record Samples(List<Double> off, List<Double> on) {}

    /**
     * A line of the table: a figure off and on, the overhead's 95 % interval in % (NaN, NaN
     * when not computed); {@code judged} when the 5 % target applies to it.
     */
    record Row(String figure, double off, double on, double low, double high, boolean judged) {}

    /** Runs the benchmark; the optional argument is the number of measured samples per mode (default 80). */
    static int run(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RUNS;
        System.out.println("TraceBench: tracing off vs on, interleaved, after warm-up; per mode " + runs + " page loads, "
                + frameBlocks(runs) * FRAMES_PER_BLOCK + " frames, " + SLICE_ROUNDS + " rounds of slices; page " + PAGE_BYTES / 1000
                + " KB, viewport " + WIDTH + "x" + HEIGHT + ", process model " + RunningBrowser.processModel());
        List<Row> rows = new ArrayList<>(pageLoads(runs));
        rows.add(frames(runs));
        rows.add(sliceCost());
        print(rows);
        return 0;
    }

    // ---- 1. Page load, on real browsers ----

    private static List<Row> pageLoads(int runs) throws Exception {
        Path traceDir = Files.createTempDirectory("minibrowser-bench-trace-");
        try {
            return pageLoads(runs, List.of(), List.of("--trace=" + traceDir.resolve("trace.json")));
        } finally {
            ChildEndpoint.deleteQuietly(traceDir);
        }
    }

    /**
     * Page loads on two real browsers, one started with {@code offFlags} and one with
     * {@code onFlags}, interleaved: the median (judged against the target) and p90 rows.
     * {@code ProfileBench} compares a browser that writes its profile with one that does not.
     */
    static List<Row> pageLoads(int runs, List<String> offFlags, List<String> onFlags) throws Exception {
        String page = BenchPages.textPage(PAGE_BYTES);
        HttpServer server = pageServer(page.getBytes(StandardCharsets.UTF_8));
        List<Long> browsers = new ArrayList<>();
        try (RunningBrowser off = startBrowser(server, offFlags, browsers);
             RunningBrowser on = startBrowser(server, onFlags, browsers)) {
            int[] navigation = {0};
            Samples samples = interleave(WARM_UP_LOADS, runs, 1,
                    traced -> loadMillis(traced ? on : off, pageUrl(server, ++navigation[0])));
            return List.of(row("page load, median (ms)", samples, 50, true), row("page load, p90 (ms)", samples, 90, false));
        } finally {
            server.stop(0);
            browsers.forEach(TraceBench::removeLog);
        }
    }

    /** Serves {@code body} as HTML at {@value #PAGE_PATH} (any query) on loopback, on a port of its own. */
    private static HttpServer pageServer(byte[] body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PAGE_PATH, exchange -> answer(exchange, body));
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A distinct URL per navigation (the same page), so nothing can answer it from a previous one. */
    private static String pageUrl(HttpServer server, int navigation) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PAGE_PATH + "?n=" + navigation;
    }

    /**
     * A headless browser as a user starts it, with {@code extra} flags, its first tab on the
     * page and loaded; its pid is added to {@code started}.
     */
    private static RunningBrowser startBrowser(HttpServer server, List<String> extra, List<Long> started) throws Exception {
        RunningBrowser browser = RunningBrowser.start(RunningBrowser.processModel(), extra, pageUrl(server, 0));
        started.add(browser.pid());
        try {
            browser.waitForAllTabs();
            return browser;
        } catch (RuntimeException failed) {
            browser.close();
            throw failed;
        }
    }

    /** Removes the log a browser (and its children) wrote in the shared {@code minibrowser-logs} directory. */
    private static void removeLog(long browserPid) {
        try {
            Files.deleteIfExists(Path.of(System.getProperty("java.io.tmpdir"), LOG_DIRECTORY, "browser-" + browserPid + ".log"));
        } catch (IOException ignored) {
            // Left for the next clean-up of the directory.
        }
    }

    /** Navigates the browser's first tab to {@code url}; ms until the control API says it loaded. */
    private static double loadMillis(RunningBrowser browser, String url) throws InterruptedException {
        int tab = browser.tabs().get(0).getId();
        long start = System.nanoTime();
        browser.navigate(tab, url);
        browser.waitForLoad(tab, LOAD_TIMEOUT_SECONDS);
        double millis = (System.nanoTime() - start) / 1e6;
        Thread.sleep(SETTLE_MILLIS);
        return millis;
    }

    // ---- 2. Frame time, in this process ----

    private static Row frames(int runs) throws Exception {
        Stages stages = new Stages(Device.pixels());
        Stages.Viewport viewport = new Stages.Viewport(WIDTH, HEIGHT);
        Document document = stages.parse(BenchPages.textPage(PAGE_BYTES), BASE_URL);
        List<StyleSheet> sheets = stages.styleSheets(document, viewport, ResourceLoader.none());
        RasterPool raster = new RasterPool();
        try {
            Samples samples = interleave(WARM_UP_FRAME_BLOCKS, frameBlocks(runs), FRAMES_PER_BLOCK, traced -> {
                traceThisProcess(traced);
                return frameMillis(stages, document, sheets, viewport, raster);
            });
            return row("frame: style+layout+paint+raster, median (ms)", samples, 50, true);
        } finally {
            Trace.stop();
            raster.shutdown();
        }
    }

    /** Blocks of frames per mode for {@code runs}: {@value #FRAME_SAMPLES_PER_RUN} frames a run, rounded up to whole blocks. */
    private static int frameBlocks(int runs) {
        return (runs * FRAME_SAMPLES_PER_RUN + FRAMES_PER_BLOCK - 1) / FRAMES_PER_BLOCK;
    }

    /** One frame's work: style, layout, paint, then every tile of the first viewport rastered on the raster threads. */
    private static double frameMillis(Stages stages, Document document, List<StyleSheet> sheets, Stages.Viewport viewport,
                                      RasterPool raster) {
        long start = System.nanoTime();
        StyledElement styled = stages.style(document, sheets, viewport);
        Stages.Layout layout = stages.layout(styled, viewport, Map.of());
        DisplayList list = stages.paint(layout, viewport);
        TileCache<?> tiles = TileCache.forDevice(raster, false); // a fresh cache: every tile is rastered
        tiles.setContents(new TileContents(list, Map.of()));
        tiles.drawFrame(0, WIDTH, HEIGHT, ByteBuffer.allocate(WIDTH * HEIGHT * 4));
        return (System.nanoTime() - start) / 1e6;
    }

    /** Starts a recording of this process ({@code traced}) or stops the one that runs (its events are dropped), as needed. */
    private static void traceThisProcess(boolean traced) {
        if (traced && !Trace.on()) Trace.start("bench", 0);
        if (!traced && Trace.on()) Trace.stop();
    }

    // ---- 3. One slice, in a tight loop ----

    private static Row sliceCost() throws Exception {
        Samples samples = interleave(SLICE_WARM_UP_ROUNDS, SLICE_ROUNDS, 1, TraceBench::nanosPerSlice);
        return new Row("Trace.slice open+close (ns/op)", median(samples.off()), median(samples.on()), Double.NaN, Double.NaN,
                false);
    }

    /**
     * Nanoseconds per slice over a round of {@value #SLICES_OFF} slices off or
     * {@value #SLICES_ON} on. On, each round records into a fresh ring of the largest size
     * (started and stopped outside the timing); the round's two million events wrap it, as
     * they do in a recording that runs longer than its ring.
     */
    private static double nanosPerSlice(boolean traced) {
        int count = traced ? SLICES_ON : SLICES_OFF;
        if (traced) Trace.start("bench", TraceBuffer.MAX_CAPACITY);
        try {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                try (Trace.Slice slice = Trace.slice("bench", "slice")) {
                    // nothing: the cost of the mark alone
                }
            }
            return (double) (System.nanoTime() - start) / count;
        } finally {
            if (traced) Trace.stop();
        }
    }

    // ---- Interleaving, figures, the table ----

    /**
     * {@code warmUp} pairs, dropped, then {@code pairs} pairs, each {@code block} samples off
     * and {@code block} on, in the order off-on, on-off, off-on... (see the class comment).
     */
    private static Samples interleave(int warmUp, int pairs, int block, Measure measure) throws Exception {
        Samples samples = new Samples(new ArrayList<>(), new ArrayList<>());
        for (int pair = 0; pair < warmUp + pairs; pair++) {
            boolean onFirst = pair % 2 == 1;
            for (boolean traced : new boolean[] {onFirst, !onFirst}) {
                for (int i = 0; i < block; i++) {
                    double sample = measure.take(traced);
                    if (pair >= warmUp) (traced ? samples.on() : samples.off()).add(sample);
                }
            }
        }
        return samples;
    }

    /** The {@code percent} percentile of both modes, with the 95 % interval of its overhead. */
    private static Row row(String figure, Samples samples, int percent, boolean judged) {
        double[] interval = overheadInterval(samples, percent);
        return new Row(figure, percentile(samples.off(), percent), percentile(samples.on(), percent), interval[0],
                interval[1], judged);
    }

    /** The 95 % bootstrap interval of the overhead in % of the {@code percent} percentile (see the class comment). */
    private static double[] overheadInterval(Samples samples, int percent) {
        Random random = new Random(BOOTSTRAP_SEED);
        double[] overheads = new double[BOOTSTRAP_ROUNDS];
        for (int round = 0; round < BOOTSTRAP_ROUNDS; round++) {
            double off = percentile(resample(samples.off(), random), percent);
            double on = percentile(resample(samples.on(), random), percent);
            overheads[round] = (on / off - 1) * 100;
        }
        Arrays.sort(overheads);
        return new double[] {overheads[(int) (BOOTSTRAP_ROUNDS * 0.025)], overheads[(int) (BOOTSTRAP_ROUNDS * 0.975) - 1]};
    }

    /** As many values as {@code values} has, drawn from it with replacement. */
    private static List<Double> resample(List<Double> values, Random random) {
        List<Double> drawn = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) drawn.add(values.get(random.nextInt(values.size())));
        return drawn;
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile. */
    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static void print(List<Row> rows) {
        String format = "%-46s %9s %9s %7s %9s %17s %7s  %s%n";
        System.out.printf(format, "figure", "off", "on", "ratio", "overhead", "95 % interval", "target", "verdict");
        for (Row row : rows) {
            double ratio = row.on() / row.off();
            double overhead = (ratio - 1) * 100;
            String interval = Double.isNaN(row.low()) ? "-" : String.format("[%+.1f, %+.1f]", row.low(), row.high());
            System.out.printf(format, row.figure(), figure(row.off()), figure(row.on()), String.format("%.3f", ratio),
                    String.format("%+.1f %%", overhead), interval,
                    row.judged() ? String.format("< %.0f %%", TARGET_PERCENT) : "-", verdict(row, overhead));
        }
    }

    /** meets or misses by the measured overhead; "(within noise)" added when the interval holds the target (this run cannot tell). */
    private static String verdict(Row row, double overhead) {
        if (!row.judged()) return "(info)";
        String verdict = overhead < TARGET_PERCENT ? "meets" : "misses";
        boolean undecided = row.low() < TARGET_PERCENT && row.high() >= TARGET_PERCENT;
        return undecided ? verdict + " (within noise)" : verdict;
    }

    private static String figure(double value) {
        return String.format(value < 10 ? "%.2f" : "%.1f", value);
    }
}
