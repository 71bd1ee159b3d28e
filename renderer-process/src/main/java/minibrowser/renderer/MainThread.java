package minibrowser.renderer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import minibrowser.common.ExitCode;
import minibrowser.common.NamedThreads;
import minibrowser.proto.CommitNavigationRequest;
import minibrowser.proto.DebugAction;
import minibrowser.renderer.engine.EmbedArea;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.LinkArea;
import minibrowser.renderer.engine.Page;

/**
 * The renderer's main thread, {@code renderer-main}: receives the document,
 * parses it with jsoup, computes style, lays out, paints a display list (all in
 * {@link Engine}), asks the browser for plugin instances, and commits the result
 * to the compositor. It also hit-tests clicks and answers the hang monitor's pings.
 *
 * <p>Everything here runs on the one thread; other threads only post tasks.
 */
final class MainThread {
    private final ExecutorService queue = NamedThreads.taskQueue("renderer-main");
    private final Engine engine;
    private final BrowserLink browser;
    private final Compositor compositor;
    private final ImageWorker worker;
    /** The page last committed; read and written only on renderer-main. */
    private Page page;

    MainThread(Engine engine, BrowserLink browser, Compositor compositor, ImageWorker worker) {
        this.engine = engine;
        this.browser = browser;
        this.compositor = compositor;
        this.worker = worker;
    }

    /** Loads a document the browser fetched: parse, style, layout, paint, commit. */
    void commitNavigation(CommitNavigationRequest request) {
        queue.execute(() -> {
            int tab = request.getTab().getValue();
            String html = new String(request.getBody().toByteArray(), charsetOf(request.getContentType()));
            String url = request.getUrl().getSpec();
            compositor.resize(request.getViewportWidth(), request.getViewportHeight());
            page = engine.render(html, url, request.getViewportWidth(), request.getViewportHeight(),
                    subresource -> browser.fetch(tab, subresource));
            List<Integer> instances = new ArrayList<>();
            for (EmbedArea embed : page.embeds()) {
                instances.add(browser.createPluginInstance(tab, embed.mimeType(), embed.src(),
                        embed.rect().width(), embed.rect().height(), embed.attributes()));
            }
            compositor.commit(new CommitData(tab, request.getNavigationId(), page, List.copyOf(instances)));
            for (String image : page.imageUrls()) {
                worker.loadImage(tab, image);
            }
        });
    }

    /** The link under a viewport point, hit-tested against the current page. */
    CompletableFuture<Optional<String>> click(int x, int y, int scrollY) {
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        queue.execute(() -> {
            Optional<String> link = Optional.empty();
            if (page != null) {
                for (LinkArea area : page.links()) {
                    if (area.rect().contains(x, y + scrollY)) {
                        link = Optional.of(area.href());
                        break;
                    }
                }
            }
            answer.complete(link);
        });
        return answer;
    }

    /** Completes when main has run this task: the proof of life the hang monitor waits for. */
    CompletableFuture<Long> ping(long sequence) {
        CompletableFuture<Long> answer = new CompletableFuture<>();
        queue.execute(() -> answer.complete(sequence));
        return answer;
    }

    /** The debug pages that act on the renderer itself, run on main as a page's own code would. */
    void runDebugAction(DebugAction action, int tab) {
        queue.execute(() -> {
            switch (action) {
                case DEBUG_ACTION_CRASH:
                    throw new IllegalStateException("about:crash: an uncaught fatal error on renderer-main");
                case DEBUG_ACTION_KILL:
                    Runtime.getRuntime().halt(ExitCode.DEBUG_KILL.code());
                    break;
                case DEBUG_ACTION_HANG:
                    spinFor(Long.MAX_VALUE);
                    break;
                case DEBUG_ACTION_SHORT_HANG:
                    spinFor(20_000);
                    break;
                case DEBUG_ACTION_MEMORY_EXHAUST:
                    exhaustMemory();
                    break;
                case DEBUG_ACTION_BAD_IPC:
                    browser.sendBadMessage(tab);
                    break;
                default:
                    break;
            }
        });
    }

    private static void spinFor(long millis) {
        long end = millis == Long.MAX_VALUE ? Long.MAX_VALUE : System.currentTimeMillis() + millis;
        long spins = 0;
        while (System.currentTimeMillis() < end) {
            spins++;
        }
        if (spins < 0) System.out.println(spins);
    }

    private static void exhaustMemory() {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[1 << 20]);
        }
    }

    /** The charset named in a Content-Type header, UTF-8 when none or unknown. */
    static Charset charsetOf(String contentType) {
        int at = contentType == null ? -1 : contentType.toLowerCase().indexOf("charset=");
        if (at < 0) return StandardCharsets.UTF_8;
        String name = contentType.substring(at + 8).split("[;\\s]")[0].replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    void shutdown() {
        queue.shutdownNow();
    }
}
