package minibrowser.browser;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The browser's command line, parsed by picocli. The flags copy Chromium's. */
@Command(name = "minibrowser", mixinStandardHelpOptions = true, versionProvider = BrowserOptions.Version.class,
        description = "A multi-process web browser built the way Chromium is built.",
        commandListHeading = "%nCommands (each has its own --help):%n")
final class BrowserOptions {
    /** The version the jar's manifest gives (the build writes it), for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = BrowserOptions.class.getPackage().getImplementationVersion();
            return new String[] {"minibrowser " + (version == null ? "(built from classes, no version)" : version)};
        }
    }

    @Parameters(paramLabel = "URL", descriptionKey = "urls", description = "Pages to open, one tab each (default: about:home).")
    List<String> urls = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The language of the browser's own text: en or ko (default: the locale, so LANG=ko_KR.UTF-8 is Korean).")
    String lang;

    /** Set by {@code ./minibrowser tour}: the terminal browser walks through the concepts (Space for the next step). */
    @Option(names = "--tour", hidden = true, description = "Run the guided tour.")
    boolean tour;

    @Option(names = "--headless", description = "No terminal UI.")
    boolean headless;

    @Option(names = "--screenshot", paramLabel = "FILE", description = "With --headless: write a PNG of the page and exit.")
    String screenshot;

    @Option(names = "--window-size", paramLabel = "W,H", description = "Viewport size in pixels (default 800,600).")
    String windowSize = "800,600";

    @Option(names = "--remote-control", paramLabel = "SOCKET", description = "Serve the control API on this Unix socket.")
    String remoteControl;

    @Option(names = "--process-model", paramLabel = "MODEL",
            description = "per-tab (default: a renderer process per tab), per-site (tabs of a site share one), "
                    + "single-process (renderers, gpu and plugin as threads of this process).")
    String processModel = "per-tab";

    @Option(names = "--renderer-process-limit", paramLabel = "N",
            description = "Renderers to start before new tabs share one (default: RAM / 2 / measured renderer footprint, 3..82).")
    Integer rendererProcessLimit;

    @Option(names = "--no-spare-renderer", description = "Do not keep a renderer started ahead of the next tab.")
    boolean noSpareRenderer;

    @Option(names = "--no-sandbox",
            description = "Run renderers and the plugin process without the OS sandbox (bubblewrap), which is on by default.")
    boolean noSandbox;

    /** Old command lines said --sandbox when it was off by default; it is on now, so this does nothing. */
    @Option(names = "--sandbox", hidden = true, description = "Accepted and ignored: the sandbox is on by default.")
    boolean sandboxAlias;

    @Option(names = "--renderer-cmd-prefix", paramLabel = "COMMAND",
            description = "Hand each renderer's command line to COMMAND (space-separated), as Chromium's switch: "
                    + "to run renderers under a debugger or tracer.")
    String rendererCmdPrefix;

    @Option(names = "--child-jvm-flags", paramLabel = "FLAGS", hidden = true,
            description = "JVM flags for child processes instead of the measured ones, space-separated (for benchmarks).")
    String childJvmFlags;

    @Option(names = "--record-class-lists", paramLabel = "DIR", hidden = true,
            description = "Every child writes the classes it loads to a list in DIR (training the class-data archive).")
    java.nio.file.Path recordClassLists;

    @Option(names = "--hang-timeout-seconds", paramLabel = "S", defaultValue = "15",
            description = "A renderer whose main thread does not answer a ping for S seconds is unresponsive (default 15).")
    int hangTimeoutSeconds = 15;

    @Option(names = "--network-timeout-seconds", paramLabel = "S",
            description = "Connect and read timeout of every fetch: a server that does not accept, or stays silent, "
                    + "for S seconds fails the load with \"timed out\" (default: connect 10, read 30).")
    Integer networkTimeoutSeconds;

    @Option(names = "--user-data-dir", paramLabel = "DIR",
            description = "The profile: history, bookmarks and the session, in DIR (default: $XDG_DATA_HOME/minibrowser, "
                    + "or ~/.local/share/minibrowser; with --headless, a temporary one removed at exit).")
    java.nio.file.Path userDataDir;

    @Option(names = "--incognito", description = "Write no history and no session (bookmarks still open and can be made).")
    boolean incognito;

    @Option(names = "--restore-last-session", description = "Open the tabs of the last session, each with its back and forward list.")
    boolean restoreLastSession;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Record a trace of every process and thread from start to exit, and write it to FILE "
                    + "(Chrome Trace Event Format: open it in Perfetto's UI, chrome://tracing, or ./minibrowser trace-view).")
    java.nio.file.Path trace;

    /** The largest viewport: its frames must fit what the gpu holds, so no honest frame is refused. */
    static final long MAX_VIEWPORT_PIXELS = minibrowser.common.frame.GpuMemoryLimits.ofDefaultGpu().maxFramePixels();

    /** The viewport from --window-size; throws with a one-line message when malformed. */
    int[] windowSize() {
        String[] parts = windowSize.split(",");
        try {
            int width = Integer.parseInt(parts[0].trim());
            int height = Integer.parseInt(parts[1].trim());
            if (parts.length != 2 || width < 1 || height < 1 || width > 8192 || height > 8192
                    || (long) width * height > MAX_VIEWPORT_PIXELS) {
                throw new NumberFormatException();
            }
            return new int[] {width, height};
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--window-size must be W,H with 1..8192 each and at most "
                    + MAX_VIEWPORT_PIXELS + " pixels in all (the largest frame the gpu holds), got " + windowSize);
        }
    }

    List<String> startUrls() {
        return urls.isEmpty() ? List.of("about:home") : urls;
    }
}
