package minibrowser.plugin.plugins;

import java.util.Map;

/** Creates instances of one plugin type from an embed's data and parameters. */
@FunctionalInterface
public interface PluginFactory {

    /**
     * A new instance. Must not throw on bad data: the instance shows what is wrong.
     *
     * @param data the embed's {@code src}, fetched by the browser; empty when there is none
     * @param params the embed's parameters (its other attributes and {@code <param>}s)
     */
    PluginInstance create(byte[] data, Map<String, String> params);
}
