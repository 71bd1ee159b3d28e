package minibrowser.app;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import minibrowser.browser.BrowserMain;
import minibrowser.browser.children.ChildMain;
import minibrowser.browser.children.ChildType;
import minibrowser.browser.children.ToolProcess;
import minibrowser.common.ExitCode;
import minibrowser.common.Switches;
import minibrowser.common.ipc.ParentPipe;
import minibrowser.gpu.GpuMain;
import minibrowser.plugin.PluginMain;
import minibrowser.renderer.RendererMain;
import minibrowser.tools.bench.Bench;
import minibrowser.tools.chaos.Chaos;
import minibrowser.tools.logs.Logs;
import minibrowser.tools.compare.Compare;
import minibrowser.tools.ctl.Ctl;
import minibrowser.tools.fuzz.FuzzCommand;
import minibrowser.tools.traceview.TraceView;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one entry point of the one artifact. Which process this is, is decided here
 * and only here, by the {@code --type} switch, as Chromium does; a first word that
 * names a tool runs that tool instead:
 * <pre>
 *   (no --type)        the browser process                   BrowserMain
 *   --type=renderer    a renderer process                    RendererMain
 *   --type=gpu         the gpu process                       GpuMain
 *   --type=plugin      the plugin process                    PluginMain
 *   ctl ...            a client of the control API           Ctl
 *   bench ...          terminal, engine, script, trace bench  Bench
 *   compare            processes against threads, measured   Compare
 *   tour               the terminal browser, guided           BrowserMain --tour
 *   chaos              random faults, then the invariants    Chaos
 *   fuzz ...           hostile documents, a report           FuzzCommand
 *   trace-view ...     a trace file drawn as a timeline PNG  TraceView
 *   archive            records the class-data archive        ClassDataArchive
 * </pre>
 * The tools are the browser's picocli subcommands: {@code minibrowser --help} lists
 * them, one line each, and each has a {@code --help} of its own.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    /** A command of the same program that is no process of the browser: a tool that drives one. */
    private interface ToolMain {
        int run(String[] args) throws Exception;
    }

    /** A tool: the word that runs it, its line in {@code --help} in English and in Korean, its entry point. */
    private record Tool(String name, String summary, String korean, ToolMain main) {}

    private static final List<Tool> TOOLS = List.of(
            new Tool("ctl", "Drive a running browser through its control socket.",
                    "실행 중인 브라우저를 제어 소켓으로 조종합니다.", Ctl::run),
            new Tool("compare", "Measure processes against threads: memory, start-up, IPC.",
                    "프로세스와 스레드를 잽니다: 메모리, 시작 시간, IPC.", args -> Compare.run(args, Main::entryPoint)),
            new Tool("tour", "A guided tour of processes and threads in the terminal browser (Space: next step; --lang=ko for Korean).",
                    "터미널 브라우저로 프로세스와 스레드를 둘러봅니다 (Space: 다음 단계).", args -> browser(concat("--tour", args))),
            new Tool("logs", "Follow the log lines of a running browser and its children: logs [--pid=PID].",
                    "실행 중인 브라우저와 자식 프로세스의 로그를 따라 읽습니다: logs [--pid=PID].", Logs::run),
            new Tool("chaos", "Random faults against a real browser, then its invariants.",
                    "실제 브라우저에 무작위 장애를 일으킨 뒤 불변식을 확인합니다.", Chaos::run),
            new Tool("fuzz", "Hostile documents against a real browser, and a report.",
                    "실제 브라우저에 악의적인 문서를 보내고 보고서를 씁니다.", FuzzCommand::run),
            new Tool("bench", "bench terminal | engine | scripts | trace | profile: the terminal UI's latency; the engine's stages; the script engine's cost; tracing's overhead; what writing the profile costs a navigation.",
                    "bench terminal | engine | scripts | trace | profile: 터미널 UI의 지연, 엔진 단계, 스크립트 엔진의 비용, 추적의 부담, 프로필 쓰기가 탐색에 드는 비용.",
                    Bench::run),
            new Tool("trace-view", "Draw a trace file as a timeline PNG: trace-view FILE --png OUT.png [--from MS --to MS].",
                    "추적 파일을 타임라인 PNG로 그립니다: trace-view FILE --png OUT.png [--from MS --to MS].", TraceView::run),
            new Tool("archive", "Record the class-data archive (minibrowser.jsa) beside the jar.",
                    "jar 옆에 클래스 데이터 아카이브(minibrowser.jsa)를 기록합니다.", ClassDataArchive::run));

    static int run(String[] args) throws Exception {
        // 1. A child: the browser started this JVM with --type=renderer, gpu or plugin.
        Switches switches = Switches.parse(args);
        String type = switches.get(Switches.TYPE).orElse("browser");
        if (!type.equals("browser")) {
            for (ChildType child : ChildType.values()) {
                if (child.label().equals(type)) return entryPoint(child).run(switches, System.in);
            }
            System.err.println("minibrowser: unknown process type: " + type);
            return ExitCode.BAD_ARGUMENTS.code();
        }
        // 2. A tool: the first word names it; the rest is its own command line.
        Optional<Tool> tool = args.length == 0 ? Optional.empty()
                : TOOLS.stream().filter(t -> t.name().equals(args[0])).findFirst();
        if (tool.isPresent()) {
            // A tool the browser started (the tour's compare rows) ends with it, as a child does.
            if (System.getenv(ToolProcess.EXIT_WITH_PARENT) != null) {
                new ParentPipe(System.in).watch(tool.get().name(), () -> Runtime.getRuntime().halt(ExitCode.PARENT_GONE.code()));
            }
            return tool.get().main().run(Arrays.copyOfRange(args, 1, args.length));
        }
        // 3. The browser.
        return browser(args);
    }

    /** The browser process, whose --help lists the tools as its subcommands. */
    private static int browser(String[] args) throws Exception {
        CommandLine browser = BrowserMain.commandLine();
        boolean korean = BrowserMain.inKorean(langFlag(args));
        for (Tool t : TOOLS) {
            browser.addSubcommand(t.name(), CommandSpec.create().name(t.name()).usageMessage(
                    new CommandLine.Model.UsageMessageSpec().description(korean ? t.korean() : t.summary())));
        }
        return BrowserMain.run(args, Main::entryPoint, browser);
    }

    /** The value of {@code --lang=X} or {@code --lang X} on the command line, or null (for the tools' lines in --help). */
    private static String langFlag(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) return args[i].substring("--lang=".length());
            if (args[i].equals("--lang") && i + 1 < args.length) return args[i + 1];
        }
        return null;
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /**
     * The entry point of each child type. A child process runs it as its main; in the
     * single-process model {@code ThreadLauncher} runs the same method on a thread.
     */
    public static ChildMain entryPoint(ChildType type) {
        switch (type) {
            case RENDERER: return RendererMain::run;
            case GPU: return GpuMain::run;
            case PLUGIN: return PluginMain::run;
            default: throw new IllegalArgumentException("no entry point for " + type);
        }
    }
}
