/**
 * {@code ./minibrowser fuzz}: hostile documents ({@link minibrowser.tools.fuzz.HostileDocuments},
 * made from a seed) served on loopback ({@link minibrowser.tools.fuzz.FuzzServer}) to a
 * real browser ({@link minibrowser.tools.fuzz.FuzzRun}), and what became of each
 * ({@link minibrowser.tools.fuzz.FuzzReport}). A renderer that dies on one of them is a
 * bug in the engine, except on a hostile script ({@link minibrowser.tools.fuzz.HostileScripts}),
 * which may end or hang its own renderer; a browser that dies is a bug in the browser. Nothing here is used by
 * the browser itself; {@code FuzzIT} runs the same code.
 */
package minibrowser.tools.fuzz;
