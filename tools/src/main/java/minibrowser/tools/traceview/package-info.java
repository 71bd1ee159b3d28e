/**
 * {@code ./minibrowser trace-view FILE --png OUT.png}: draws a Chrome Trace Event Format
 * file (the browser's own traces, or any other) as one timeline picture, without a
 * browser or a display.
 *
 * <p>The work is a pipeline of small steps, one class each:
 * {@link minibrowser.tools.traceview.TraceReader} streams the JSON into
 * {@link minibrowser.tools.traceview.RawEvent}s; {@code TraceModelBuilder} turns them into a
 * {@link minibrowser.tools.traceview.TraceModel} (processes, threads, nested slices, flows,
 * counters), with {@code SliceNesting}, {@code FlowBinder} and {@code ProcessOrder} doing
 * one part each; {@link minibrowser.tools.traceview.TimelineLayout} decides where every
 * lane, slice and arrow goes for one {@link minibrowser.tools.traceview.TimeWindow} and
 * width; {@link minibrowser.tools.traceview.TimelinePainter} draws that layout with
 * Java2D; {@link minibrowser.tools.traceview.TraceView} is the command line around them.
 */
package minibrowser.tools.traceview;
