/**
 * Benchmarks: the running browser measured from outside as a user would feel it
 * ({@code ./minibrowser bench terminal}), and the engine's stages timed one by one
 * ({@code ./minibrowser bench engine}), and what the script engine costs a page and a
 * renderer ({@code ./minibrowser bench scripts}), and what tracing costs while it records
 * ({@code ./minibrowser bench trace}). Development tools: nothing in the browser
 * depends on them.
 */
package minibrowser.tools.bench;
