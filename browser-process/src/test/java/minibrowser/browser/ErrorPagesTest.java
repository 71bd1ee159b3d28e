package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import minibrowser.common.Language;
import org.junit.jupiter.api.Test;

/** The crashed-tab page says why the renderer died and, after a quick second crash, that it crashed again. */
class ErrorPagesTest {
    @Test
    void aSingleCrashShowsItsReasonOnly() {
        List<String> page = ErrorPages.crashedTab(Language.ENGLISH, "killed by signal 9 (SIGKILL)", "", "");
        assertTrue(page.stream().anyMatch(l -> l.contains("What happened: killed by signal 9 (SIGKILL)")), page.toString());
        assertTrue(page.stream().noneMatch(l -> l.contains("again")), page.toString());
    }

    @Test
    void aQuickSecondCrashSaysItCrashedAgain() {
        List<String> page = ErrorPages.crashedTab(Language.ENGLISH, "killed by signal 9 (SIGKILL)", "",
                "crashed again within 10 s (2 quick crashes in a row)");
        assertTrue(page.stream().anyMatch(l -> l.contains("It crashed again within 10 s (2 quick crashes in a row).")),
                page.toString());
    }

    @Test
    void aCrashWithAReportNamesTheThreadTheErrorAndTheFile() {
        List<String> page = ErrorPages.crashedTab(Language.ENGLISH, "renderer-main: java.lang.OutOfMemoryError: Java heap space; out of memory (exit code 5)",
                "/dev/shm/minibrowser-1-ab/crashes/renderer-3-42.txt", "");
        assertTrue(page.contains("  What happened: renderer-main: java.lang.OutOfMemoryError: Java heap space"), page.toString());
        assertTrue(page.stream().anyMatch(l -> l.strip().equals("out of memory (exit code 5)")), page.toString());
        assertTrue(page.stream().anyMatch(l -> l.contains("Crash report:  /dev/shm/minibrowser-1-ab/crashes/renderer-3-42.txt")),
                page.toString());
    }

    @Test
    void inKoreanTheExitIsSaidInKoreanAndTheReportStaysAsWritten() {
        List<String> killed = ErrorPages.crashedTab(Language.KOREAN,
                "killed by signal 9 (SIGKILL); no crash report (a signal gives a process no chance to write one)", "", "");
        assertTrue(killed.contains("  원인:          시그널 9(SIGKILL)로 강제 종료됨"), killed.toString());
        assertTrue(killed.stream().anyMatch(l -> l.contains("크래시 보고서 없음")), killed.toString());
        assertTrue(killed.stream().anyMatch(l -> l.contains("다른 탭은 모두 그대로 동작합니다")), killed.toString());
        List<String> outOfMemory = ErrorPages.crashedTab(Language.KOREAN,
                "renderer-main: java.lang.OutOfMemoryError: Java heap space; out of memory (exit code 5)", "/x/renderer-3-42.txt", "");
        assertTrue(outOfMemory.contains("  원인:          renderer-main: java.lang.OutOfMemoryError: Java heap space"),
                outOfMemory.toString());
        assertTrue(outOfMemory.stream().anyMatch(l -> l.strip().equals("메모리 부족 (종료 코드 5)")), outOfMemory.toString());
        assertTrue(outOfMemory.stream().anyMatch(l -> l.contains("크래시 보고서: /x/renderer-3-42.txt")), outOfMemory.toString());
    }

    @Test
    void theUnresponsivePromptInKoreanKeepsItsKeys() {
        List<String> prompt = ErrorPages.unresponsive(Language.KOREAN, "about:hang", 15);
        assertTrue(prompt.contains("  페이지가 응답하지 않습니다: about:hang"), prompt.toString());
        assertTrue(prompt.stream().anyMatch(l -> l.contains("15초") && l.contains("메인 스레드")), prompt.toString());
        assertTrue(prompt.stream().anyMatch(l -> l.contains("w  기다리기") && l.contains("k  종료")), prompt.toString());
    }
}
