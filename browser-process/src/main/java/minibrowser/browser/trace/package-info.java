/**
 * The browser's side of tracing (issue 14): it starts a recording in every process
 * ({@code TraceSession}), collects each child's buffer over
 * {@code ChildProcess.CollectTrace}, and writes one file in the Chrome Trace Event Format
 * ({@link minibrowser.browser.trace.TraceFile}) that Perfetto's UI and chrome://tracing open.
 *
 * <p>What a child sends is believed no further than its shape: the pid is the one the
 * browser started, names and arguments are cut to a length, times must be on the clock,
 * each thread's slices are made to nest ({@link minibrowser.browser.trace.ThreadTimeline}),
 * and a flow arrow is kept only when both of its ends arrived.
 */
package minibrowser.browser.trace;
