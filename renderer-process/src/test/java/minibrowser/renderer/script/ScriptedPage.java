package minibrowser.renderer.script;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.LayoutQuery;
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
 *
 * <p>The network, as the browser would answer: a file of {@code files} is a 200; another
 * URL of the page's own origin is a 404; any other origin is refused (a failed future,
 * which {@code fetch} turns into a TypeError), as the browser's same-origin policy does.
 * Everything the scripts ask of the outside world (console lines, dialogs, navigations)
 * is also kept in one {@link #transcript}, in the order it was asked.
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
    private final List<String> transcript = new ArrayList<>();
    private final Deque<DialogAnswer> answers;
    private final String url;
    private DialogAnswer nextAnswer = new DialogAnswer(true, "");
    private Page page;
    private int renders;

    /** A page at {@code url} whose subresources are {@code files} (by absolute URL). */
    public ScriptedPage(String html, String url, Map<String, String> files) {
        this(html, url, files, List.of());
    }

    /**
     * As {@link #ScriptedPage(String, String, Map)}, the page's dialogs answered by
     * {@code dialogAnswers} in turn (then as {@link #answerNextDialog} says: OK by default).
     */
    public ScriptedPage(String html, String url, Map<String, String> files, List<DialogAnswer> dialogAnswers) {
        this.files = files;
        this.url = url;
        this.answers = new ArrayDeque<>(dialogAnswers);
        this.dom = engine.parse(html, url);
        this.scripts = new DocumentScripts(dom, url, this);
        page = engine.render(dom, dom.location(), WIDTH, HEIGHT, sheets(), Map.of());
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

    /**
     * Runs queued tasks until {@code done} holds (checked after each task and while
     * waiting) or {@code timeoutMillis} passed: for pages whose tasks come from other
     * threads (workers). True when {@code done} held.
     */
    public boolean runUntil(java.util.function.BooleanSupplier done, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        try {
            while (!done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                Runnable task = tasks.poll(Math.min(left, 20_000_000), TimeUnit.NANOSECONDS);
                if (task != null) task.run();
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs tasks until the console has a line that contains {@code text} (up to 10 s); true when it came. */
    public boolean awaitConsole(String text) {
        return runUntil(() -> console.stream().anyMatch(line -> line.contains(text)), 10_000);
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

    /** Console lines, dialogs and navigations, in the order the scripts asked for them ("console log: hi"). */
    public List<String> transcript() { return transcript; }

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
        if (url.startsWith("data:") && url.contains(",")) { // as the browser's network reads a data: URL
            String body = url.substring(url.indexOf(',') + 1);
            boolean base64 = url.substring(0, url.indexOf(',')).endsWith(";base64");
            return CompletableFuture.completedFuture(Optional.of(base64 ? java.util.Base64.getDecoder().decode(body)
                    : java.net.URLDecoder.decode(body.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        String text = files.get(url);
        return CompletableFuture.completedFuture(text == null ? Optional.empty()
                : Optional.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public CompletableFuture<HttpResponse> fetch(HttpRequest request) {
        String text = files.get(request.url());
        if (text == null && !sameOrigin(request.url())) {
            return CompletableFuture.failedFuture(new IllegalStateException("refused: " + request.url() + " is of another origin"));
        }
        if (text == null) {
            return CompletableFuture.completedFuture(new HttpResponse(404, "Not Found", "text/plain", new byte[0], request.url()));
        }
        String type = request.url().endsWith(".json") ? "application/json" : "text/plain";
        return CompletableFuture.completedFuture(new HttpResponse(200, "OK", type,
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), request.url()));
    }

    private boolean sameOrigin(String other) {
        try {
            URI a = URI.create(url);
            URI b = URI.create(other);
            return java.util.Objects.equals(a.getScheme(), b.getScheme()) && java.util.Objects.equals(a.getHost(), b.getHost())
                    && a.getPort() == b.getPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void console(ConsoleLevel level, String text, String source) {
        console.add(level.name().toLowerCase(java.util.Locale.ROOT) + ": " + text);
        transcript.add("console " + console.get(console.size() - 1));
    }

    @Override
    public DialogAnswer runDialog(DialogKind kind, String message, String defaultValue) {
        dialogs.add(kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + message);
        DialogAnswer answer = answers.isEmpty() ? nextAnswer : answers.poll();
        transcript.add("dialog " + dialogs.get(dialogs.size() - 1) + (kind == DialogKind.PROMPT ? " [" + defaultValue + "]" : "")
                + " -> " + (answer.accepted() ? "OK" : "Cancel") + (kind == DialogKind.PROMPT && answer.accepted() ? " \"" + answer.value() + "\"" : ""));
        return answer;
    }

    @Override
    public void navigate(String url, boolean replace) {
        navigations.add(url);
        transcript.add("navigate " + url + (replace ? " (replace)" : ""));
    }


    @Override
    public void renderNow() {
        renders++;
        page = engine.render(dom, dom.location(), WIDTH, HEIGHT, sheets(), Map.of());
    }

    @Override
    public LayoutQuery layoutNow() {
        return engine.layoutNow(dom, WIDTH, HEIGHT, sheets(), Map.of());
    }

    /** The page's style sheets, from {@code files} as the browser would fetch them. */
    private ResourceLoader sheets() {
        return url -> Optional.ofNullable(files.get(url)).map(css -> css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override public CompletableFuture<Long> nextFrame() { return CompletableFuture.completedFuture(System.nanoTime()); }

    @Override public int viewportWidth() { return WIDTH; }

    @Override public int viewportHeight() { return HEIGHT; }
}
