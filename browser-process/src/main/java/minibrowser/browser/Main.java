package minibrowser.browser;

import java.util.Arrays;
import minibrowser.browser.ctl.Ctl;
import minibrowser.common.ExitCode;
import minibrowser.common.Switches;
import minibrowser.gpu.GpuMain;
import minibrowser.plugin.PluginMain;
import minibrowser.renderer.RendererMain;

/**
 * The one entry point of the one artifact. Which process this is, is decided here
 * and only here, by the {@code --type} switch, as Chromium does:
 * <pre>
 *   (no --type)        the browser process         BrowserMain
 *   --type=renderer    a renderer process          RendererMain
 *   --type=gpu         the gpu process             GpuMain
 *   --type=plugin      the plugin process          PluginMain
 *   ctl ...            a client of the control API Ctl
 * </pre>
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    static int run(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("ctl")) {
            return Ctl.run(Arrays.copyOfRange(args, 1, args.length));
        }
        Switches switches = Switches.parse(args);
        String type = switches.get(Switches.TYPE).orElse("browser");
        switch (type) {
            case "browser":
                return BrowserMain.run(args);
            case "renderer":
                return RendererMain.run(switches, System.in);
            case "gpu":
                return GpuMain.run(switches, System.in);
            case "plugin":
                return PluginMain.run(switches, System.in);
            default:
                System.err.println("minibrowser: unknown process type: " + type);
                return ExitCode.BAD_ARGUMENTS.code();
        }
    }
}
