package minibrowser.app;

import java.util.Arrays;
import java.util.Map;
import minibrowser.browser.BrowserMain;
import minibrowser.browser.children.ChildMain;
import minibrowser.browser.children.ChildType;
import minibrowser.tools.bench.TerminalBench;
import minibrowser.tools.chaos.Chaos;
import minibrowser.tools.compare.Compare;
import minibrowser.tools.ctl.Ctl;
import minibrowser.tools.fuzz.FuzzCommand;
import minibrowser.common.ExitCode;
import minibrowser.common.Switches;
import minibrowser.gpu.GpuMain;
import minibrowser.plugin.PluginMain;
import minibrowser.renderer.RendererMain;

/**
 * The one entry point of the one artifact. Which process this is, is decided here
 * and only here, by the {@code --type} switch, as Chromium does:
 * <pre>
 *   (no --type)        the browser process                   BrowserMain
 *   --type=renderer    a renderer process                    RendererMain
 *   --type=gpu         the gpu process                       GpuMain
 *   --type=plugin      the plugin process                    PluginMain
 *   ctl ...            a client of the control API           Ctl
 *   bench terminal     the terminal benchmark                TerminalBench
 *   compare            processes against threads, measured   Compare
 *   chaos              random faults, then the invariants    Chaos
 *   fuzz ...           hostile documents, a report           FuzzCommand
 *   archive            records the class-data archive        ClassDataArchive
 * </pre>
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    /** A command of the same program that is no process of the browser: a tool that drives one. */
    private interface Tool {
        int run(String[] args) throws Exception;
    }

    private static final Map<String, Tool> TOOLS = Map.of(
            "ctl", Ctl::run,
            "bench", TerminalBench::run,
            "compare", args -> Compare.run(args, Main::entryPoint),
            "chaos", Chaos::run,
            "fuzz", FuzzCommand::run,
            "archive", ClassDataArchive::run);

    static int run(String[] args) throws Exception {
        Tool tool = args.length > 0 ? TOOLS.get(args[0]) : null;
        if (tool != null) return tool.run(Arrays.copyOfRange(args, 1, args.length));
        Switches switches = Switches.parse(args);
        String type = switches.get(Switches.TYPE).orElse("browser");
        if (type.equals("browser")) return BrowserMain.run(args, Main::entryPoint);
        for (ChildType child : ChildType.values()) {
            if (child.label().equals(type)) return entryPoint(child).run(switches, System.in);
        }
        System.err.println("minibrowser: unknown process type: " + type);
        return ExitCode.BAD_ARGUMENTS.code();
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
