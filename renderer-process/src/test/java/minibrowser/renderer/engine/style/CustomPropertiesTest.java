package minibrowser.renderer.engine.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** var() substitution, inheritance of custom properties, and the bounds on hostile values. */
class CustomPropertiesTest {

    @Test
    void varIsReplacedAndFallbacksApply() {
        Map<String, String> custom = Map.of("--fg", "#123456", "--gap", "4px");
        assertEquals("#123456", CustomProperties.resolve("var(--fg)", custom, 0));
        assertEquals("4px 8px", CustomProperties.resolve("var(--gap) 8px", custom, 0));
        assertEquals("red", CustomProperties.resolve("var(--missing, red)", custom, 0));
        assertEquals("4px", CustomProperties.resolve("var(--missing, var(--gap))", custom, 0));
        assertNull(CustomProperties.resolve("var(--missing)", custom, 0));
    }

    @Test
    void customPropertiesInheritAndResolveWhereDeclared() {
        Map<String, String> parent = CustomProperties.of(Map.of(), Map.of("--base", "10px"));
        Map<String, String> child = CustomProperties.of(parent, Map.of("--double", "calc(var(--base) * 2)"));
        assertEquals("10px", child.get("--base"));
        assertEquals("calc(10px * 2)", child.get("--double"));
        assertEquals(parent, CustomProperties.of(parent, Map.of("color", "red"))); // nothing declared: shared
    }

    @Test
    void aShorthandIsExpandedAfterSubstitution() {
        Map<String, String> declared = new LinkedHashMap<>();
        declared.put("margin", "var(--m) 0");
        declared.put("color", "var(--nothing)");
        Map<String, String> out = CustomProperties.substitute(declared, Map.of("--m", "12px"));
        assertEquals("12px", out.get("margin-top"));
        assertEquals("0", out.get("margin-left"));
        assertFalse(out.containsKey("color")); // invalid at computed-value time: unset
    }

    @Test
    void cyclesEnd() {
        Map<String, String> custom = Map.of("--a", "var(--b)", "--b", "var(--a)");
        assertNull(CustomProperties.resolve("var(--a)", custom, 0));
    }
}
