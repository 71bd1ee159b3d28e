package minibrowser.renderer.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.Page;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.ResourceLoader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page with its scripts, run in the test's own thread as if it were renderer-main: the
 * real engine and the real {@link DocumentScripts}, against a {@link ScriptHost} of the
 * test (its queue is drained by the test, files stand in for the network, dialogs answer
 * as told, the console is kept). No browser and no processes: this is the engine's
 * unit-level check; the ITs run the same pages in real renderers.
 */
public final class ScriptedPage implements ScriptHost {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 600;

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Engine engine = new Engine(Device.pixels());
    private final Document dom;
    private final DocumentScripts scripts;
    private final Map<String, String> files;
    private final List<String> console = new ArrayList<>();
    private final List<String> navigations = new ArrayList<>();
    private final List<String> dialogs = new ArrayList<>();
    private DialogAnswer nextAnswer = new DialogAnswer(true, "");
    private Page page;
    private int renders;

    /** A page at {@code url} whose subresources are {@code files} (by absolute URL). */
    public ScriptedPage(String html, String url, Map<String, String> files) {
        this.files = files;
        this.dom = engine.parse(html, url);
        this.scripts = new DocumentScripts(dom, url, this);
        page = engine.render(dom, WIDTH, HEIGHT, ResourceLoader.none(), Map.of());
        scripts.start(() -> {});
        scripts.pageLoaded();
        runUntilIdle();
    }

    public ScriptedPage(String html) {
        this(html, "http://example.test/page.html", Map.of());
    }

    /** Runs queued tasks until none has come for a while (timers included). */
    public ScriptedPage runUntilIdle() {
        return runFor(400);
    }

    /** Runs queued tasks until none has come for {@code quietMillis}. */
    public ScriptedPage runFor(long quietMillis) {
        try {
            Runnable task;
            while ((task = tasks.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) task.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    /** A trusted click on the first element matching {@code selector}; the link its default action follows. */
    public Optional<String> click(String selector) {
        Element target = dom.selectFirst(selector);
        if (target == null) throw new AssertionError("no element " + selector);
        Optional<String> link = scripts.click(target);
        runUntilIdle();
        return link;
    }

    /** The layout tree as the engine prints it, after the last rendering step. */
    public String layoutTree() { return page.layoutTreeText(); }

    /** The document's body, as HTML. */
    public String bodyHtml() { return dom.body().html(); }

    public Document dom() { return dom; }

    public List<String> console() { return console; }

    public List<String> navigations() { return navigations; }

    public List<String> dialogs() { return dialogs; }

    public int renders() { return renders; }

    /** How the next dialog is answered. */
    public void answerNextDialog(DialogAnswer answer) { nextAnswer = answer; }

    public DocumentScripts scripts() { return scripts; }

    /** The page as last rendered (its link and control areas). */
    public Page page() { return page; }

    /** A key the user pressed, at the element that has focus; the link its default action follows. */
    public Optional<String> key(KeyPress key) {
        Optional<String> link = scripts.key(key);
        runUntilIdle();
        return link;
    }

    /** Types {@code text} key by key into what has focus. */
    public void type(String text) {
        text.codePoints().forEach(c -> scripts.key(KeyPress.typed(new String(Character.toChars(c)))));
        runUntilIdle();
    }

    /** The user moved focus (the browser's Tab) to the first element matching {@code selector}. */
    public void focus(String selector) {
        scripts.focus(dom.selectFirst(selector));
        runUntilIdle();
    }

    // ScriptHost

    @Override public Executor mainQueue() { return tasks::add; }

    @Override
    public CompletableFuture<Optional<byte[]>> fetchScript(String url) {
        String text = files.get(url);
        return CompletableFuture.completedFuture(text == null ? Optional.empty()
                : Optional.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public CompletableFuture<HttpResponse> fetch(HttpRequest request) {
        String text = files.get(request.url());
        if (text == null) return CompletableFuture.failedFuture(new IllegalStateException("404 " + request.url()));
        return CompletableFuture.completedFuture(new HttpResponse(200, "OK", "text/plain",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), request.url()));
    }

    @Override
    public void console(ConsoleLevel level, String text, String source) {
        console.add(level.name().toLowerCase(java.util.Locale.ROOT) + ": " + text);
    }

    @Override
    public DialogAnswer runDialog(DialogKind kind, String message, String defaultValue) {
        dialogs.add(kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + message);
        return nextAnswer;
    }

    @Override public void navigate(String url, boolean replace) { navigations.add(url); }

    @Override public void domChanged() {}

    @Override
    public void renderNow() {
        renders++;
        page = engine.render(dom, WIDTH, HEIGHT, ResourceLoader.none(), Map.of());
    }

    @Override public CompletableFuture<Long> nextFrame() { return CompletableFuture.completedFuture(System.nanoTime()); }

    @Override public int viewportWidth() { return WIDTH; }

    @Override public int viewportHeight() { return HEIGHT; }
}
