package minibrowser.renderer.script;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import minibrowser.common.UrlParts;
import minibrowser.renderer.script.dom.DomBinding;
import minibrowser.renderer.script.dom.EventTargetObject;
import minibrowser.renderer.script.dom.HostObject;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaConstructor;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The {@code Worker} constructor of one document, and the document's workers, on
 * renderer-main. {@code new Worker(url)}:
 * <ol>
 *   <li>resolves {@code url} against the document ({@code SyntaxError} if it cannot);</li>
 *   <li>refuses a script of another origin ({@code SecurityError}, as browsers do at
 *       construction; see {@link #sameOrigin});</li>
 *   <li>refuses a worker past {@link #MAX_WORKERS_PER_PAGE} live ones
 *       ({@code QuotaExceededError}), so a page that makes workers in a loop cannot make
 *       a thread per iteration;</li>
 *   <li>starts the worker's thread, renderer-worker-N, and fetches the script through the
 *       browser ({@link ScriptHost#fetchScript}, the browser's checks as for any script);
 *       when it arrives, the worker runs it.</li>
 * </ol>
 * When the document goes away, every worker of it is terminated ({@link #terminateAll}).
 */
final class Workers {
    /** Live workers a page may hold at once: a few per core is all a page can use, and threads cost memory. */
    static final int MAX_WORKERS_PER_PAGE = 8;

    private final String documentUrl;
    private final ScriptHost host;
    private final EventLoop loop;
    private final List<WorkerObject> workers = new ArrayList<>();
    private DomBinding dom;
    private Scriptable prototype;
    private boolean closed;

    Workers(String documentUrl, ScriptHost host, EventLoop loop) {
        this.documentUrl = documentUrl;
        this.host = host;
        this.loop = loop;
    }

    /** Defines {@code Worker} on the document's window. */
    void install(Context cx, ScriptableObject window, DomBinding dom) {
        this.dom = dom;
        LambdaConstructor constructor = new LambdaConstructor(window, "Worker", 1, LambdaConstructor.CONSTRUCTOR_NEW,
                (c, scope, args) -> create(args));
        prototype = (Scriptable) constructor.getPrototypeProperty(); // Worker.prototype: instanceof Worker holds
        EventTargetObject.defineMethods(prototype, dom);
        HostObject.method(prototype, "postMessage", 1, WorkerObject.class, (worker, args) -> {
            worker.postMessage(Context.getCurrentContext(), HostObject.arg(args, 0));
            return null;
        });
        HostObject.method(prototype, "terminate", 0, WorkerObject.class, (worker, args) -> {
            worker.terminate();
            return null;
        });
        ScriptableObject.defineProperty(window, "Worker", constructor, ScriptableObject.DONTENUM);
    }

    private Scriptable create(Object[] args) {
        if (closed) throw HostObject.domException("InvalidStateError", "the document has gone away");
        String given = HostObject.string(args, 0);
        UrlParts script = UrlParts.resolve(documentUrl, given).flatMap(UrlParts::of).orElseThrow(() ->
                HostObject.domException("SyntaxError", "Failed to construct 'Worker': bad URL " + given));
        UrlParts page = UrlParts.of(documentUrl).orElse(new UrlParts(documentUrl, "", "", -1, "", null, null));
        if (!sameOrigin(page, script)) {
            throw HostObject.domException("SecurityError", "Failed to construct 'Worker': script at '" + script
                    + "' cannot be accessed from origin of '" + documentUrl + "'");
        }
        workers.removeIf(worker -> !worker.live());
        if (workers.size() >= MAX_WORKERS_PER_PAGE) {
            throw HostObject.domException("QuotaExceededError", "Failed to construct 'Worker': a page may run at most "
                    + MAX_WORKERS_PER_PAGE + " workers at once");
        }
        WorkerObject worker = new WorkerObject(script.spec(), dom, loop, host);
        worker.setPrototype(prototype);
        worker.setParentScope(dom.window());
        workers.add(worker);
        host.fetchScript(script.spec()).whenComplete((bytes, failed) -> {
            Optional<String> code = failed != null || bytes == null ? Optional.empty()
                    : bytes.map(b -> new String(b, StandardCharsets.UTF_8));
            host.mainQueue().execute(() -> loop.run(cx -> worker.scriptArrived(code)));
        });
        return worker;
    }

    /**
     * Whether a document at {@code page} may run the worker script at {@code script}: the
     * same scheme, host and port (HTML standard: a worker's script must be same-origin).
     * Two cases of their own: a {@code file:} page may use {@code file:} scripts (the
     * browser lets a local page load local files only), and a {@code data:} script is
     * allowed, as browsers allow it (its worker has an opaque origin; it can only talk to
     * its page by messages, which is all a worker here can do anyway).
     */
    static boolean sameOrigin(UrlParts page, UrlParts script) {
        String scheme = lower(script.scheme());
        if (scheme.equals("data")) return true;
        if (!scheme.equals(lower(page.scheme()))) return false;
        if (scheme.equals("file")) return true;
        if (!scheme.equals("http") && !scheme.equals("https")) return false;
        return lower(page.host()).equals(lower(script.host())) && port(page) == port(script);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static int port(UrlParts url) {
        if (url.port() != -1) return url.port();
        return lower(url.scheme()).equals("https") ? 443 : 80;
    }

    /** The workers made so far (live or not), for tests. */
    List<WorkerObject> all() {
        return workers;
    }

    /** The document went away: every worker of it ends, and no new one starts. */
    void terminateAll() {
        closed = true;
        workers.forEach(WorkerObject::terminate);
    }
}
