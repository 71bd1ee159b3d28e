/**
 * The generated pages the engine's size tests and the engine benchmark
 * ({@code ./minibrowser bench engine}, in tools) use
 * ({@link minibrowser.renderer.engine.bench.BenchPages}). Not used by the renderer itself.
 */
package minibrowser.renderer.engine.bench;
