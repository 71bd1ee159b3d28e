package minibrowser.tools.fuzz;

import java.util.SplittableRandom;

/**
 * The scripts of a {@link HostileDocuments.Kind#HOSTILE_SCRIPTS} document: each page gets
 * a few attacks on the script engine, each in a {@code <script>} of its own (an error in
 * one does not stop the next), some run at once and some from an event handler.
 *
 * <ul>
 *   <li><b>deep recursion</b>: plain, mutual, through {@code toString}, through
 *       {@code dispatchEvent} (Java frames between the script's own);</li>
 *   <li><b>allocation storms</b>: strings that double, arrays that grow, until the
 *       renderer's capped heap is gone;</li>
 *   <li><b>endless timers</b>: {@code setInterval(f, 0)} in a loop, timers that make two more;</li>
 *   <li><b>thousands of workers</b> ({@code new Worker} in a loop; where workers do not
 *       exist yet, the script throws at the first);</li>
 *   <li><b>DOM bombs</b>: {@code innerHTML} of huge or deeply nested markup,
 *       {@code appendChild} loops, a node moved into its own child;</li>
 *   <li><b>scripts that never return</b>: {@code while (true) {}}, also hidden in {@code finally};</li>
 *   <li><b>reaching Java</b>: {@code java.lang.System}, {@code Packages}, {@code getClass},
 *       {@code constructor.constructor('return this')()}, {@code JavaAdapter},
 *       {@code importPackage}, {@code __proto__} and prototype tricks;</li>
 *   <li><b>poisoned bindings</b>: built-in and DOM prototypes overwritten, getters that throw.</li>
 * </ul>
 *
 * A spinning script runs while the page loads (never later from a timer), so the run sees
 * it as the tab's outcome (unresponsive) and replaces the tab, instead of leaving a tab
 * that was ready to hang after the run moved on.
 */
final class HostileScripts {
    private static final String[] RECURSION = {
        "function f(n) { return f(n + 1) + 1; } f(0);",
        "function a(n) { return b(n) + 1; } function b(n) { return a(n) + 1; } a(0);",
        "var o = {}; o.toString = function () { return 'x' + o; }; String(o);",
        "var e = document.createElement('div'); e.addEventListener('boom', function () { e.dispatchEvent(new Event('boom')); });"
                + " e.dispatchEvent(new Event('boom'));",
        "var p = new Proxy({}, { get: function (t, k, r) { return r[k]; } }); p.x;",
        "JSON.stringify((function nest(n) { return n ? [nest(n - 1)] : 0; })(100000));",
    };
    private static final String[] ALLOCATION = {
        "var s = 'x'; while (true) s += s;",
        "var a = []; while (true) a.push(new Array(100000).join('y'));",
        "var keep = []; for (var i = 0; i < 1e9; i++) keep.push({ i: i, s: 'v' + i });",
        "var m = {}; for (var i = 0; i < 1e8; i++) m['k' + i] = [i, i, i];",
        "var big = new Array(2147483647).join('z');",
        "new ArrayBuffer(2147483647);",
    };
    private static final String[] TIMERS = {
        "for (var i = 0; i < 100000; i++) setInterval(function () {}, 0);",
        "function t() { setTimeout(t, 0); setTimeout(t, 0); } t();",
        "setInterval(function () { for (var i = 0; i < 1000; i++) setTimeout(function () {}, 0); }, 0);",
        "function r() { requestAnimationFrame(r); requestAnimationFrame(r); } r();",
        "function m() { Promise.resolve().then(m); } setTimeout(function () { for (var i = 0; i < 1000; i++) Promise.resolve().then(function () {}); }, 0);",
    };
    private static final String[] WORKERS = {
        "for (var i = 0; i < 10000; i++) new Worker('res/worker-' + i + '.js');",
        "var w = []; for (var i = 0; i < 5000; i++) { try { w.push(new Worker('res/missing.js')); } catch (e) {} }",
        "for (var i = 0; i < 1000; i++) { var x = new Worker('res/w.js'); x.postMessage(new Array(10000).join('m')); x.terminate(); }",
    };
    private static final String[] DOM_BOMBS = {
        "document.body.innerHTML = new Array(200001).join('<div>');",
        "var s = '<b>x</b>'; for (var i = 0; i < 28; i++) s += s; document.body.innerHTML = s;",
        "var d = document.body; for (var i = 0; i < 100000; i++) { var e = document.createElement('div'); d.appendChild(e); d = e; }",
        "for (var i = 0; i < 300000; i++) document.body.appendChild(document.createTextNode('t' + i));",
        "var p = document.createElement('p'); var c = document.createElement('span'); p.appendChild(c); c.appendChild(p);",
        "document.body.appendChild(document.body); document.documentElement.appendChild(document.documentElement);",
        "var t = document.createElement('table'); for (var i = 0; i < 20000; i++) t.innerHTML += '<tr><td colspan=1000>x';"
                + " document.body.appendChild(t);",
        "for (var i = 0; i < 100000; i++) document.body.style.width = (i * 1e9) + 'px';",
    };
    private static final String[] SPINS = {
        "while (true) {}",
        "for (;;) { try { throw 1; } catch (e) {} }",
        "while (true) { try { break; } finally { continue; } }",
        "var n = 0; while (n >= 0) n = (n + 1) % 10;",
    };
    private static final String[] JAVA = {
        "java.lang.System.exit(0);",
        "Packages.java.lang.Runtime.getRuntime().exec('touch /tmp/minibrowser-fuzz-pwned');",
        "document.getClass().forName('java.lang.Runtime');",
        "getClass(document).getClassLoader();",
        "document.constructor.constructor('return this')().java.lang.System.exit(1);",
        "(function(){}).constructor('return Packages')().java.io.File('/etc/passwd');",
        "new JavaAdapter(java.lang.Runnable, { run: function () {} });",
        "importPackage(java.io); new File('/tmp/x');",
        "importClass(java.lang.Thread); Thread.sleep(100000);",
        "document.body.__proto__.__proto__.constructor.constructor('return java')().lang.Runtime;",
        "Object.prototype.__lookupGetter__('__proto__').call(document).getClass();",
        "var g = (0, eval)('this'); g.Packages.javax.script.ScriptEngineManager();",
        "new JavaImporter(java.lang.reflect);",
        "setTimeout.constructor('return java.lang.System.getenv()')();",
    };
    private static final String[] POISON = {
        "Object.prototype.toString = null; Array.prototype.push = 5; document.body.appendChild(document.createElement('p'));",
        "Object.defineProperty(Object.prototype, 'nodeType', { get: function () { throw new Error('poison'); } });"
                + " document.body.appendChild(document.createElement('i'));",
        "Object.defineProperty(Object.prototype, 'then', { get: function () { return function (r) { r(this); }; } });"
                + " Promise.resolve({});",
        "document.body.__proto__ = null; document.body.textContent = 'x';",
        "Object.freeze(Object.prototype); Object.freeze(document); document.title = 'frozen';",
        "Event = function () { return document; }; document.body.dispatchEvent(new Event('click'));",
        "window.setTimeout = 'not a function'; setTimeout(1);",
        "document.body.addEventListener('click', { handleEvent: 42 }); document.body.click && document.body.click();",
    };
    private static final String[][] FAMILIES = {RECURSION, ALLOCATION, TIMERS, WORKERS, DOM_BOMBS, SPINS, JAVA, POISON};

    private HostileScripts() {}

    /** A page with one to four attacks; a little text, so that it has something to show. */
    static String page(SplittableRandom random) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><title>hostile script</title><body><p>hostile script page</p>");
        int attacks = 1 + random.nextInt(4);
        for (int i = 0; i < attacks; i++) {
            String[] family = FAMILIES[random.nextInt(FAMILIES.length)];
            // Spins only rarely: each costs the run a hang timeout and a renderer.
            if (family == SPINS && random.nextInt(3) != 0) family = JAVA;
            String attack = family[random.nextInt(family.length)];
            switch (random.nextInt(4)) {
                case 0 -> html.append("<button onclick=\"").append(attack.replace("\"", "&quot;")).append("\">b</button>")
                        .append("<script>document.querySelector('button') && document.querySelector('button').click"
                                + " && document.querySelector('button').click();</script>");
                case 1 -> html.append("<script>document.addEventListener('DOMContentLoaded', function () { ")
                        .append(attack).append(" });</script>");
                default -> html.append("<script>").append(attack).append("</script>");
            }
        }
        return html.append("</body>").toString();
    }
}
