package minibrowser.plugin.plugins;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plugins this process can run, by MIME type, as the browser's plugin list
 * once was: the {@code type} of an {@code <embed>} picks the plugin.
 *
 * <p>Immutable after construction: each process (or, in single-process mode, each
 * plugin thread) builds its own.
 */
public final class PluginRegistry {

    private final Map<String, PluginFactory> factories = new LinkedHashMap<>();

    /** The plugins shipped, with the clock telling the system's local time. */
    public PluginRegistry() {
        this(Clock.systemDefaultZone());
    }

    /** The plugins shipped, with the clock plugin reading {@code clock} (a fixed one in tests). */
    public PluginRegistry(Clock clock) {
        factories.put(BarChartPlugin.MIME_TYPE, BarChartPlugin::create);
        factories.put(ClockPlugin.MIME_TYPE, (data, params) -> ClockPlugin.create(clock, params));
    }

    /** The MIME types a plugin is registered for, lower case. */
    public Set<String> mimeTypes() {
        return Collections.unmodifiableSet(factories.keySet());
    }

    /**
     * A new instance of the plugin for {@code mimeType} (compared without case and
     * parameters such as {@code ;charset=}), or empty when no plugin handles it.
     *
     * @param data the embed's {@code src}, fetched by the browser; empty when there is none
     * @param params the embed's parameters
     */
    public Optional<PluginInstance> create(String mimeType, byte[] data, Map<String, String> params) {
        PluginFactory factory = factories.get(essence(mimeType));
        if (factory == null) {
            return Optional.empty();
        }
        return Optional.of(factory.create(data == null ? new byte[0] : data, params == null ? Map.of() : params));
    }

    /** The type without parameters, lower case: "Text/CSV; charset=utf-8" gives "text/csv". */
    private static String essence(String mimeType) {
        if (mimeType == null) {
            return "";
        }
        int semicolon = mimeType.indexOf(';');
        String type = semicolon < 0 ? mimeType : mimeType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }
}
