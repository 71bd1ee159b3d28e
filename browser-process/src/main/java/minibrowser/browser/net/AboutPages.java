package minibrowser.browser.net;

import java.util.Map;
import java.util.Optional;
import minibrowser.common.Language;

/**
 * The browser's built-in pages. {@code about:home} is the start page; the debug
 * pages ({@code about:crash}...) are small pages whose loading the browser follows
 * with the debug action (see {@link #DEBUG_PAGES}).
 */
public final class AboutPages {
    /** The language of about:home. */
    private final Language language;

    /** The pages in English. */
    public AboutPages() {
        this(Language.ENGLISH);
    }

    public AboutPages(Language language) {
        this.language = language;
    }

    /** Debug pages, as in Chromium: each acts on the process named in its page. */
    public static final Map<String, String> DEBUG_PAGES = Map.ofEntries(
            Map.entry("crash", "the renderer dies of an uncaught fatal error"),
            Map.entry("kill", "the renderer exits at once"),
            Map.entry("hang", "the renderer's main thread spins forever (scrolling still works)"),
            Map.entry("shorthang", "the renderer's main thread is busy for 20 seconds"),
            Map.entry("memory-exhaust", "the renderer allocates until its heap runs out"),
            Map.entry("badipc", "the renderer sends the browser a malformed message"),
            Map.entry("stackoverflow", "the renderer's main thread recurses until its stack overflows"),
            Map.entry("exit", "the renderer calls System.exit"),
            Map.entry("deadlock", "the renderer's main and compositor threads deadlock"),
            Map.entry("gpucrash", "the gpu process dies"),
            Map.entry("gpuhang", "the gpu process stops answering"),
            Map.entry("plugincrash", "the plugin process dies"));

    /** True for the URL of a demo page {@code about:home} links to (the only files it may open). */
    public static boolean isDemoPage(String url) {
        return DemoPages.isDemo(url);
    }

    /**
     * The {@code ?filter=TEXT} of a browser-made page ({@code about:ipc?filter=renderer-2},
     * {@code about:history?filter=docs}), or null when it has none.
     */
    public static String filterOf(String url) {
        int at = url.indexOf("?filter=");
        if (at < 0) return null;
        String text = url.substring(at + "?filter=".length());
        int end = text.indexOf('&');
        text = end < 0 ? text : text.substring(0, end);
        return text.isEmpty() ? null : text;
    }

    /** The HTML of {@code about:name}, if there is such a page. */
    public Optional<String> page(String name) {
        String key = name.toLowerCase();
        if (key.equals("home")) return Optional.of(language == Language.KOREAN ? homeInKorean() : home());
        // The browser replaces this page with the renderer's probe results (SandboxPage).
        if (key.equals("sandbox")) return Optional.of("<html><head><title>about:sandbox</title></head><body>probing...</body></html>");
        // The browser replaces this page with a sample of every process's calls (IpcPage).
        if (key.equals("history") || key.startsWith("history?") || key.equals("bookmarks")) {
            return Optional.of("<html><head><title>" + (key.startsWith("bookmarks") ? "Bookmarks" : "History")
                    + "</title></head><body>reading the profile...</body></html>");
        }
        if (key.equals("ipc") || key.startsWith("ipc?")) {
            return Optional.of("<html><head><title>about:ipc</title></head><body>sampling...</body></html>");
        }
        // The browser replaces this page with the session's crash reports (CrashesPage).
        if (key.equals("crashes")) return Optional.of("<html><head><title>about:crashes</title></head><body>reading the crash reports...</body></html>");
        if (key.equals("blank")) return Optional.of("<html><head><title>about:blank</title></head><body></body></html>");
        if (DEBUG_PAGES.containsKey(key)) {
            boolean hang = key.endsWith("hang");
            return Optional.of("<html><head><title>about:" + key + "</title>" + (hang ? ANIMATIONS_STYLE : "")
                    + "</head><body><h1>about:" + key + "</h1><p>" + DEBUG_PAGES.get(key) + ".</p>"
                    + (hang ? ANIMATIONS + longText() : "") + "</body></html>");
        }
        return Optional.empty();
    }

    /**
     * The hang pages show the two kinds of animation side by side: the blue box slides on
     * the compositor thread (an animation of {@code transform}) and keeps moving while main
     * spins; the orange one slides on main (an animation of {@code margin-left}) and stops.
     * The same pair is {@code docs/animations.html}.
     */
    public static final String ANIMATIONS_STYLE = "<style>"
            + "@keyframes compositor-slide { from { transform: translateX(0) } to { transform: translateX(320px) } }"
            + "@keyframes main-slide { from { margin-left: 0 } to { margin-left: 320px } }"
            + ".compositor-box { width: 96px; height: 32px; background: #1a4d8f; color: #ffffff;"
            + " animation: compositor-slide 3s linear infinite alternate }"
            + ".main-box { width: 96px; height: 32px; background: #e06000; color: #ffffff;"
            + " animation: main-slide 3s linear infinite alternate }"
            + "</style>";

    /** The two boxes {@link #ANIMATIONS_STYLE} animates. */
    public static final String ANIMATIONS = "<div class=\"compositor-box\">compositor</div>"
            + "<div class=\"main-box\">main</div>";

    /** The hang pages are long, so that scrolling them while main spins shows it moves. */
    private static String longText() {
        StringBuilder text = new StringBuilder("<p>Main is spinning now. Scroll: the renderer's compositor thread "
                + "answers on its own.</p>");
        for (int line = 1; line <= 150; line++) {
            text.append("<p>hang line ").append(line).append(" of 150</p>");
        }
        return text.toString();
    }

    private String home() {
        return "<html><head><title>minibrowser home</title>"
                + "<style>body{background:#fdfdf8;color:#222} h1{color:#1a4d8f} h2{color:#1a4d8f} "
                + "code{background:#eeeeee} .note{background:#fff3c4;border:1px solid #e0c060;padding:4px}</style>"
                + "</head><body>"
                + "<h1>minibrowser</h1>"
                + "<p>A web browser built the way Chromium is built: this page was fetched by the <b>browser process</b>, "
                + "parsed, laid out and rastered by a <b>renderer process</b> of its own, and put on your screen by the "
                + "<b>gpu process</b>. The clock below runs in the <b>plugin process</b>.</p>"
                + "<embed type=\"application/x-minibrowser-clock\" width=\"160\" height=\"96\" label=\"plugin process\">"
                + "<h2>Try this</h2>"
                + "<ul>"
                + "<li>Open a second tab with <code>Ctrl-T</code> or <code>t</code>, and switch tabs with <code>]</code> and <code>[</code>.</li>"
                + "<li>Type an address after <code>Ctrl-L</code> or <code>g</code>: a web page, a file path, or <code>about:crash</code>.</li>"
                + "<li>Kill this tab's renderer from another terminal: <code>kill -9 PID</code> (the PID is on the status line). "
                + "This tab shows why it died; the other tabs carry on.</li>"
                + "<li>Press <code>r</code> (or <code>Ctrl-R</code>) to reload: a new renderer process starts.</li>"
                + "<li>Kill the gpu process and the screen comes back; kill the plugin process and the clock becomes a placeholder.</li>"
                + "<li>Scroll with the arrows, <code>PgUp</code>/<code>PgDn</code> and <code>Space</code>; quit with <code>q</code>. "
                + "<code>?</code> lists every key; <code>./minibrowser tour</code> is a guided tour.</li>"
                + "</ul>"
                + DemoPages.listHtml(language)
                + "<h2>Debug pages</h2><ul>"
                + "<li><a href=\"about:crash\">about:crash</a>, <a href=\"about:kill\">about:kill</a>, "
                + "<a href=\"about:hang\">about:hang</a>, <a href=\"about:gpucrash\">about:gpucrash</a>, "
                + "<a href=\"about:plugincrash\">about:plugincrash</a>, <a href=\"about:memory-exhaust\">about:memory-exhaust</a>, "
                + "<a href=\"about:stackoverflow\">about:stackoverflow</a></li>"
                + "<li><a href=\"about:crashes\">about:crashes</a>: the crash reports dying processes wrote in this session</li></ul>"
                + "<p class=\"note\">Watch the processes: <code>ps -o pid,args --ppid BROWSER_PID</code>, or "
                + "<code>./minibrowser ctl --connect=SOCKET ps</code> when started with <code>--remote-control</code>.</p>"
                + "</body></html>";
    }

    /** about:home for a Korean reader: the same page, said as a Korean reader would say it. */
    private String homeInKorean() {
        return "<html><head><title>minibrowser 홈</title>"
                + "<style>body{background:#fdfdf8;color:#222} h1{color:#1a4d8f} h2{color:#1a4d8f} "
                + "code{background:#eeeeee} .note{background:#fff3c4;border:1px solid #e0c060;padding:4px}</style>"
                + "</head><body>"
                + "<h1>minibrowser</h1>"
                + "<p>Chromium과 같은 구조로 만든 웹 브라우저입니다. 이 페이지는 <b>브라우저 프로세스</b>가 가져오고, "
                + "이 탭만의 <b>렌더러 프로세스</b>가 파싱하고 배치하고 래스터화한 뒤, <b>GPU 프로세스</b>가 화면에 "
                + "올렸습니다. 아래 시계는 <b>플러그인 프로세스</b>에서 돌아갑니다.</p>"
                + "<embed type=\"application/x-minibrowser-clock\" width=\"160\" height=\"96\" label=\"플러그인 프로세스\">"
                + "<h2>이렇게 해 보세요</h2>"
                + "<ul>"
                + "<li><code>Ctrl-T</code>나 <code>t</code>로 탭을 하나 더 열고, <code>]</code>와 <code>[</code>로 탭을 오가세요.</li>"
                + "<li><code>Ctrl-L</code>이나 <code>g</code>를 누르고 주소를 입력하세요. 웹 페이지, 파일 경로, "
                + "<code>about:crash</code> 모두 됩니다.</li>"
                + "<li>다른 터미널에서 이 탭의 렌더러를 죽여 보세요: <code>kill -9 PID</code> (PID는 상태 줄에 있습니다). "
                + "이 탭은 왜 죽었는지 보여 주고, 다른 탭은 그대로 동작합니다.</li>"
                + "<li><code>r</code>(또는 <code>Ctrl-R</code>)을 누르면 새로고침되고, 새 렌더러 프로세스가 시작됩니다.</li>"
                + "<li>GPU 프로세스를 죽이면 화면이 다시 돌아오고, 플러그인 프로세스를 죽이면 시계 자리에 안내문이 남습니다.</li>"
                + "<li>화살표, <code>PgUp</code>/<code>PgDn</code>, <code>Space</code>로 스크롤하고, <code>q</code>로 끝냅니다. "
                + "<code>?</code>는 키 도움말, <code>./minibrowser tour --lang=ko</code>는 둘러보기입니다.</li>"
                + "</ul>"
                + DemoPages.listHtml(language)
                + "<h2>디버그 페이지</h2><ul>"
                + "<li><a href=\"about:crash\">about:crash</a>, <a href=\"about:kill\">about:kill</a>, "
                + "<a href=\"about:hang\">about:hang</a>, <a href=\"about:gpucrash\">about:gpucrash</a>, "
                + "<a href=\"about:plugincrash\">about:plugincrash</a>, <a href=\"about:memory-exhaust\">about:memory-exhaust</a>, "
                + "<a href=\"about:stackoverflow\">about:stackoverflow</a></li>"
                + "<li><a href=\"about:crashes\">about:crashes</a>: 이번 세션에서 죽은 프로세스들이 남긴 크래시 보고서</li></ul>"
                + "<p class=\"note\">프로세스를 지켜보세요: <code>ps -o pid,args --ppid BROWSER_PID</code>, 또는 "
                + "<code>--remote-control</code>로 시작했다면 <code>./minibrowser ctl --connect=SOCKET ps</code>.</p>"
                + "</body></html>";
    }
}
