/**
 * {@code ./minibrowser compare}: the textbook claims about processes and threads
 * (memory, start-up, communication, context switches, isolation), measured on this
 * machine by running the same pages under the per-tab and single-process models.
 * Each class measures one group of rows, once, and tells them in English or Korean
 * ({@link minibrowser.tools.compare.Measured}); {@link minibrowser.tools.compare.Compare}
 * runs them and prints one table in the reader's language, or JSON, always in English.
 * Nothing here is used by the browser itself.
 */
package minibrowser.tools.compare;
