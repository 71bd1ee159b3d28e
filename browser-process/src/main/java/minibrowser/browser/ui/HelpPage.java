package minibrowser.browser.ui;

import java.util.List;

/** The in-app help page (`?`, F1): every key, as the README's table lists them, in English and in Korean. */
final class HelpPage {
    private HelpPage() {}

    /** The page in {@code language}. */
    static List<String> lines(minibrowser.common.Language language) {
        return language.pick(ENGLISH, KOREAN);
    }

    private static final List<String> ENGLISH = List.of(
            "",
            "  minibrowser keys                             (any key closes this page)",
            "",
            "  g  Ctrl-L          address bar: type a URL or a path, Enter goes, Esc cancels",
            "  t  Ctrl-T          new tab              w  Ctrl-W        close tab",
            "  ]  Ctrl-PgDn       next tab             [  Ctrl-PgUp     previous tab",
            "  Alt-1..9           go to tab N",
            "  Up Down j k        scroll               PgUp PgDn Space  scroll a page",
            "  Home End           top / bottom of the page",
            "  Tab  Shift-Tab     next / previous link or field  Enter   follow it / press it",
            "  in a text field    keys type into it    Enter submits    Esc leaves the field",
            "  f                  link hints: type the label on a link to follow it",
            "  /                  find in page         n  N             next / previous match",
            "  Esc                clear find, link focus and hints; close the console and the IPC inspector",
            "  J                  the tab's console: what its scripts logged (J or Esc closes)",
            "  I                  IPC inspector: every process's gRPC calls, live (p pauses, o filters, I closes)",
            "  Backspace Alt-Left back                 Alt-Right        forward",
            "  r  Ctrl-R  F5      reload (a crashed tab gets a new renderer process)",
            "  T  Shift-Esc       task manager: Up/Down, Enter threads, k/Del end process",
            "  D  Ctrl-D          bookmark the page    1..9             open the Nth bookmark (about:bookmarks)",
            "  R                  after a crash: restore the tabs it left   about:history lists visits",
            "  ?  F1              this help            q  Ctrl-Q        quit",
            "  mouse              click links and tabs; the wheel scrolls",
            "",
            "  Unresponsive page: w waits, k kills its renderer.",
            "  A page's alert/confirm/prompt: Enter OK, Esc Cancel; type to edit a prompt's text.",
            "  Kill a tab's renderer from another terminal: kill -9 PID (PID on the status line).");

    /** The same keys; the columns line up on a terminal, where a Hangul syllable takes two. */
    private static final List<String> KOREAN = List.of(
            "",
            "  minibrowser 키 안내                          (아무 키나 누르면 닫힙니다)",
            "",
            "  g  Ctrl-L           주소창: URL이나 파일 경로를 입력하고 Enter, 취소는 Esc",
            "  t  Ctrl-T           새 탭                w  Ctrl-W        탭 닫기",
            "  ]  Ctrl-PgDn        다음 탭              [  Ctrl-PgUp     이전 탭",
            "  Alt-1..9            N번째 탭으로",
            "  Up Down j k         스크롤               PgUp PgDn Space  한 화면씩 스크롤",
            "  Home End            페이지 맨 위 / 맨 아래",
            "  Tab  Shift-Tab      링크·입력란 이동     Enter            따라가기 / 누르기",
            "  입력란 안에서       키가 그대로 입력됨   Enter            제출, Esc는 입력란 나가기",
            "  f                   링크 힌트: 링크 위 글자를 입력하면 그 링크로 이동",
            "  /                   페이지에서 찾기      n  N             다음 / 이전 결과",
            "  Esc                 찾기, 링크 포커스, 힌트 지우기. 콘솔과 IPC 검사기 닫기",
            "  J                   탭의 콘솔: 스크립트가 남긴 로그 (J나 Esc로 닫기)",
            "  I                   IPC 검사기: 모든 프로세스의 gRPC 호출을 실시간으로 (p 일시정지, o 거르기, I 닫기)",
            "  Backspace Alt-Left  뒤로                 Alt-Right        앞으로",
            "  r  Ctrl-R  F5       새로고침 (비정상 종료된 탭은 새 렌더러 프로세스를 받습니다)",
            "  T  Shift-Esc        작업 관리자: Up/Down, Enter 스레드 보기, k/Del 프로세스 종료",
            "  D  Ctrl-D           이 페이지 북마크     1..9             N번째 북마크 열기 (about:bookmarks)",
            "  R                   비정상 종료 뒤: 남은 탭 복원 (방문 기록은 about:history)",
            "  ?  F1               이 도움말            q  Ctrl-Q        끝내기",
            "  마우스              링크와 탭 클릭, 휠로 스크롤",
            "",
            "  응답 없는 페이지: w는 기다리기, k는 렌더러 강제 종료.",
            "  페이지의 alert/confirm/prompt: Enter는 확인, Esc는 취소. prompt에는 글자를 입력할 수 있습니다.",
            "  다른 터미널에서 탭의 렌더러 죽이기: kill -9 PID (PID는 상태 줄에 있습니다).");
}
