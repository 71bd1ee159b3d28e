package minibrowser.browser.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minibrowser.common.Language;
import org.junit.jupiter.api.Test;

/** The help page in Korean lists the same keys as in English. */
class HelpPageTest {
    /** Key names as the help writes them: Ctrl-L, Alt-Right, Shift-Esc, PgDn, F5... */
    private static final Pattern KEY = Pattern.compile("\\b(?:Ctrl|Alt|Shift)-[A-Za-z0-9.]+|\\bF\\d+\\b|\\bPg(?:Up|Dn)\\b|\\bkill -9\\b");

    private static Set<String> keys(List<String> lines) {
        Set<String> keys = new TreeSet<>();
        for (String line : lines) {
            Matcher key = KEY.matcher(line);
            while (key.find()) keys.add(key.group());
        }
        return keys;
    }

    @Test
    void theKoreanPageNamesEveryKeyTheEnglishOneDoes() {
        Set<String> english = keys(HelpPage.lines(Language.ENGLISH));
        assertTrue(english.size() > 15, english.toString());
        assertEquals(english, keys(HelpPage.lines(Language.KOREAN)));
        assertTrue(String.join("\n", HelpPage.lines(Language.KOREAN)).contains("작업 관리자"));
    }
}
