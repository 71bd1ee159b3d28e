package minibrowser.common;

import java.util.Optional;

/**
 * What a URL must be to travel between processes, checked the same way by the
 * renderer before it asks for one and by the browser when a renderer's message
 * names one. A URL is text here ({@code Url.spec} of {@code common.proto}); whoever
 * acts on it still parses it.
 */
public final class Urls {
    /**
     * The longest URL a message may carry, in chars: Chromium's {@code url::kMaxURLChars}
     * (2 Mi). No honest process sends a longer one.
     */
    public static final int MAX_CHARS = 2 * 1024 * 1024;

    private Urls() {}

    /**
     * What is wrong with {@code spec} as a URL in a message, in words to follow "fetch of"
     * ("an empty URL", "a URL of 3000000 characters", "a URL with control character 10"),
     * or empty when nothing is: it is not empty, at most {@link #MAX_CHARS} long, and
     * holds no control character (below U+0020).
     */
    public static Optional<String> problem(String spec) {
        if (spec.isEmpty()) return Optional.of("an empty URL");
        if (spec.length() > MAX_CHARS) return Optional.of("a URL of " + spec.length() + " characters");
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) < 0x20) return Optional.of("a URL with control character " + (int) spec.charAt(i));
        }
        return Optional.empty();
    }

    /**
     * A URL written in a page as the URL standard reads it before parsing (tabs and
     * newlines removed, leading and trailing whitespace trimmed), or empty when it
     * then has a {@link #problem}. Reads at most {@link #MAX_CHARS} + 1
     * chars of a longer string, so a huge attribute costs no more than a long URL.
     */
    public static Optional<String> fromPage(String url) {
        if (url == null) return Optional.empty();
        StringBuilder clean = new StringBuilder(Math.min(url.length(), MAX_CHARS + 1));
        for (int i = 0; i < url.length() && clean.length() <= MAX_CHARS; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') clean.append(c);
        }
        String trimmed = clean.toString().strip();
        return problem(trimmed).isPresent() ? Optional.empty() : Optional.of(trimmed);
    }
}
