/**
 * A benchmark of the engine's stages ({@link minibrowser.renderer.engine.bench.EngineBench})
 * and the generated pages it and the size tests use
 * ({@link minibrowser.renderer.engine.bench.BenchPages}). Not used by the renderer itself.
 */
package minibrowser.renderer.engine.bench;
