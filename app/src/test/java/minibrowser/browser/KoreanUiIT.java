package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The terminal browser with {@code --lang=ko}, read off a real terminal (tmux): about:home,
 * the status line, the help, the task manager, the unresponsive prompt and the crashed-tab
 * page are in Korean; a locale of {@code LANG=ko_KR.UTF-8} chooses it too.
 */
class KoreanUiIT {
    @Test
    void langKoShowsTheBrowsersOwnWordsInKorean() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        try (TmuxTerminal terminal = TmuxTerminal.startShowing("minibrowser-korean-it", 120, 40,
                RunningBrowser.browserCommand("--lang=ko", "--hang-timeout-seconds=2", "about:home"), "이렇게 해 보세요")) {
            assertTrue(terminal.shows("준비됨", 30), "the tab's state: " + terminal.screen());
            assertTrue(terminal.lineWith("준비됨").startsWith(" 탭 1 · 렌더러 PID "), terminal.screen());

            terminal.keys("?");
            assertTrue(terminal.shows("minibrowser 키 안내", 10), terminal.screen());
            assertTrue(terminal.screen().contains("새로고침"), terminal.screen());
            terminal.keys("Escape");

            terminal.keys("T");
            assertTrue(terminal.shows("작업 관리자 (", 10), terminal.screen());
            assertTrue(terminal.shows("프로세스", 5) && terminal.screen().contains("재시작"), terminal.screen());
            terminal.keys("Escape");
            assertTrue(RunningBrowser.eventually(10, () -> !terminal.screen().contains("작업 관리자 (")), terminal.screen());

            terminal.keys("g");
            terminal.type("about:hang");
            terminal.keys("Enter");
            assertTrue(terminal.shows("페이지가 응답하지 않습니다: about:hang", 60), terminal.screen());
            assertTrue(terminal.screen().contains("w  기다리기"), terminal.screen());
            assertTrue(terminal.shows("응답 없음", 5), "the status line's state: " + terminal.screen());

            if (!RunningBrowser.childrenInProcess()) {
                terminal.keys("k"); // Kill: the renderer ends, the tab shows the crashed page
                assertTrue(terminal.shows("이 탭의 렌더러 프로세스가 종료되었습니다", 30), terminal.screen());
                assertTrue(terminal.screen().contains("원인:"), terminal.screen());
                assertTrue(terminal.shows("비정상 종료됨", 5), "the status line's state: " + terminal.screen());
            }
            terminal.keys("q");
            assertTrue(RunningBrowser.eventually(15, () -> !terminal.alive()), "q quits: " + terminal.screen());
        }
    }

    @Test
    void aKoreanLocaleChoosesKoreanAndLangEnOverridesIt() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        List<String> korean = new ArrayList<>(List.of("env", "LANG=ko_KR.UTF-8"));
        korean.addAll(RunningBrowser.browserCommand("about:home"));
        try (TmuxTerminal terminal = TmuxTerminal.startShowing("minibrowser-korean-locale-it", 120, 40, korean,
                "이렇게 해 보세요")) {
            assertTrue(terminal.shows("렌더러 PID", 30), terminal.screen());
        }
        List<String> english = new ArrayList<>(List.of("env", "LANG=ko_KR.UTF-8"));
        english.addAll(RunningBrowser.browserCommand("--lang=en", "about:home"));
        try (TmuxTerminal terminal = TmuxTerminal.startShowing("minibrowser-english-flag-it", 120, 40, english,
                "Try this")) {
            assertTrue(terminal.shows("renderer pid", 30), terminal.screen());
        }
    }
}
