package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code ./minibrowser tour}, walked as a person walks it: in a real terminal (tmux),
 * Space after Space, each step's screen read back. Once in English, once in Korean
 * (chosen by the locale, {@code LANG=ko_KR.UTF-8}). The tour is of the per-tab model
 * (its third step kills a renderer process), so it runs in that pass only.
 */
class TourIT {
    /** One step: what its panel and the page above it must show. */
    private record Step(int seconds, String... shown) {}

    @Test
    void theTourInEnglish() throws Exception {
        walk(List.of(), "Tour ", List.of(
                new Step(60, "Processes and threads, in a real browser", "Space: next step"),
                new Step(30, "One process per tab", "renderer  pid", "tab 3: parses", "gpu       pid"),
                new Step(30, "only its tab goes", "Sent SIGKILL to renderer pid", "This tab's renderer process is gone",
                        "killed by signal 9 (SIGKILL)", "is alive, its page untouched"),
                new Step(30, "The threads of one process", "started a new renderer process", "renderer-main",
                        "renderer-compositor", "/task"),
                new Step(30, "the compositor scrolls", "opened about:hang", "hang line"),
                new Step(30, "A frame in shared memory", "frames-tab1", "/maps: yes) and by the gpu process"),
                new Step(240, "Measured on this machine", "Context switch, both sides pinned", "Fastest here in latency:",
                        "shared-memory", "µs"),
                new Step(10, "Interview questions (1/2)", "Q. How does a process differ from a thread?", "MB (PSS)"),
                new Step(10, "Interview questions (2/2)", "Q. What is thread safety", "Measured here, pinned"),
                new Step(10, "The end", "That was the tour", "Space: close the tour")));
    }

    @Test
    void theTourInKorean() throws Exception {
        walk(List.of("env", "LANG=ko_KR.UTF-8"), "둘러보기 ", List.of(
                new Step(60, "실제 브라우저로 보는 프로세스와 스레드", "Space: 다음 단계"),
                new Step(30, "탭마다 프로세스 하나", "renderer  pid", "탭 3: 페이지를", "렌더러 PID"),
                new Step(30, "그 탭만 멈춘다", "SIGKILL을 보냈습니다", "이 탭의 렌더러 프로세스가 종료되었습니다",
                        "시그널 9(SIGKILL)로 강제 종료됨", "살아 있고"),
                new Step(30, "한 프로세스 안의 스레드들", "새 렌더러 프로세스", "renderer-main", "/task"),
                new Step(30, "컴포지터는 스크롤한다", "about:hang을 열었습니다", "hang line"),
                new Step(30, "공유 메모리 속의 프레임", "frames-tab1", "/maps: 있음)와 GPU 프로세스"),
                new Step(240, "이 컴퓨터에서 잰 값", "문맥 교환", "지연이 가장 짧은 것:", "µs"),
                new Step(10, "면접 질문 (1/2)", "Q. 프로세스와 스레드는 어떻게 다른가요?", "(PSS)"),
                new Step(10, "면접 질문 (2/2)", "Q. 스레드 안전", "문맥 교환이 스레드 사이보다"),
                new Step(10, "마치며", "둘러보기는 여기까지입니다", "Space: 둘러보기 닫기")));
    }

    /**
     * Starts the tour ({@code prefix} before the java command), checks the first step,
     * then presses Space and checks each next one; after the last, Space closes the
     * panel and q quits.
     */
    private static void walk(List<String> prefix, String tourWord, List<Step> steps) throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        Assumptions.assumeTrue(RunningBrowser.processModel().equals("per-tab"), "the tour shows the per-tab model");
        List<String> command = new ArrayList<>(prefix);
        command.addAll(RunningBrowser.javaCommand("tour"));
        try (TmuxTerminal terminal = TmuxTerminal.start("minibrowser-tour-it", 150, 50, command)) {
            for (int i = 0; i < steps.size(); i++) {
                if (i > 0) terminal.keys("Space");
                Step step = steps.get(i);
                String heading = tourWord + (i + 1) + "/" + steps.size();
                assertTrue(terminal.shows(heading, step.seconds()), heading + ":\n" + terminal.screen());
                for (String text : step.shown()) {
                    assertTrue(terminal.shows(text, step.seconds()), heading + " shows \"" + text + "\":\n" + terminal.screen());
                }
                if (i == 4) {
                    // The tour scrolled the hung page: its first lines went up, out of sight.
                    assertFalse(terminal.screen().contains("spins forever"), "scrolled while main spins:\n" + terminal.screen());
                }
            }
            terminal.keys("Space");
            assertTrue(RunningBrowser.eventually(10, () -> !terminal.screen().contains(tourWord + steps.size() + "/")),
                    "the last Space closes the tour:\n" + terminal.screen());
            terminal.keys("q");
            assertTrue(RunningBrowser.eventually(15, () -> !terminal.alive()), "q quits:\n" + terminal.screen());
        }
    }
}
