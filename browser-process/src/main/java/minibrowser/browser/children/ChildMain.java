package minibrowser.browser.children;

import java.io.InputStream;
import minibrowser.common.Switches;

/**
 * A child's entry point ({@code RendererMain.run}, {@code GpuMain.run},
 * {@code PluginMain.run}): its switches and its parent pipe in, an exit code out.
 * The same method runs as a process's main or on a thread of the browser.
 */
@FunctionalInterface
public interface ChildMain {
    int run(Switches switches, InputStream parentPipe) throws Exception;
}
