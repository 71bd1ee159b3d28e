package minibrowser.browser;

import java.util.ListResourceBundle;

/**
 * {@code minibrowser --help} in Korean: picocli reads an option's description from a
 * resource bundle under the option's name when one is set ({@link BrowserMain} sets this
 * one for {@code --lang=ko} or a Korean locale). The English is on the options themselves
 * in {@link BrowserOptions}; the two are kept together by {@code BrowserOptionsInKoreanTest}.
 */
public final class BrowserOptionsInKorean extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"usage.synopsisHeading", "사용법: "},
            {"usage.description", "Chromium과 같은 구조로 만든 멀티 프로세스 웹 브라우저."},
            {"usage.commandListHeading", "%n명령 (각각 --help가 따로 있습니다):%n"},
            {"mixinStandardHelpOptions.help", "이 도움말을 보여 주고 끝냅니다."},
            {"mixinStandardHelpOptions.version", "버전을 보여 주고 끝냅니다."},
            {"urls", "열 페이지들, 탭 하나에 하나씩 (기본값: about:home)."},
            {"lang", "브라우저가 직접 쓰는 글의 언어: en 또는 ko (기본값: 로캘을 따르므로 LANG=ko_KR.UTF-8이면 한국어)."},
            {"headless", "터미널 UI 없이 실행합니다."},
            {"screenshot", "--headless와 함께: 페이지의 PNG를 쓰고 끝냅니다."},
            {"window-size", "뷰포트 크기, 픽셀 단위 (기본값 800,600)."},
            {"remote-control", "이 유닉스 소켓에서 제어 API를 제공합니다."},
            {"process-model", "per-tab (기본값: 탭마다 렌더러 프로세스), per-site (같은 사이트의 탭이 하나를 함께 씀), "
                    + "single-process (렌더러, GPU, 플러그인이 이 프로세스의 스레드)."},
            {"renderer-process-limit", "새 탭이 렌더러를 함께 쓰기 시작하기 전까지 띄울 렌더러 수 "
                    + "(기본값: RAM / 2 / 잰 렌더러 크기, 3..82)."},
            {"no-spare-renderer", "다음 탭을 위한 렌더러를 미리 띄워 두지 않습니다."},
            {"no-sandbox", "렌더러와 플러그인 프로세스를 OS 샌드박스(bubblewrap) 없이 실행합니다. 샌드박스는 기본으로 켜져 있습니다."},
            {"renderer-cmd-prefix", "각 렌더러의 명령줄을 COMMAND(공백으로 구분)에 넘깁니다. Chromium의 스위치와 같으며, "
                    + "렌더러를 디버거나 추적기 아래에서 돌릴 때 씁니다."},
            {"hang-timeout-seconds", "렌더러의 메인 스레드가 S초 동안 핑에 답하지 않으면 응답 없음으로 봅니다 (기본값 15)."},
            {"network-timeout-seconds", "모든 요청의 연결·읽기 제한 시간: 서버가 S초 동안 받지 않거나 말이 없으면 "
                    + "\"timed out\"으로 실패합니다 (기본값: 연결 10, 읽기 30)."},
            {"user-data-dir", "프로필(방문 기록, 북마크, 세션)을 둘 DIR (기본값: $XDG_DATA_HOME/minibrowser 또는 "
                    + "~/.local/share/minibrowser. --headless에서는 끝날 때 지우는 임시 디렉터리)."},
            {"incognito", "방문 기록과 세션을 쓰지 않습니다 (북마크는 열고 만들 수 있습니다)."},
            {"restore-last-session", "지난 세션의 탭들을 각자의 뒤로·앞으로 목록과 함께 엽니다."},
            {"trace", "시작부터 끝까지 모든 프로세스와 스레드를 추적해 FILE에 씁니다 (Chrome Trace Event Format: "
                    + "Perfetto UI, chrome://tracing, ./minibrowser trace-view로 엽니다)."},
        };
    }
}
