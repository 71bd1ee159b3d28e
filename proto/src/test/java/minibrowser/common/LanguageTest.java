package minibrowser.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void theFlagDecidesOverTheEnvironment() {
        assertEquals(Language.KOREAN, Language.choose("ko", Map.of("LANG", "en_US.UTF-8")));
        assertEquals(Language.ENGLISH, Language.choose("en", Map.of("LANG", "ko_KR.UTF-8")));
        assertEquals(Language.KOREAN, Language.choose("ko-KR", Map.of()));
    }

    @Test
    void anUnknownFlagIsRefusedWithAMessage() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Language.choose("fr", Map.of()));
        assertEquals("--lang must be en or ko, got fr", refused.getMessage());
    }

    @Test
    void withoutTheFlagTheStrongestLocaleVariableDecides() {
        assertEquals(Language.KOREAN, Language.choose(null, Map.of("LANG", "ko_KR.UTF-8")));
        assertEquals(Language.ENGLISH, Language.choose(null, Map.of("LC_ALL", "C", "LANG", "ko_KR.UTF-8")));
        assertEquals(Language.KOREAN, Language.choose(null, Map.of("LC_MESSAGES", "ko_KR", "LANG", "en_US")));
        assertEquals(Language.KOREAN, Language.choose(null, Map.of("LANGUAGE", "ko:en", "LANG", "C")));
        assertEquals(Language.ENGLISH, Language.choose(null, Map.of("LANG", "", "LANGUAGE", "")));
        assertEquals(Language.ENGLISH, Language.choose(null, Map.of()));
    }

    @Test
    void pickGivesTheTextOfTheLanguage() {
        assertEquals("crashed", Language.ENGLISH.pick("crashed", "다운됨"));
        assertEquals("다운됨", Language.KOREAN.pick("crashed", "다운됨"));
    }
}
