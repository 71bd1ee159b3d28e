package minibrowser.renderer;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import minibrowser.renderer.compositor.Compositor;
import minibrowser.renderer.script.ScriptHost;

/**
 * What one document's scripts get from the renderer ({@link ScriptHost}): the browser's
 * network, console and dialogs through {@link BrowserLink}, the compositor's frames, and
 * main's own rendering step. One per document, made by {@link MainThread} for a page
 * that has script; it names the tab and navigation, so a late answer can be recognised.
 */
final class PageScriptHost implements ScriptHost {
    private final Executor main;
    private final BrowserLink browser;
    private final Compositor compositor;
    private final int tab;
    private final long navigationId;
    private final MainThread page;

    PageScriptHost(Executor main, BrowserLink browser, Compositor compositor, int tab, long navigationId, MainThread page) {
        this.main = main;
        this.browser = browser;
        this.compositor = compositor;
        this.tab = tab;
        this.navigationId = navigationId;
        this.page = page;
    }

    @Override public Executor mainQueue() { return main; }

    @Override
    public CompletableFuture<Optional<byte[]>> fetchScript(String url) {
        return browser.fetch(tab, url);
    }

    @Override
    public CompletableFuture<HttpResponse> fetch(HttpRequest request) {
        return CompletableFuture.failedFuture(new IllegalStateException("fetch is not available yet"));
    }

    @Override
    public void console(ConsoleLevel level, String text, String source) {
        System.err.println("console." + level.name().toLowerCase(java.util.Locale.ROOT) + " [tab " + tab + "] " + text
                + (source.isEmpty() ? "" : " (" + source + ")"));
    }

    @Override
    public DialogAnswer runDialog(DialogKind kind, String message, String defaultValue) {
        return DialogAnswer.DISMISSED;
    }

    @Override
    public void navigate(String url, boolean replace) {
        System.err.println("navigation to " + url + " asked by tab " + tab + " is not available yet");
    }

    @Override public void domChanged() {}

    @Override public void renderNow() { page.renderAgain(navigationId); }

    @Override public CompletableFuture<Long> nextFrame() { return compositor.nextFrame(); }

    @Override public int viewportWidth() { return page.viewportWidth(); }

    @Override public int viewportHeight() { return page.viewportHeight(); }
}
