package minibrowser.renderer;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import minibrowser.common.ExitCode;
import minibrowser.proto.CommitNavigationRequest;
import minibrowser.proto.DebugAction;
import minibrowser.renderer.compositor.CommitData;
import minibrowser.renderer.compositor.Compositor;
import minibrowser.renderer.engine.EmbedArea;
import minibrowser.renderer.engine.DocumentEncoding;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.LinkArea;
import minibrowser.renderer.engine.Page;

/**
 * The renderer's main thread, {@code renderer-main}: receives the document,
 * parses it with jsoup, computes style, lays out, paints a display list (all in
 * {@link Engine}), asks the browser for plugin instances, and commits the result
 * to the compositor. It also hit-tests clicks and answers the hang monitor's pings.
 *
 * <p>Images: the first layout knows no image (each is sized by the page, or a default);
 * the worker fetches and decodes them and posts each back here. When the last one is in,
 * the page is laid out again with their natural sizes and with the broken ones as their
 * alternative text (as Chromium lays out again when an image loads or fails), committed
 * if that moved anything, and only then is the last image handed on to the compositor,
 * so the load finishes with the final layout on screen.
 *
 * <p>Everything here runs on the one thread; other threads only post tasks.
 */
final class MainThread {
    /** renderer-main's task queue; shared by every tab this renderer draws (see {@link RenderViews}). */
    private final ExecutorService queue;
    private final Engine engine;
    private final BrowserLink browser;
    private final Compositor compositor;
    private final ImageWorker worker;
    /** The page last committed; read and written only on renderer-main. */
    private Page page;
    /** The document shown and what it was laid out for, to lay it out again on resize (renderer-main only). */
    private CommitNavigationRequest document;
    private String documentHtml;
    private int laidOutWidth;
    private int laidOutHeight;
    private List<Integer> instances = List.of();
    /** The current document's images by URL: decoded, or null when broken (renderer-main only). */
    private final Map<String, BufferedImage> images = new HashMap<>();
    /** Their natural sizes, {0, 0} for a broken one: what layout takes (renderer-main only). */
    private final Map<String, int[]> imageSizes = new HashMap<>();
    /** Images asked of the worker and not answered yet (renderer-main only). */
    private final Set<String> loading = new HashSet<>();

    /** One tab's main-thread state, run on {@code queue}, the renderer's one renderer-main. */
    MainThread(ExecutorService queue, Engine engine, BrowserLink browser, Compositor compositor, ImageWorker worker) {
        this.queue = queue;
        this.engine = engine;
        this.browser = browser;
        this.compositor = compositor;
        this.worker = worker;
    }

    /** Loads a document the browser fetched: parse, style, layout, paint, commit. */
    void commitNavigation(CommitNavigationRequest request) {
        queue.execute(() -> {
            // The encoding: a byte order mark, the HTTP charset, <meta charset>, else windows-1252.
            String html = DocumentEncoding.decode(request.getBody().toByteArray(), request.getContentType());
            compositor.resize(request.getViewportWidth(), request.getViewportHeight());
            document = request;
            documentHtml = html;
            images.clear();
            imageSizes.clear();
            loading.clear();
            layOut(request.getViewportWidth(), request.getViewportHeight(), null);
        });
    }

    /**
     * The viewport changed size (a terminal resize): lay the document out again at the
     * new width and commit it under the same navigation, so the scroll offset and the
     * plugin instances stay. While main is busy this waits in the queue; the compositor
     * meanwhile shows the old layout in the new viewport.
     */
    void resize(int width, int height) {
        queue.execute(() -> {
            if (document == null || (width == laidOutWidth && height == laidOutHeight)) return;
            layOut(width, height, instances);
        });
    }

    /** Style, layout and paint of the current document at a viewport size, then commit. */
    private void layOut(int width, int height, List<Integer> keepInstances) {
        commitPage(render(width, height), width, height, keepInstances);
    }

    /** The current document rendered at a viewport size, with the images known so far. */
    private Page render(int width, int height) {
        int tab = document.getTab().getValue();
        return engine.render(documentHtml, document.getUrl().getSpec(), width, height,
                subresource -> browser.fetch(tab, subresource), Map.copyOf(imageSizes));
    }

    /**
     * Commits a rendered page to the compositor, with plugin instances for its embeds,
     * then hands over the images already decoded and asks the worker for the others.
     */
    private void commitPage(Page rendered, int width, int height, List<Integer> keepInstances) {
        int tab = document.getTab().getValue();
        long navigation = document.getNavigationId();
        page = rendered;
        laidOutWidth = width;
        laidOutHeight = height;
        if (keepInstances != null && keepInstances.size() == page.embeds().size()) {
            instances = keepInstances;
        } else {
            List<Integer> created = new ArrayList<>();
            for (EmbedArea embed : page.embeds()) {
                created.add(browser.createPluginInstance(tab, embed.mimeType(), embed.src(),
                        embed.rect().width(), embed.rect().height(), embed.attributes()));
            }
            instances = List.copyOf(created);
        }
        compositor.commit(new CommitData(tab, navigation, page, instances));
        for (String image : page.imageUrls()) {
            if (images.containsKey(image)) {
                compositor.imageDone(navigation, image, images.get(image));
            } else if (loading.add(image)) {
                worker.loadImage(tab, navigation, image);
            }
        }
    }

    /**
     * The worker is done with an image (null: it could not be fetched or decoded). Called
     * on renderer-worker; runs on main. Until the last image of the page is in, each goes
     * straight on to the compositor; with the last one the page is laid out again.
     */
    void imageDone(long navigationId, String url, BufferedImage image) {
        queue.execute(() -> {
            if (document == null || document.getNavigationId() != navigationId || !loading.remove(url)) return;
            images.put(url, image);
            imageSizes.put(url, image == null ? new int[] {0, 0} : new int[] {image.getWidth(), image.getHeight()});
            if (!loading.isEmpty()) {
                compositor.imageDone(navigationId, url, image);
                return;
            }
            Page again = render(laidOutWidth, laidOutHeight);
            if (again.layoutTreeText().equals(page.layoutTreeText())) {
                compositor.imageDone(navigationId, url, image); // nothing moved: keep the committed page
            } else {
                commitPage(again, laidOutWidth, laidOutHeight, instances);
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
                case DEBUG_ACTION_STACK_OVERFLOW:
                    recurse(0);
                    break;
                case DEBUG_ACTION_SYSTEM_EXIT:
                    System.exit(ExitCode.DEBUG_EXIT.code());
                    break;
                case DEBUG_ACTION_DEADLOCK:
                    deadlockWithCompositor();
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

    /** about:stackoverflow: recursion without end, until the thread's stack is gone. */
    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    /**
     * about:deadlock: main takes lock A and the compositor lock B, then each waits
     * for the other's. Neither thread ever runs again; nothing throws, nothing exits.
     */
    private void deadlockWithCompositor() {
        Object lockA = new Object();
        Object lockB = new Object();
        java.util.concurrent.CountDownLatch compositorHoldsB = new java.util.concurrent.CountDownLatch(1);
        synchronized (lockA) {
            compositor.runForDebug(() -> {
                synchronized (lockB) {
                    compositorHoldsB.countDown();
                    synchronized (lockA) {
                        compositorHoldsB.countDown(); // never reached
                    }
                }
            });
            try {
                compositorHoldsB.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            synchronized (lockB) {
                compositorHoldsB.countDown(); // never reached
            }
        }
    }

    private static void exhaustMemory() {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[1 << 20]);
        }
    }
}
