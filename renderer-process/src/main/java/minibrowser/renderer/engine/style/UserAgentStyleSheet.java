package minibrowser.renderer.engine.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The browser's own style sheet ({@code user-agent.css}, beside this class): the
 * default look of HTML elements, after the HTML standard's "Rendering" section.
 * It is part of the program, read from the class path, not from the page's origin.
 */
public final class UserAgentStyleSheet {

    private static final String RESOURCE = "/minibrowser/renderer/engine/style/user-agent.css";
    private static final String QUIRKS_RESOURCE = "/minibrowser/renderer/engine/style/quirks.css";

    private UserAgentStyleSheet() {}

    /** Parses the user-agent sheet. Each engine calls this once. */
    public static StyleSheet load() {
        return load(RESOURCE);
    }

    /**
     * Parses the quirks-mode sheet ({@code quirks.css}), which a document in quirks mode
     * gets after the user-agent sheet, at user-agent level (see
     * {@link minibrowser.renderer.engine.QuirksMode}).
     */
    public static StyleSheet loadQuirks() {
        return load(QUIRKS_RESOURCE);
    }

    private static StyleSheet load(String resource) {
        try (InputStream in = UserAgentStyleSheet.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new StyleSheet(StyleSheet.Origin.USER_AGENT, new CssParser().parseSheet(css).rules());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
