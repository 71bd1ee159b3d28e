package minibrowser.tools.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minibrowser.renderer.WarmUp;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.script.DetachedScriptHost;
import minibrowser.renderer.script.DocumentScripts;
import minibrowser.renderer.script.EventLoop.TaskStats;
import minibrowser.renderer.script.ScriptPresence;
import org.jsoup.nodes.Document;

/**
 * What the script engine costs, in two parts:
 *
 * <pre>
 *   ./minibrowser bench scripts [runs]
 * </pre>
 *
 * <ol>
 *   <li><b>A script-heavy page, warm</b> (this JVM, after warm-up runs): a page whose
 *       script builds 2,000 list items, each with a listener, plus timers, against the
 *       same page with the 2,000 items in its markup and no script. For each: the time to
 *       the first frame (the page as parsed, laid out and painted: what renderer-main commits
 *       before any script runs), the time to the frame that shows what the scripts built
 *       (DOMContentLoaded, then the rendering step), and the main thread's time per task
 *       ({@link TaskStats}, counted by the {@code EventLoop}).</li>
 *   <li><b>A cold renderer's cost</b>: a fresh JVM per sample (renderer-sized heap) runs the
 *       renderer's engine code on one page, as a renderer started for a tab does: a
 *       script-free page, the script page, and the script page after the spare renderer's
 *       script warm-up ({@link WarmUp#runScripts}). Each reports its time from JVM start to
 *       the frame, the classes it loaded ({@code -verbose:class}: how many of them are the
 *       engine's, {@code org.mozilla}), and its heap after a full GC and its RSS. A page
 *       without script loads no {@code org.mozilla} class at all.</li>
 * </ol>
 *
 * Figures only: times depend on the machine, and no test asserts on them.
 */
public final class ScriptBench {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    private static final int ITEMS = 2_000;
    private static final int WARM_UP_RUNS = 5;
    private static final int COLD_SAMPLES = 3;
    private static final String URL = "http://bench.invalid/";

    private ScriptBench() {}

    /** The script-heavy page: a list of {@link #ITEMS} built by script, a listener on each, timers. */
    static String scriptPage() {
        return "<!DOCTYPE html><title>script bench</title><body><h1>Items</h1><p id=status>building</p><ul id=list></ul>"
                + "<script>"
                + "var list = document.getElementById('list'), clicks = 0;"
                + "for (var i = 0; i < " + ITEMS + "; i++) {"
                + "  var li = document.createElement('li'); li.className = i % 2 ? 'odd' : 'even'; li.dataset.n = i;"
                + "  li.appendChild(document.createTextNode('item ' + i));"
                + "  li.addEventListener('click', function (e) { clicks++; e.currentTarget.classList.toggle('picked'); });"
                + "  list.appendChild(li);"
                + "}"
                + "var ticks = 0, tick = setInterval(function () {"
                + "  document.getElementById('status').textContent = 'tick ' + (++ticks);"
                + "  if (ticks === 10) clearInterval(tick);"
                + "}, 0);"
                + "for (var t = 0; t < 50; t++) (function (k) { setTimeout(function () { list.children[k].style.color = 'red'; }, 0); })(t);"
                + "document.addEventListener('DOMContentLoaded', function () {"
                + "  document.getElementById('status').textContent = list.children.length + ' items';"
                + "});"
                + "</script>";
    }

    /** The same page as markup, without script. */
    static String plainPage() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><title>script bench</title><body><h1>Items</h1>"
                + "<p id=status>" + ITEMS + " items</p><ul id=list>");
        for (int i = 0; i < ITEMS; i++) {
            html.append("<li class=").append(i % 2 == 1 ? "odd" : "even").append(" data-n=").append(i).append(">item ")
                    .append(i).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    static int run(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        warm(runs);
        cold();
        return 0;
    }

    // ---- Part 1: warm ----

    /** One page as renderer-main handles it; times in ns from the start. */
    private record Sample(long firstFrame, long scriptedFrame, TaskStats tasks) {}

    private static void warm(int runs) {
        System.out.println("ScriptBench, warm: " + runs + " runs after " + WARM_UP_RUNS + " warm-up runs, medians, viewport "
                + WIDTH + "x" + HEIGHT);
        Engine engine = new Engine(Device.pixels());
        List<Sample> plain = new ArrayList<>();
        List<Sample> scripted = new ArrayList<>();
        for (int run = 0; run < WARM_UP_RUNS + runs; run++) {
            Sample p = once(engine, plainPage());
            Sample s = once(engine, scriptPage());
            if (run >= WARM_UP_RUNS) {
                plain.add(p);
                scripted.add(s);
            }
        }
        double plainFirst = median(plain, Sample::firstFrame);
        double scriptFirst = median(scripted, Sample::firstFrame);
        double scriptDone = median(scripted, Sample::scriptedFrame);
        System.out.printf("  %-44s first frame %7.1f ms%n", ITEMS + " items in markup, no script", plainFirst);
        System.out.printf("  %-44s first frame %7.1f ms (%.2fx), frame with the items %7.1f ms (%.2fx the markup page)%n",
                ITEMS + " items built by script", scriptFirst, scriptFirst / plainFirst, scriptDone, scriptDone / plainFirst);
        System.out.printf("  main thread's tasks on the script page (EventLoop's count): %.0f tasks, %.2f ms a task,"
                        + " the longest %.1f ms (the parser's script), %.1f ms in all%n",
                median(scripted, s -> s.tasks().tasks() * 1_000_000L),
                median(scripted, s -> s.tasks().totalNanos() / Math.max(1, s.tasks().tasks())),
                median(scripted, s -> s.tasks().longestNanos()), median(scripted, s -> s.tasks().totalNanos()));
    }

    /** Parse, first frame, then the scripts until idle and the frame after them, as MainThread orders it. */
    private static Sample once(Engine engine, String html) {
        long start = System.nanoTime();
        Document dom = engine.parse(html, URL);
        engine.render(dom, dom.location(), WIDTH, HEIGHT, ResourceLoader.none(), Map.of());
        long firstFrame = System.nanoTime() - start;
        if (!ScriptPresence.in(dom)) return new Sample(firstFrame, firstFrame, new TaskStats(0, 0, 0));
        long[] scriptedFrame = {0};
        DetachedScriptHost host = new DetachedScriptHost(WIDTH, HEIGHT, () -> {
            engine.render(dom, dom.location(), WIDTH, HEIGHT, ResourceLoader.none(), Map.of());
            // The first rendering step follows the parser's script, which built the items.
            if (scriptedFrame[0] == 0) scriptedFrame[0] = System.nanoTime() - start;
        });
        DocumentScripts scripts = new DocumentScripts(dom, URL, host);
        scripts.start(() -> {});
        scripts.pageLoaded();
        host.runUntilIdle(20, 5_000);
        TaskStats tasks = scripts.taskStats();
        scripts.close();
        return new Sample(firstFrame, scriptedFrame[0], tasks);
    }

    // ---- Part 2: cold renderers, one JVM each ----

    private static void cold() throws Exception {
        System.out.println("ScriptBench, cold: a fresh JVM (-Xmx256m, as a renderer) per sample, renderer engine code on one page,"
                + " medians of " + COLD_SAMPLES);
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("plain", "a page without script");
        kinds.put("script", "the script page");
        kinds.put("warm-script", "the script page after the spare's script warm-up");
        Map<String, double[]> results = new LinkedHashMap<>();
        for (String kind : kinds.keySet()) {
            List<double[]> samples = new ArrayList<>();
            for (int i = 0; i < COLD_SAMPLES; i++) samples.add(coldSample(kind));
            double[] median = new double[samples.get(0).length];
            for (int f = 0; f < median.length; f++) {
                int field = f;
                double[] values = samples.stream().mapToDouble(s -> s[field]).sorted().toArray();
                median[f] = values[values.length / 2];
            }
            results.put(kind, median);
        }
        double[] plain = results.get("plain");
        for (Map.Entry<String, double[]> result : results.entrySet()) {
            double[] r = result.getValue();
            System.out.printf("  %-50s page %6.0f ms (%.2fx), from JVM start %6.0f ms  classes %5.0f (org.mozilla %4.0f)"
                            + "  heap %5.1f MB (%.2fx)  RSS %6.1f MB (%.2fx)%s%n",
                    kinds.get(result.getKey()), r[6], r[6] / plain[6], r[0], r[1], r[2], r[3], r[3] / plain[3], r[4],
                    r[4] / plain[4], r[5] > 0 ? String.format("  (its script warm-up, before: %.0f ms)", r[5]) : "");
        }
    }

    /** {@code [ms from JVM start to the frame, classes loaded, org.mozilla classes, heap MB, RSS MB, warm-up ms, page ms]}. */
    private static double[] coldSample(String kind) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-verbose:class",
                "-cp", System.getProperty("java.class.path"), ScriptBench.class.getName(), "cold", kind);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        int classes = 0;
        int mozilla = 0;
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("[class,load]")) {
                    classes++;
                    if (line.contains(" org.mozilla.")) mozilla++;
                } else if (line.startsWith("COLD ")) {
                    result = line;
                }
            }
        }
        if (child.waitFor() != 0 || result == null) throw new IllegalStateException("cold " + kind + " failed: " + result);
        String[] f = result.split(" ");
        return new double[] {Double.parseDouble(f[1]), classes, mozilla, Double.parseDouble(f[2]), Double.parseDouble(f[3]),
            Double.parseDouble(f[4]), Double.parseDouble(f[5])};
    }

    /**
     * A cold sample's JVM: {@code ScriptBench cold plain|script|warm-script}. Prints
     * {@code COLD <ms from JVM start to the frame> <heap MB> <RSS MB> <script warm-up ms> <the page's own ms>}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !args[0].equals("cold")) {
            System.exit(run(args)); // the whole benchmark, as ./minibrowser bench scripts [runs]
        }
        Engine engine = new Engine(Device.pixels());
        WarmUp.loadEngineCode(engine); // what a renderer started for a tab does first
        // The renderer's own classes that handle a page, linked as a renderer links them: a script-free
        // page must load no engine class through them either.
        for (String renderer : new String[] {"minibrowser.renderer.MainThread", "minibrowser.renderer.PageScriptHost",
            "minibrowser.renderer.RenderViews", "minibrowser.renderer.RendererService"}) {
            Class.forName(renderer, true, ScriptBench.class.getClassLoader());
        }
        double warmUpMillis = 0;
        if (args[1].equals("warm-script")) {
            long start = System.nanoTime();
            WarmUp.runScripts(engine);
            warmUpMillis = (System.nanoTime() - start) / 1e6;
        }
        long pageStart = System.nanoTime();
        once(engine, args[1].equals("plain") ? plainPage() : scriptPage());
        double pageMillis = (System.nanoTime() - pageStart) / 1e6;
        long toFrame = ManagementFactory.getRuntimeMXBean().getUptime();
        System.gc();
        System.gc();
        double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
        String result = String.format(java.util.Locale.ROOT, "COLD %d %.1f %.1f %.1f %.1f", toFrame, heap, rssMegabytes(),
                warmUpMillis, pageMillis);
        System.out.println(result); // one write: -verbose:class lines go to the same stream
        System.exit(0); // renderer-timers, if a script started it, is not to be waited for
    }

    private static double rssMegabytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1e3;
        }
        return 0;
    }

    private static double median(List<Sample> samples, java.util.function.ToLongFunction<Sample> field) {
        long[] values = samples.stream().mapToLong(field).toArray();
        Arrays.sort(values);
        return values[values.length / 2] / 1e6;
    }
}
