/**
 * The guided tour ({@code ./minibrowser tour}): the terminal browser walks through the
 * concepts one step at a time, Space for the next. Each step does something real to
 * the running browser (opens tabs, kills a renderer with SIGKILL, hangs a main thread,
 * runs {@code compare}'s rows) and says, in a panel under the page, what the operating
 * system did, with the PIDs, threads, files and figures of this machine.
 *
 * <pre>
 *   Tour          Space ─▶ the next step, on the thread browser-tour; the panel
 *   TourSteps     the steps: what each does and what it says, in English and Korean
 *   TourFacts     what a step reads from the OS: /proc/PID/task, /proc/PID/maps, PSS
 *   TourFigures   compare's rows, run as a tool process, read from its JSON
 * </pre>
 */
package minibrowser.browser.tour;
