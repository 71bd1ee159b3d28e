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
import java.util.concurrent.ScheduledExecutorService;
import minibrowser.common.ExitCode;
import minibrowser.proto.ClickReply;
import minibrowser.proto.CommitNavigationRequest;
import minibrowser.proto.DebugAction;
import minibrowser.proto.FocusReply;
import minibrowser.proto.KeyInputReply;
import minibrowser.proto.Url;
import minibrowser.renderer.compositor.CommitData;
import minibrowser.renderer.compositor.Compositor;
import minibrowser.renderer.engine.ImageDecoder;
import minibrowser.renderer.engine.EmbedArea;
import minibrowser.renderer.engine.DocumentEncoding;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.LinkArea;
import minibrowser.renderer.engine.Page;
import minibrowser.renderer.engine.FrameArea;
import minibrowser.renderer.engine.LayoutQuery;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.script.DocumentScripts;
import minibrowser.renderer.script.ScriptPresence;
import minibrowser.renderer.script.KeyPress;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The renderer's main thread, {@code renderer-main}: receives the document,
 * parses it with jsoup, computes style, lays out, paints a display list (all in
 * {@link Engine}), asks the browser for plugin instances, and commits the result
 * to the compositor. It also hit-tests clicks, owns focus within the page and the values
 * typed into its fields ({@link PageInput}), and answers the hang monitor's pings.
 *
 * <p>Main never waits for the browser: every call through {@link BrowserLink} returns a
 * future, whose answer is posted back to this thread's queue and checked there (is it
 * still this navigation?) before it touches any state.
 *
 * <p>Style sheets, as Chromium loads them: when a document commits, main asks the engine
 * which sheets it links ({@link Engine#styleSheetUrls}), fetches them all at once, and lays
 * the page out when the last has arrived (or failed: a failed sheet costs the page that
 * sheet). A sheet's {@code @import}s are known once it is in; they are fetched the same way,
 * in a next round. The sheets are kept for the document, so a re-layout (resize, images)
 * fetches nothing again, except a sheet whose media query starts to apply at a new size.
 *
 * <p>Plugin instances: the page is committed at once, its embeds empty; the browser makes
 * the instances meanwhile, and when their ids are posted back here (the same navigation,
 * the same embeds) they go on to the compositor. The load is finished only with them.
 *
 * <p>Images: the first layout knows no image (each is sized by the page, or a default);
 * the worker fetches and decodes them and posts each back here. When the last one is in,
 * the page is laid out again with their natural sizes and with the broken ones as their
 * alternative text (as Chromium lays out again when an image loads or fails), committed
 * if that moved anything, and only then is the last image handed on to the compositor,
 * so the load finishes with the final layout on screen.
 *
 * <p>Scripts: the document is parsed once into a jsoup {@link Document} that every layout
 * reads. A page with script gets a {@link DocumentScripts} (the engine is loaded only
 * then): its scripts start after the first commit, as tasks of its event loop on this
 * thread, and what they change in the DOM is laid out again in the loop's rendering step
 * ({@link #renderAgain}). A click on such a page is an event first (hit-tested to the
 * element under it), whose default action may follow a link.
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
    // All of the state below is read and written only on renderer-main.
    /** The page last committed; null from a new document's commit until it is laid out (a click then hits nothing). */
    private Page page;
    /** The document shown (null once the tab has left this renderer) and what it was laid out for. */
    private CommitNavigationRequest document;
    /** The document's DOM, parsed once: the tree every layout reads, the page's scripts change and its animations render again. */
    private Document dom;
    /** The document's scripts, or null for a page without any (the script engine is then never loaded). */
    private DocumentScripts scripts;
    /** Focus and keys within the document (null once the tab has left this renderer). */
    private PageInput input;
    /** Whether the scripts were started (after the document's first commit). */
    private boolean scriptsStarted;
    /** Animations of properties other than transform and opacity: they run here, on main. */
    private final MainThreadAnimations animations;
    private int laidOutWidth;
    private int laidOutHeight;
    /** The viewport the next layout is for, once the style sheets it needs are in. */
    private int wantedWidth;
    private int wantedHeight;
    /** The current document's style sheets by URL, as fetched: empty when the fetch failed. */
    private final Map<String, Optional<byte[]>> sheets = new HashMap<>();
    /** Style sheets asked of the browser and not answered yet. */
    private final Set<String> sheetsLoading = new HashSet<>();
    /** For each embed of the committed page, its plugin instance id (0: none); null while the browser makes them. */
    private List<Integer> instances = List.of();
    /** How many embeds the instances being made are for. */
    private int instancesAskedFor;
    /** Counts the rounds of instances asked for: the answer to an older round is dropped. */
    private long instanceRound;
    /** The current document's images by URL: decoded, or null when broken. */
    private final Map<String, BufferedImage> images = new HashMap<>();
    /** Their natural sizes, {0, 0} for a broken one: what layout takes. */
    private final Map<String, int[]> imageSizes = new HashMap<>();
    /** Images asked of the worker and not answered yet. */
    private final Set<String> loading = new HashSet<>();

    /** One tab's main-thread state, run on {@code queue}, the renderer's one renderer-main. */
    MainThread(ExecutorService queue, Engine engine, BrowserLink browser, Compositor compositor, ImageWorker worker) {
        this(queue, engine, browser, compositor, worker, null);
    }

    /** As above, with main-thread animations paced by {@code frameClock} (null: they do not run). */
    MainThread(ExecutorService queue, Engine engine, BrowserLink browser, Compositor compositor, ImageWorker worker,
               ScheduledExecutorService frameClock) {
        this.animations = new MainThreadAnimations(frameClock, queue, System::nanoTime, this::animationFrame);
        this.queue = queue;
        this.engine = engine;
        this.browser = browser;
        this.compositor = compositor;
        this.worker = worker;
    }

    /** Loads a document the browser fetched: its style sheets, then style, layout, paint, commit. */
    void commitNavigation(CommitNavigationRequest request) {
        queue.execute(() -> {
            // The encoding: a byte order mark, the HTTP charset, <meta charset>, else windows-1252.
            String html = DocumentEncoding.decode(request.getBody().toByteArray(), request.getContentType());
            compositor.resize(request.getViewportWidth(), request.getViewportHeight());
            closeScripts();
            document = request;
            dom = engine.parse(html, request.getUrl().getSpec());
            if (ScriptPresence.in(dom)) { // asked without loading DocumentScripts: see ScriptPresence
                int tab = request.getTab().getValue();
                long navigation = request.getNavigationId();
                scripts = new DocumentScripts(dom, request.getUrl().getSpec(),
                        new PageScriptHost(queue, browser, compositor, tab, navigation, this));
                compositor.holdLoad(navigation); // the load finishes once the page settles after its load event
            }
            long typedInto = request.getNavigationId();
            input = new PageInput(dom, scripts, () -> renderAgain(typedInto));
            page = null; // the old page is no longer the tab's, though it is shown until the new one is laid out
            sheets.clear();
            sheetsLoading.clear();
            instances = List.of(); // a new document makes its own instances (the browser ended the old ones)
            instanceRound++;
            images.clear();
            imageSizes.clear();
            loading.clear();
            layOut(request.getViewportWidth(), request.getViewportHeight());
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
            if (document == null || (width == wantedWidth && height == wantedHeight)) return;
            layOut(width, height);
        });
    }

    /** The tab left this renderer: answers still on their way for its document are dropped. */
    void detach() {
        queue.execute(() -> {
            closeScripts();
            document = null;
            dom = null;
            input = null;
            animations.stop();
            page = null;
            sheets.clear();
            sheetsLoading.clear();
            images.clear();
            imageSizes.clear();
            loading.clear();
        });
    }

    /**
     * Lays the current document out at a viewport size and commits it, as soon as the
     * style sheets it needs there are in: at once when they are, else when the last of
     * them arrives ({@link #sheetArrived}). Asked again meanwhile, the latest size wins.
     */
    private void layOut(int width, int height) {
        wantedWidth = width;
        wantedHeight = height;
        if (!sheetsLoading.isEmpty()) return; // the last sheet to arrive lays out at the wanted size
        int tab = document.getTab().getValue();
        long navigation = document.getNavigationId();
        List<String> missing = new ArrayList<>();
        for (String url : engine.styleSheetUrls(dom, width, height, fetchedSheets())) {
            if (!sheets.containsKey(url)) missing.add(url);
        }
        if (missing.isEmpty()) {
            commitPage(render(width, height), width, height);
            return;
        }
        for (String url : missing) {
            sheetsLoading.add(url);
            browser.fetch(tab, url).thenAcceptAsync(css -> sheetArrived(navigation, url, css), queue);
        }
    }

    /** A style sheet is in (or failed: empty). Runs on main. The last of a round lays the page out, or starts the next round. */
    private void sheetArrived(long navigationId, String url, Optional<byte[]> css) {
        if (document == null || document.getNavigationId() != navigationId || !sheetsLoading.remove(url)) return;
        sheets.put(url, css);
        if (sheetsLoading.isEmpty()) layOut(wantedWidth, wantedHeight); // their @imports, if any, are asked for now
    }

    /** What the engine fetches from: the current document's sheets, as fetched; nothing else. */
    private ResourceLoader fetchedSheets() {
        Map<String, Optional<byte[]>> fetched = Map.copyOf(sheets);
        return url -> fetched.getOrDefault(url, Optional.empty());
    }

    /** The current document rendered at a viewport size, from its fetched sheets, with the images known so far. */
    private Page render(int width, int height) {
        return engine.render(dom, document.getUrl().getSpec(), width, height, fetchedSheets(), Map.copyOf(imageSizes));
    }

    /** An animation frame for a main-thread animation: the rendering step at the last layout's size. */
    private void animationFrame() {
        if (document == null || page == null || !sheetsLoading.isEmpty()) return;
        commitPage(render(laidOutWidth, laidOutHeight), laidOutWidth, laidOutHeight);
    }

    /**
     * Commits a rendered page to the compositor, with the plugin instances of its embeds
     * (asked for now, if it is the first page with these embeds), then hands over the
     * images already decoded and asks the worker for the others.
     */
    private void commitPage(Page rendered, int width, int height) {
        int tab = document.getTab().getValue();
        long navigation = document.getNavigationId();
        page = rendered;
        laidOutWidth = width;
        laidOutHeight = height;
        animations.committed(page);
        int embeds = page.embeds().size();
        boolean kept = instances == null ? instancesAskedFor == embeds : instances.size() == embeds;
        if (!kept) askForInstances(page);
        compositor.commit(instances == null
                ? CommitData.awaitingPluginInstances(tab, navigation, page)
                : new CommitData(tab, navigation, page, instances, false));
        for (String image : page.imageUrls()) deliverOrLoad(navigation, image, () -> worker.loadImage(tab, navigation, image));
        // An iframe's document comes back as a picture under its URL, as an image does.
        for (FrameArea frame : page.frames()) deliverOrLoad(navigation, frame.src(), () -> worker.loadFrame(tab, navigation, frame));
        if (scripts != null && !scriptsStarted) {
            // The page as parsed is on screen; now its scripts run, each a task of the event loop.
            scriptsStarted = true;
            scripts.start(() -> compositor.releaseLoad(navigation));
        }
        if (scripts != null && loading.isEmpty()) scripts.pageLoaded();
    }

    /** Hands the compositor an image (or a frame's picture) main already has, or starts loading it, once. */
    private void deliverOrLoad(long navigation, String url, Runnable load) {
        if (images.containsKey(url)) {
            compositor.imageDone(navigation, url, images.get(url));
        } else if (loading.add(url)) {
            load.run();
        }
    }

    /**
     * The rendering step of the page's event loop: its scripts changed the DOM, so the
     * page is styled, laid out, painted and committed again, under the same navigation
     * (the scroll offset stays). Runs on main; ignored for a document no longer shown.
     */
    void renderAgain(long navigationId) {
        if (document == null || document.getNavigationId() != navigationId) return;
        layOut(wantedWidth, wantedHeight);
    }

    /**
     * A script's forced layout: the current document styled and laid out now, from the
     * sheets and images in so far; an empty one for a document no longer shown. Main.
     */
    LayoutQuery layoutNow(long navigationId) {
        if (document == null || document.getNavigationId() != navigationId) return LayoutQuery.empty(wantedWidth, wantedHeight);
        return engine.layoutNow(dom, wantedWidth, wantedHeight, fetchedSheets(), Map.copyOf(imageSizes));
    }

    /** The viewport the page is laid out for, CSS px (a script's innerWidth). */
    int viewportWidth() {
        return wantedWidth;
    }

    /** @see #viewportWidth() */
    int viewportHeight() {
        return wantedHeight;
    }

    /** The document's scripts end with it: no timer or task of theirs runs again. */
    private void closeScripts() {
        if (scripts != null) scripts.close();
        scripts = null;
        scriptsStarted = false;
    }

    /** Asks the browser for an instance for each embed of {@code rendered}, all at once; the answers come to main. */
    private void askForInstances(Page rendered) {
        int tab = document.getTab().getValue();
        long navigation = document.getNavigationId();
        long round = ++instanceRound;
        List<CompletableFuture<Integer>> asked = new ArrayList<>();
        for (EmbedArea embed : rendered.embeds()) {
            asked.add(browser.createPluginInstance(tab, embed.mimeType(), embed.src(),
                    embed.rect().width(), embed.rect().height(), embed.attributes()));
        }
        instances = null;
        instancesAskedFor = asked.size();
        CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).thenRunAsync(() -> {
            List<Integer> made = new ArrayList<>();
            for (CompletableFuture<Integer> instance : asked) made.add(instance.join()); // each never fails: 0 for none
            instancesMade(navigation, round, List.copyOf(made));
        }, queue);
    }

    /** The browser made the instances of a round (0: none for that embed). Runs on main. */
    private void instancesMade(long navigationId, long round, List<Integer> made) {
        if (document == null || document.getNavigationId() != navigationId || round != instanceRound) return;
        instances = made;
        compositor.pluginInstancesMade(navigationId, made);
    }

    /**
     * The worker is done with an image (null: it could not be fetched or decoded). Called
     * on renderer-images; runs on main. Until the last image of the page is in, each goes
     * straight on to the compositor; with the last one the page is laid out again.
     */
    void imageDone(long navigationId, String url, BufferedImage image) {
        queue.execute(() -> {
            if (document == null || document.getNavigationId() != navigationId || !loading.remove(url)) return;
            images.put(url, image);
            imageSizes.put(url, image == null ? new int[] {0, 0} : ImageDecoder.naturalSize(image));
            if (loading.isEmpty() && scripts != null) scripts.pageLoaded();
            if (!loading.isEmpty()) {
                compositor.imageDone(navigationId, url, image);
                return;
            }
            Page again = render(laidOutWidth, laidOutHeight);
            if (again.layoutTreeText().equals(page.layoutTreeText())) {
                compositor.imageDone(navigationId, url, image); // nothing moved: keep the committed page
            } else {
                commitPage(again, laidOutWidth, laidOutHeight);
            }
        });
    }

    /**
     * A click at a viewport point, hit-tested against the current page: on a scripted
     * page a click event (whose default action may follow a link), else the link there;
     * either way focus moves to what was clicked, and the answer says what has it.
     */
    CompletableFuture<ClickReply> click(int x, int y, int scrollY) {
        CompletableFuture<ClickReply> answer = new CompletableFuture<>();
        queue.execute(() -> {
            Optional<String> link = Optional.empty();
            Optional<Element> target = page == null ? Optional.empty() : page.elementAt(x, y + scrollY);
            if (target.isPresent() && scripts != null) {
                // A scripted page: the click is an event first; its default action may follow a link.
                link = scripts.click(target.get());
            } else if (page != null) {
                if (input != null) input.clickedWithoutScripts(target.orElse(null));
                link = page.linkAt(x, y + scrollY).map(LinkArea::href);
            }
            ClickReply.Builder reply = ClickReply.newBuilder();
            link.ifPresent(url -> reply.setLink(Url.newBuilder().setSpec(url)));
            if (input != null) reply.setFocused(input.focus());
            answer.complete(reply.build());
        });
        return answer;
    }

    /** The browser's Tab reached the page's focusable element {@code focusIndex} (0: none); answers what has focus. */
    CompletableFuture<FocusReply> focus(int focusIndex) {
        CompletableFuture<FocusReply> answer = new CompletableFuture<>();
        queue.execute(() -> answer.complete(input == null ? FocusReply.getDefaultInstance()
                : FocusReply.newBuilder().setFocused(input.focusIndex(focusIndex)).build()));
        return answer;
    }

    /** A key for the page's focused element ({@link PageInput#key}); answers a link to follow and what has focus. */
    CompletableFuture<KeyInputReply> keyInput(KeyPress key) {
        CompletableFuture<KeyInputReply> answer = new CompletableFuture<>();
        queue.execute(() -> {
            if (input == null) {
                answer.complete(KeyInputReply.getDefaultInstance());
                return;
            }
            PageInput.Answer done = input.key(key);
            KeyInputReply.Builder reply = KeyInputReply.newBuilder().setFocused(done.focused());
            done.link().ifPresent(url -> reply.setLink(Url.newBuilder().setSpec(url)));
            answer.complete(reply.build());
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
