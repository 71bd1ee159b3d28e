package minibrowser.renderer.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Which documents get scripts at all, and what their tasks cost main. */
class ScriptPresenceTest {

    @Test
    void classicScriptsAndInlineHandlersCountModulesAndDataDoNot() {
        assertFalse(ScriptPresence.in(Jsoup.parse("<p>no script here</p>")));
        assertTrue(ScriptPresence.in(Jsoup.parse("<script>var x = 1;</script>")));
        assertTrue(ScriptPresence.in(Jsoup.parse("<script type=' Text/JavaScript '>1</script>")));
        assertTrue(ScriptPresence.in(Jsoup.parse("<button onclick='go()'>b</button>")));
        assertFalse(ScriptPresence.in(Jsoup.parse("<script type=module>1</script><script type=application/json>{}</script>")));
        assertFalse(ScriptPresence.in(Jsoup.parse("<p on=x>an attribute called on</p>")));
    }

    @Test
    void theEventLoopCountsEachTaskAndItsTime() {
        ScriptedPage page = new ScriptedPage("<ul id=l></ul><script>"
                + "for (var i = 0; i < 3; i++) setTimeout(function () {}, 0);"
                + "</script>");
        EventLoop.TaskStats stats = page.scripts().taskStats();
        // The window, the script, DOMContentLoaded, load and three timers, at least.
        assertTrue(stats.tasks() >= 7, stats.toString());
        assertTrue(stats.totalNanos() >= stats.longestNanos() && stats.longestNanos() > 0, stats.toString());
        assertEquals(stats.totalNanos() / 1e6 / stats.tasks(), stats.meanMillis(), 1e-9);
    }
}
