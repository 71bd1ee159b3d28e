/**
 * Benchmarks of the running browser, measured from outside as a user would feel them
 * ({@code ./minibrowser bench terminal}). Development tools: nothing in the browser
 * depends on them.
 */
package minibrowser.tools.bench;
