package minibrowser.renderer.engine;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font files that come with the engine (under {@code fonts/} beside this class; the
 * licences are there too): Liberation Serif, Sans and Mono, metric-compatible with Times
 * New Roman, Arial and Courier New; DejaVu Sans, Serif and Sans Mono; each in four styles;
 * and Nanum Gothic for Hangul. They are the faces Debian's Chromium draws with (see
 * {@link TextStyle.Family}). Because layout measures with these files and not with
 * whatever the machine has installed, a page gives the same pixels on every machine.
 *
 * <p>Each family's four files are read the first time that family is asked for (under a
 * MB each, a few ms), so a page in one family loads only that family. The loaded faces
 * never change afterwards, so every engine of the JVM shares them (single-process mode).
 * If a file cannot be read (a stripped class path), the JDK's logical font of the same
 * kind stands in, so text still shows.
 */
final class FontFaces {

    private static final String DIRECTORY = "/minibrowser/renderer/engine/fonts/";

    /** Loaded on first use by the class loader, which makes the publication thread-safe. */
    private static final class Loaded {
        static final FontFaces FACES = new FontFaces();
    }

    /** Faces by family (filled on first use), each indexed by {@code (bold ? 1 : 0) | (italic ? 2 : 0)}. */
    private final Map<TextStyle.Family, Font[]> latin = new ConcurrentHashMap<>();
    /** The Hangul face (regular only: bold and italic are synthesized by Java2D). */
    private final Font hangul;

    private FontFaces() {
        hangul = load("NanumGothic.ttf", Font.SANS_SERIF, Font.PLAIN);
    }

    /** The shared faces. */
    static FontFaces get() {
        return Loaded.FACES;
    }

    /** The bundled face for a family and style, at size 1 (derive the size you need). */
    Font latin(TextStyle.Family family, boolean bold, boolean italic) {
        return latin.computeIfAbsent(family, FontFaces::family)[(bold ? 1 : 0) | (italic ? 2 : 0)];
    }

    /** The bundled Hangul face, plain, at size 1. */
    Font hangul() {
        return hangul;
    }

    /** The file name prefix of a family's four files, and the logical font that stands in for them. */
    private static Font[] family(TextStyle.Family family) {
        return switch (family) {
            case SERIF -> family("LiberationSerif", Font.SERIF);
            case SANS_SERIF -> family("LiberationSans", Font.SANS_SERIF);
            case MONOSPACE -> family("DejaVuSansMono", Font.MONOSPACED);
            case COURIER -> family("LiberationMono", Font.MONOSPACED);
            case DEJAVU_SANS -> family("DejaVuSans", Font.SANS_SERIF);
            case DEJAVU_SERIF -> family("DejaVuSerif", Font.SERIF);
        };
    }

    private static Font[] family(String prefix, String logicalFallback) {
        return new Font[] {
            load(prefix + "-Regular.ttf", logicalFallback, Font.PLAIN),
            load(prefix + "-Bold.ttf", logicalFallback, Font.BOLD),
            load(prefix + "-Italic.ttf", logicalFallback, Font.ITALIC),
            load(prefix + "-BoldItalic.ttf", logicalFallback, Font.BOLD | Font.ITALIC),
        };
    }

    private static Font load(String file, String logicalFallback, int style) {
        try (InputStream in = FontFaces.class.getResourceAsStream(DIRECTORY + file)) {
            if (in != null) return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(1f);
        } catch (IOException | FontFormatException | RuntimeException e) {
            // fall through to the logical font
        }
        return new Font(logicalFallback, style, 1);
    }
}
