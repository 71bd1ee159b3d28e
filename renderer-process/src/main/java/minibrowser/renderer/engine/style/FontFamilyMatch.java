package minibrowser.renderer.engine.style;

import java.util.Locale;
import java.util.Map;
import minibrowser.renderer.engine.TextStyle;

/**
 * Resolves a {@code font-family} list to one of the bundled families the way Debian's
 * Chromium does (measured with canvas {@code measureText} in Chromium 156 with DejaVu,
 * Liberation and Nanum installed, as Debian installs them with Chromium; ARCHITECTURE.md
 * has the table):
 *
 * <ul>
 *   <li>the names are tried in order and the first one that names an installed family,
 *       or one fontconfig declares metric-compatible with one (Arial is Liberation Sans,
 *       Times New Roman is Liberation Serif, Courier New is Liberation Mono), wins;</li>
 *   <li>names of fonts that are not installed (Georgia, Verdana, Roboto...) are skipped,
 *       even where fontconfig would offer a look-alike: Chromium accepts only metric
 *       aliases;</li>
 *   <li>the generics resolve through Chromium's font settings, then fontconfig:
 *       {@code serif} to Liberation Serif (the setting is "Times New Roman"),
 *       {@code sans-serif} to Liberation Sans ("Arial"), {@code monospace} to DejaVu Sans
 *       Mono ("Monospace"), {@code system-ui} to DejaVu Sans; {@code cursive} and
 *       {@code fantasy} find nothing here and draw as the default;</li>
 *   <li>a list where nothing matches draws in the default, the serif face.</li>
 * </ul>
 */
final class FontFamilyMatch {

    private FontFamilyMatch() {}

    /** Lower-case family names (quotes removed) and the bundled family each draws in. */
    private static final Map<String, TextStyle.Family> NAMES = Map.ofEntries(
            Map.entry("serif", TextStyle.Family.SERIF),
            Map.entry("cursive", TextStyle.Family.SERIF),
            Map.entry("fantasy", TextStyle.Family.SERIF),
            Map.entry("times", TextStyle.Family.SERIF),
            Map.entry("times new roman", TextStyle.Family.SERIF),
            Map.entry("liberation serif", TextStyle.Family.SERIF),
            Map.entry("tinos", TextStyle.Family.SERIF),
            Map.entry("sans-serif", TextStyle.Family.SANS_SERIF),
            Map.entry("arial", TextStyle.Family.SANS_SERIF),
            Map.entry("helvetica", TextStyle.Family.SANS_SERIF),
            Map.entry("liberation sans", TextStyle.Family.SANS_SERIF),
            Map.entry("arimo", TextStyle.Family.SANS_SERIF),
            Map.entry("monospace", TextStyle.Family.MONOSPACE),
            Map.entry("dejavu sans mono", TextStyle.Family.MONOSPACE),
            Map.entry("courier", TextStyle.Family.COURIER),
            Map.entry("courier new", TextStyle.Family.COURIER),
            Map.entry("liberation mono", TextStyle.Family.COURIER),
            Map.entry("cousine", TextStyle.Family.COURIER),
            Map.entry("system-ui", TextStyle.Family.DEJAVU_SANS),
            Map.entry("dejavu sans", TextStyle.Family.DEJAVU_SANS),
            Map.entry("dejavu serif", TextStyle.Family.DEJAVU_SERIF));

    /** The family a comma-separated {@code font-family} list draws in. */
    static TextStyle.Family of(String list) {
        for (String raw : list.split(",")) {
            String name = CssParser.unquote(raw.trim()).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            TextStyle.Family family = NAMES.get(name);
            if (family != null) return family;
        }
        return TextStyle.Family.SERIF;
    }
}
