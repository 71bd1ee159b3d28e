package minibrowser.common;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the browser's own text (help, the status line, the crashed-tab and
 * unresponsive pages, the task manager, about:home, the tour, {@code compare}'s table).
 * English is the default; Korean is chosen by {@code --lang=ko} or, without the flag,
 * by a locale of the environment that starts with {@code ko} ({@code LANG=ko_KR.UTF-8}).
 *
 * <p>Chromium reads {@code --lang} first and then, on Linux, the locale variables in
 * the order gettext gives them: {@code LANGUAGE}, {@code LC_ALL}, {@code LC_MESSAGES},
 * {@code LANG}; the first that is set decides. So does {@link #choose}.
 *
 * <p>Each text is written in both languages side by side where it is shown, through
 * {@link #pick}: with two languages, a reader sees the English and the Korean together,
 * and no text can be missing in one of them (Chromium's message catalogs, with a file
 * per locale, pay off at its 50 languages, not at two).
 */
public enum Language {
    ENGLISH("en"),
    KOREAN("ko");

    /** The environment variables that name a locale, strongest first. */
    private static final List<String> LOCALE_VARIABLES = List.of("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The value of {@code --lang} that chooses it: "en" or "ko". */
    public String code() {
        return code;
    }

    /** The English text (or lines) or the Korean, whichever this language reads. */
    public <T> T pick(T english, T korean) {
        return this == KOREAN ? korean : english;
    }

    /**
     * Where to print text in this language: {@code System.out}, except that Korean is
     * always written as UTF-8. Java encodes stdout in the locale's charset, which under
     * {@code LANG=C} turns every Hangul syllable into "?"; {@code --lang=ko} asked for Korean.
     */
    public java.io.PrintStream stdout() {
        if (this != KOREAN) return System.out;
        return new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The language of {@code --lang} when it was given (null when not), else that of the
     * environment's locale.
     *
     * @throws IllegalArgumentException for a {@code --lang} that is neither English nor Korean,
     *     with a message for the command line
     */
    public static Language choose(String flag, Map<String, String> environment) {
        if (flag != null) {
            Language named = ofLocale(flag);
            if (named == null) {
                throw new IllegalArgumentException("--lang must be en or ko, got " + flag);
            }
            return named;
        }
        for (String variable : LOCALE_VARIABLES) {
            String value = environment.getOrDefault(variable, "");
            // LANGUAGE is a list (ko:en); the first entry is the preferred one.
            String first = value.split(":", 2)[0].strip();
            if (first.isEmpty()) continue;
            Language named = ofLocale(first);
            return named == null ? ENGLISH : named;
        }
        return ENGLISH;
    }

    /** The language of a locale name such as "ko", "ko_KR.UTF-8", "ko-KR", "en_US"; null for any other. */
    static Language ofLocale(String locale) {
        String language = locale.strip().toLowerCase(Locale.ROOT).split("[_.@-]", 2)[0];
        for (Language candidate : values()) {
            if (candidate.code.equals(language)) return candidate;
        }
        return null;
    }
}
