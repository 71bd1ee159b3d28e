/**
 * What every process shares: the process-type switch, named exit codes, thread
 * naming, and the constants and checks both sides of a contract need, each written
 * once: {@link minibrowser.common.Urls} (the URL limit and check),
 * {@link minibrowser.common.TabIds}, {@link minibrowser.common.TabStates} (the words
 * for a tab's state); the cell's size is {@link minibrowser.common.frame.CellGeometry}.
 * The contracts themselves are the {@code .proto} files of this module; their
 * generated classes live in {@code minibrowser.proto} (and {@code minibrowser.proto.bench}
 * for the benchmark-only one, which no production process serves).
 */
package minibrowser.common;
