package minibrowser.renderer.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Web workers through what a page sees: messages both ways by copy, what cannot be
 * copied, errors, terminate (even of a worker that never returns), the limit, the
 * same-origin rule, and the worker's global (no DOM, no Java). The workers run on real
 * renderer-worker-N threads; the page's main thread is the test's ({@link ScriptedPage}).
 */
class WorkersTest {
    private static final String PAGE = "http://example.test/page.html";
    private static final String WORKER = "http://example.test/w.js";

    private static ScriptedPage page(String pageScript, String workerScript) {
        return new ScriptedPage("<body><p id=out></p><script>" + pageScript + "</script>", PAGE, Map.of(WORKER, workerScript));
    }

    private static WorkerThread onlyWorker(ScriptedPage page) {
        List<WorkerObject> workers = page.scripts().workers().all();
        assertEquals(1, workers.size(), "one worker");
        return workers.get(0).thread();
    }

    @Test
    void messagesGoBothWaysToOnmessageAndListeners() {
        ScriptedPage page = page("var w = new Worker('w.js');"
                + "w.onmessage = function (e) { console.log('onmessage ' + e.data + ' ' + e.type + ' ' + (e.target === w)); };"
                + "w.addEventListener('message', function (e) { document.getElementById('out').textContent = 'got ' + e.data; });"
                + "w.postMessage(21);",
                "self.addEventListener('message', function (e) { postMessage(e.data * 2); });");
        assertTrue(page.awaitConsole("onmessage"), page.console().toString());
        assertEquals(List.of("log: onmessage 42 message true"), page.console());
        page.runUntilIdle();
        assertEquals("got 42", page.dom().getElementById("out").text(), "the listener ran and changed the DOM");
        assertTrue(onlyWorker(page).name().matches("renderer-worker-\\d+"), onlyWorker(page).name());
    }

    @Test
    void messagesAreCopiesNotShared() {
        ScriptedPage page = page("var w = new Worker('w.js');"
                + "w.onmessage = function (e) { console.log('main got ' + JSON.stringify(e.data)); };"
                + "var sent = {n: 1, list: [1, 2], nested: {s: 'x'}};"
                + "w.postMessage(sent);"
                + "sent.n = 99; sent.list.push(3); sent.nested.s = 'changed';",
                "onmessage = function (e) {"
                + "  var copy = e.data; var mine = {back: copy.n};"
                + "  postMessage(copy); postMessage(mine); mine.back = 'mutated after posting';"
                + "  postMessage(undefined); postMessage([undefined, NaN, 'a']);"
                + "};");
        assertTrue(page.awaitConsole("main got [null"), page.console().toString());
        assertEquals(List.of("log: main got {\"n\":1,\"list\":[1,2],\"nested\":{\"s\":\"x\"}}", "log: main got {\"back\":1}",
                "log: main got undefined", "log: main got [null,null,\"a\"]"), page.console());
    }

    @Test
    void functionsNodesAndCyclesAreNotCloneable() {
        ScriptedPage page = page("var w = new Worker('w.js');"
                + "w.onmessage = function (e) { console.log(e.data); };"
                + "function attempt(label, value) { try { w.postMessage(value); console.log(label + ' sent'); }"
                + "  catch (e) { console.log(label + ' ' + e.name); } }"
                + "attempt('function', function () {});"
                + "attempt('nested function', {a: [1, {f: Math.max}]});"
                + "attempt('node', document.body);"
                + "var cycle = {}; cycle.self = cycle; attempt('cycle', cycle);"
                + "attempt('worker', w);"
                + "var shared = {x: 1}; attempt('shared twice', {a: shared, b: shared});",
                "onmessage = function (e) { try { postMessage(function () {}); } catch (x) { postMessage('worker side ' + x.name); } };");
        assertTrue(page.awaitConsole("worker side"), page.console().toString());
        assertEquals(List.of("log: function DataCloneError", "log: nested function DataCloneError", "log: node DataCloneError",
                "log: cycle DataCloneError", "log: worker DataCloneError", "log: shared twice sent",
                "log: worker side DataCloneError"), page.console());
    }

    @Test
    void terminateStopsASpinningWorkerAndItsThreadEnds() throws Exception {
        ScriptedPage page = page("var w = new Worker('w.js'); var ticks = 0;"
                + "w.onmessage = function (e) { console.log('worker says ' + e.data);"
                + "  setTimeout(function tick() { if (++ticks < 5) { setTimeout(tick, 10); return; }"
                + "    console.log('main ran 5 timers while the worker spun'); w.terminate(); console.log('terminated'); }, 10); };",
                "postMessage('spinning');"
                + "while (true) { try { for (;;) {} } catch (e) { } finally { } }"); // even catch and finally do not keep it alive
        assertTrue(page.awaitConsole("terminated"), page.console().toString());
        WorkerThread thread = onlyWorker(page);
        assertTrue(thread.awaitEnd(5_000), "the worker's thread ended");
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(thread.name())),
                "no thread named " + thread.name() + " is left");
        assertEquals(List.of("log: worker says spinning", "log: main ran 5 timers while the worker spun", "log: terminated"),
                page.console());
    }

    @Test
    void theDocumentGoingAwayTerminatesItsWorkers() throws Exception {
        ScriptedPage page = page("var w = new Worker('w.js'); w.onmessage = function (e) { console.log(e.data); };",
                "postMessage('started'); setInterval(function () { postMessage('tick'); }, 5); while (true) {}");
        assertTrue(page.awaitConsole("started"), page.console().toString());
        page.scripts().close();
        assertTrue(onlyWorker(page).awaitEnd(5_000), "the worker's thread ended with its document");
    }

    @Test
    void closeFromTheWorkerEndsItAfterTheTask() throws Exception {
        ScriptedPage page = page("var w = new Worker('w.js'); w.onmessage = function (e) { console.log(e.data); };"
                + "w.postMessage('first'); w.postMessage('second');",
                "onmessage = function (e) { close(); postMessage('handled ' + e.data); };");
        assertTrue(page.awaitConsole("handled first"), page.console().toString());
        assertTrue(onlyWorker(page).awaitEnd(5_000));
        page.runUntilIdle();
        assertEquals(List.of("log: handled first"), page.console(), "the task ran to its end; the second message never");
    }

    @Test
    void aPageMayRunAtMostEightWorkers() {
        ScriptedPage page = page("var ws = [];"
                + "for (var i = 0; i < 9; i++) { try { ws.push(new Worker('w.js')); } catch (e) { console.log(i + ' ' + e.name); } }"
                + "console.log('made ' + ws.length + ', all Workers: ' + ws.every(function (w) { return w instanceof Worker; }));"
                + "ws[0].terminate();"
                + "try { ws.push(new Worker('w.js')); console.log('one more after a terminate'); } catch (e) { console.log(e.name); }",
                "while (true) {}");
        assertEquals(List.of("log: 8 QuotaExceededError", "log: made 8, all Workers: true", "log: one more after a terminate"),
                page.console());
        page.scripts().close();
    }

    @Test
    void aScriptOfAnotherOriginIsRefusedAtConstruction() {
        ScriptedPage page = page("['http://other.test/w.js', 'https://example.test/w.js', 'http://example.test:81/w.js',"
                + " 'file:///tmp/w.js', 'about:blank'].forEach(function (url) {"
                + "  try { new Worker(url); console.log('made ' + url); } catch (e) { console.log(e.name); } });"
                + "new Worker('//example.test/w.js'); console.log('same origin, written relative');",
                "");
        assertEquals(List.of("log: SecurityError", "log: SecurityError", "log: SecurityError", "log: SecurityError",
                "log: SecurityError", "log: same origin, written relative"), page.console());
        page.scripts().close();
    }

    @Test
    void aDataUrlWorkerRunsItsInlineScript() {
        ScriptedPage page = page("var source = 'onmessage = function (e) { postMessage(e.data + \\' back\\'); };';"
                + "var w = new Worker('data:text/javascript,' + encodeURIComponent(source));"
                + "w.onmessage = function (e) { console.log(e.data); }; w.postMessage('there and');", "");
        assertTrue(page.awaitConsole("there and back"), page.console().toString());
        page.scripts().close();
    }

    @Test
    void anUncaughtRefusalReadsAsInABrowser() {
        ScriptedPage page = page("new Worker('http://other.test/w.js');", "");
        assertEquals(1, page.console().size(), page.console().toString());
        assertTrue(page.console().get(0).startsWith("error: Uncaught SecurityError: Failed to construct 'Worker'"),
                page.console().toString());
    }

    @Test
    void anUncaughtErrorFiresErrorOnTheWorkerAndGoesToTheConsole() {
        ScriptedPage page = page("var w = new Worker('w.js');"
                + "w.onerror = function (e) { console.log('onerror: ' + e.message + ' at line ' + e.lineno); };"
                + "w.onmessage = function (e) { console.log(e.data); };"
                + "w.postMessage('go');"
                + "var missing = new Worker('missing.js');"
                + "missing.addEventListener('error', function (e) { console.log('missing: ' + e.type); e.preventDefault(); });",
                "onmessage = function () { postMessage('before'); notDefined(); };\n"
                + "setTimeout(function () { postMessage('the worker goes on'); }, 200);");
        assertTrue(page.awaitConsole("the worker goes on"), page.console().toString());
        assertTrue(page.console().contains("log: missing: error"), page.console().toString());
        assertTrue(page.console().contains("log: before"), page.console().toString());
        assertTrue(page.console().stream().anyMatch(l -> l.startsWith("log: onerror: Uncaught ReferenceError")
                && l.endsWith("at line 1")), page.console().toString());
        assertTrue(page.console().stream().anyMatch(l -> l.startsWith("error: Uncaught ReferenceError")),
                "not cancelled: the console has it too " + page.console());
        assertFalse(page.console().stream().anyMatch(l -> l.contains("missing.js") && l.startsWith("error:")),
                "cancelled: not in the console " + page.console());
    }

    @Test
    void aWorkerHasTimersAndConsoleButNoDomAndNoJava() {
        ScriptedPage page = page("var w = new Worker('w.js'); w.onmessage = function (e) { console.log(e.data); };",
                "var names = ['document', 'window', 'importScripts', 'java', 'Packages', 'XMLHttpRequest'];"
                + "postMessage(names.map(function (n) { return n + ':' + typeof self[n]; }).join(' '));"
                + "console.log('from the worker', {a: 1});"
                + "var start = performance.now();"
                + "setTimeout(function () { postMessage('timer after ' + (performance.now() >= start + 40)); }, 50);"
                + "Promise.resolve().then(function () { postMessage('microtask'); });");
        assertTrue(page.awaitConsole("timer after"), page.console().toString());
        assertEquals(List.of("log: document:undefined window:undefined importScripts:undefined java:undefined "
                        + "Packages:undefined XMLHttpRequest:undefined", "log: from the worker {\"a\":1}", "log: microtask",
                "log: timer after true"), page.console());
        page.scripts().close();
    }
}
