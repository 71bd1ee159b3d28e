package minibrowser.renderer;

import minibrowser.renderer.engine.LayoutQuery;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import minibrowser.proto.HttpMethod;
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

    /** The methods a script may use; the browser kills a renderer that sends another, so others fail here. */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE");

    @Override
    public CompletableFuture<HttpResponse> fetch(HttpRequest request) {
        if (!METHODS.contains(request.method())) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("method " + request.method() + " is not supported"));
        }
        boolean bodiless = request.method().equals("GET") || request.method().equals("HEAD");
        return browser.scriptFetch(tab, navigationId, request.url(), HttpMethod.valueOf("HTTP_METHOD_" + request.method()),
                        bodiless ? new byte[0] : request.body(), request.contentType())
                .thenApply(r -> new HttpResponse(r.status(), r.statusText(), r.contentType(), r.body(), r.finalUrl()));
    }

    @Override
    public void console(ConsoleLevel level, String text, String source) {
        browser.console(tab, minibrowser.proto.ConsoleLevel.valueOf("CONSOLE_LEVEL_" + level.name()), text, source);
    }

    /**
     * Blocks renderer-main until the browser answers: the one place main waits for another
     * process, because {@code alert} must not return before the user has seen it (Chromium's
     * main thread waits the same way). The browser does not count this silence as a hang,
     * and always answers (it dismisses the dialog when the tab goes).
     */
    @Override
    public DialogAnswer runDialog(DialogKind kind, String message, String defaultValue) {
        return browser.runDialog(tab, navigationId, minibrowser.proto.DialogKind.valueOf("DIALOG_KIND_" + kind.name()),
                message, defaultValue).join();
    }

    @Override
    public void navigate(String url, boolean replace) {
        browser.requestNavigation(tab, navigationId, url, replace).exceptionally(refused -> {
            console(ConsoleLevel.ERROR, "Navigation to " + url + " was refused: " + refused.getMessage(), "");
            return null;
        });
    }


    @Override public void renderNow() { page.renderAgain(navigationId); }

    @Override public LayoutQuery layoutNow() { return page.layoutNow(navigationId); }

    @Override public CompletableFuture<Long> nextFrame() { return compositor.nextFrame(); }

    @Override public int viewportWidth() { return page.viewportWidth(); }

    @Override public int viewportHeight() { return page.viewportHeight(); }
}
