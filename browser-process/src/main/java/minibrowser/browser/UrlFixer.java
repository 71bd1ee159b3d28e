package minibrowser.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns what a user typed into a URL, as an address bar does: a path to a file
 * becomes {@code file:}, a bare host becomes {@code http://host}.
 */
final class UrlFixer {
    private UrlFixer() {}

    static String fix(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) return "about:blank";
        if (text.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !text.matches("^[^/:]+:\\d+(/.*)?$")) return text;
        if (text.startsWith("/") || text.startsWith("./") || text.startsWith("~/")) {
            String expanded = text.startsWith("~/") ? System.getProperty("user.home") + text.substring(1) : text;
            return Path.of(expanded).toAbsolutePath().normalize().toUri().toString();
        }
        if (Files.exists(Path.of(text)) && !text.contains(" ")) {
            return Path.of(text).toAbsolutePath().normalize().toUri().toString();
        }
        return "http://" + text;
    }
}
