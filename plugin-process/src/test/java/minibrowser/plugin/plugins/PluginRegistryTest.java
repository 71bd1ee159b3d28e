package minibrowser.plugin.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginRegistryTest {

    private final PluginRegistry registry = new PluginRegistry();

    @Test
    void knowsTheShippedPlugins() {
        assertEquals(Set.of("application/x-minibrowser-chart", "application/x-minibrowser-clock"), registry.mimeTypes());
    }

    @Test
    void createsByMimeTypeIgnoringCaseAndParameters() {
        assertInstanceOf(BarChartPlugin.class,
                registry.create("Application/X-Minibrowser-Chart; charset=utf-8", new byte[0], Map.of()).orElseThrow());
        assertInstanceOf(ClockPlugin.class,
                registry.create("application/x-minibrowser-clock", null, null).orElseThrow());
    }

    @Test
    void unknownTypeGivesNothing() {
        assertTrue(registry.create("application/x-shockwave-flash", new byte[0], Map.of()).isEmpty());
        assertTrue(registry.create(null, new byte[0], Map.of()).isEmpty());
    }
}
