package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import minibrowser.proto.ConsoleLevel;
import org.junit.jupiter.api.Test;

/** A tab's console keeps the last {@link ConsoleLog#CAPACITY} messages, and the panel shows the newest that fit. */
class ConsoleLogTest {
    @Test
    void aBoundedRingOfTheNewest() {
        ConsoleLog console = new ConsoleLog();
        for (int i = 1; i <= ConsoleLog.CAPACITY + 3; i++) {
            console.add(new ConsoleLog.Entry(ConsoleLevel.CONSOLE_LEVEL_LOG, "message " + i, ""));
        }
        assertEquals(ConsoleLog.CAPACITY, console.entries().size());
        assertEquals("message 4", console.entries().get(0).text());
        assertEquals(3, console.dropped());
        console.clear();
        assertEquals(List.of(), console.entries());
        assertEquals(0, console.dropped());
    }

    @Test
    void thePanelShowsTheNewestAtTheBottom() {
        ConsoleLog console = new ConsoleLog();
        console.add(new ConsoleLog.Entry(ConsoleLevel.CONSOLE_LEVEL_WARN, "old", ""));
        console.add(new ConsoleLog.Entry(ConsoleLevel.CONSOLE_LEVEL_LOG, "middle", ""));
        console.add(new ConsoleLog.Entry(ConsoleLevel.CONSOLE_LEVEL_ERROR, "two\nlines", "http://a.test/app.js:3"));
        // 6 rows: the border takes 2, the heading 2: room for the 2 newest.
        assertEquals(List.of("console of tab 4 · 3 messages · J or Esc closes", "",
                "log   middle", "error two lines  (http://a.test/app.js:3)"), ConsolePanel.lines(4, console, 6));
    }
}
