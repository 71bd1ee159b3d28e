/**
 * JavaScript in the renderer: the scripts of one document, their event loop, and the
 * window they see. The engine is Mozilla Rhino, interpreted, loaded only when a page has
 * script ({@link minibrowser.renderer.script.ScriptPresence#in}).
 *
 * <h2>Who does what</h2>
 * <ul>
 *   <li>{@link minibrowser.renderer.script.DocumentScripts}: the order scripts run in
 *       (parser scripts in document order, {@code defer}, {@code async},
 *       {@code DOMContentLoaded}, {@code load}) and what a click does (its event, then
 *       its default action: follow a link, toggle a checkbox, submit a form).</li>
 *   <li>{@link minibrowser.renderer.script.EventLoop}: tasks, the microtask checkpoint
 *       after each, and the rendering step ({@code requestAnimationFrame} callbacks,
 *       then style, layout, paint, commit) paced by the compositor's frames.</li>
 *   <li>{@link minibrowser.renderer.script.WindowScope}: the globals (console, timers,
 *       dialogs, {@code location}, {@code navigator}, the viewport), with
 *       {@code window-prelude.js} for the Event constructors, {@code fetch} and
 *       {@code XMLHttpRequest}; {@code minibrowser.renderer.script.dom} for the DOM.</li>
 *   <li>{@link minibrowser.renderer.script.SafeContexts}: every Rhino context, made so
 *       that no script reaches Java, with bounded recursion.</li>
 *   <li>{@link minibrowser.renderer.script.ScriptHost}: all a script asks of the world
 *       outside (the browser's network, console, dialogs, navigations, the compositor's
 *       frames); {@code MainThread} implements it, a test can too.</li>
 * </ul>
 *
 * <h2>Threads</h2>
 * Every script of a document, each of its event listeners, timer callbacks, promise jobs
 * and frame callbacks runs on {@code renderer-main}, as a task of its queue: a script
 * that never returns holds up main (the compositor still scrolls; the browser's hang
 * monitor offers Kill). {@code renderer-timers} ({@link minibrowser.renderer.script.TimerThread})
 * only waits and posts. Answers from the browser (a fetch, a script's bytes) come on
 * gRPC threads and are posted to main before any script sees them. A dialog
 * ({@code alert}, {@code confirm}, {@code prompt}) is the one place main waits for the
 * browser, as in Chromium. Rhino binds a context to one thread: a context is entered at
 * the start of a task and left at its end; {@link minibrowser.renderer.script.SafeContexts#enterStoppable}
 * is the stoppable kind, for scripts that run on a thread of their own.
 *
 * <h2>The language</h2>
 * Rhino's ES6 level, interpreted: {@code let}, arrow functions, template literals,
 * destructuring, spread, optional chaining, generators, {@code for (var x of ...)},
 * Promise, Map, Set and Symbol are there; {@code class}, {@code async}/{@code await} and
 * {@code for (const x of ...)} are not (a page that uses them gets a
 * SyntaxError in the console, and that script does not run; the others do).
 *
 * <h2>Non-goals: where the engine stops</h2>
 * <ul>
 *   <li><b>Modules</b> ({@code <script type="module">} is not run, {@code import} and
 *       {@code export} do not parse), <b>service workers</b>, <b>WebAssembly</b>,
 *       <b>shared workers</b>, {@code MessageChannel}, {@code WebSocket}, IndexedDB,
 *       {@code history}, canvas. {@code localStorage} and {@code sessionStorage} are
 *       there but last only as long as the document (nothing goes to the profile).</li>
 *   <li><b>{@code document.write}</b>, during the parse or after it: there is no such
 *       method. The document is parsed whole before any script runs, so a script also
 *       sees the elements after it.</li>
 *   <li><b>Inserted scripts</b>: a {@code <script>} a script inserts runs once (an
 *       external one when it arrives, then {@code load}; an inline one at once), as in
 *       browsers; one put in by {@code innerHTML} is not run, as in browsers.</li>
 *   <li><b>Synchronous {@code XMLHttpRequest}</b>: {@code open(method, url, false)} is
 *       treated as asynchronous (a synchronous one would block main on the network).
 *       Request headers other than {@code Content-Type} are not sent; only the response's
 *       {@code Content-Type} is readable. Same-origin only, as the browser enforces.</li>
 *   <li><b>Live collections</b>: {@code children}, {@code childNodes},
 *       {@code getElementsBy*}, {@code querySelectorAll}, {@code attributes},
 *       {@code document.forms} are arrays, snapshots taken when read, not live
 *       {@code HTMLCollection}s.</li>
 *   <li><b>Cookies</b>: {@code document.cookie} reads "" and ignores writes.</li>
 *   <li><b>Layout queries</b>: {@code getComputedStyle}, {@code getBoundingClientRect},
 *       {@code offsetWidth} and the like answer from a forced layout
 *       ({@code LayoutQuery}), as in browsers, but as if the page were never scrolled:
 *       {@code scrollTop} reads 0, and scrolling from script ({@code scrollTo},
 *       {@code scrollIntoView}) does nothing, because the compositor owns scrolling.
 *       {@code innerText} is {@code textContent}.</li>
 *   <li><b>Form state in attributes</b>: {@code value} and {@code checked} write the
 *       {@code value} and {@code checked} attributes (no separate default value), and a
 *       form is submitted as a GET navigation (no POST bodies, no file uploads).</li>
 *   <li><b>Handler order</b>: an {@code on<type>} handler (attribute or property) runs
 *       before the listeners added with {@code addEventListener} on the same target,
 *       whichever was set first.</li>
 *   <li><b>Location</b>: setting only the fragment ({@code location.hash}) navigates, as
 *       any assignment does; there is no same-document navigation.</li>
 *   <li><b>Time</b>: a script on main is not stopped however long it runs (as in
 *       Chromium); timers are not clamped when nested, an interval waits at least 4 ms,
 *       and a page holds at most 10,000 timers and as many frame callbacks.</li>
 * </ul>
 *
 * <p>The gallery of script pages, {@code docs/gallery/scripts}, shows each part working,
 * with the layout tree expected after its scripts and after a click.
 */
package minibrowser.renderer.script;
