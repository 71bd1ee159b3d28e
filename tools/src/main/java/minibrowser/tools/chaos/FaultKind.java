package minibrowser.tools.chaos;

/**
 * The faults a chaos run injects, with how often each is drawn (its weight) and
 * what it needs to exist. How each one is done and undone is {@link FaultInjector}'s.
 */
enum FaultKind {
    /** SIGKILL to the renderer of a random tab (every tab it draws crashes). */
    KILL_RENDERER("kill -9 renderer", 16, Target.RENDERER),
    /** SIGSTOP to a tab's renderer, SIGCONT a few seconds later. */
    STOP_RENDERER("stop+cont renderer", 4, Target.RENDERER),
    /** SIGKILL to the gpu process: the browser starts another and sends the frames again. */
    KILL_GPU("kill -9 gpu", 3, Target.GPU),
    STOP_GPU("stop+cont gpu", 2, Target.GPU),
    /** SIGKILL to the plugin process: embeds show a placeholder, the next embed starts a new one. */
    KILL_PLUGIN("kill -9 plugin", 4, Target.PLUGIN),
    STOP_PLUGIN("stop+cont plugin", 2, Target.PLUGIN),
    /** A tab opens a debug page that ends its renderer: about:crash, about:kill, about:badipc... */
    RENDERER_DEBUG_PAGE("renderer debug page", 10, Target.TAB),
    /** A tab opens about:hang, about:shorthang or about:deadlock; once unresponsive, its renderer is killed. */
    HANG_DEBUG_PAGE("hang debug page", 3, Target.TAB),
    /** A tab opens about:gpucrash or about:gpuhang. */
    GPU_DEBUG_PAGE("gpu debug page", 2, Target.GPU),
    /** A tab opens about:plugincrash. */
    PLUGIN_DEBUG_PAGE("plugin debug page", 2, Target.PLUGIN),
    /** A tab navigates to a normal page (a short one, the long one, the embed page; either site). */
    NAVIGATE("navigate", 14, Target.TAB),
    /** A tab reloads. */
    RELOAD("reload", 8, Target.TAB);

    /** What must exist for the fault to be drawn. */
    enum Target { TAB, RENDERER, GPU, PLUGIN }

    private final String label;
    private final int weight;
    private final Target target;

    FaultKind(String label, int weight, Target target) {
        this.label = label;
        this.weight = weight;
        this.target = target;
    }

    String label() { return label; }
    int weight() { return weight; }
    Target target() { return target; }
}
