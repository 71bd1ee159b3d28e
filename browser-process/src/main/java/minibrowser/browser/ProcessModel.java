package minibrowser.browser;

/**
 * How tabs are spread over renderers, and where children run ({@code --process-model}).
 * The renderer, gpu and plugin code is the same in all three; only the launcher
 * ({@code ProcessLauncher} or {@code ThreadLauncher}) and the transport (Unix sockets or
 * in-process gRPC) differ.
 *
 * <table>
 *   <tr><th>model</th><th>renderers</th><th>children run as</th><th>a renderer's fatal fault ends</th></tr>
 *   <tr><td>per-tab</td><td>one per tab</td><td>processes</td><td>its tab</td></tr>
 *   <tr><td>per-site</td><td>one per site (tabs of a site share)</td><td>processes</td><td>the tabs of its site</td></tr>
 *   <tr><td>single-process</td><td>one per tab</td><td>threads of the browser</td><td>the whole browser</td></tr>
 * </table>
 */
public enum ProcessModel {
    PER_TAB("per-tab"),
    PER_SITE("per-site"),
    SINGLE_PROCESS("single-process");

    private final String flag;

    ProcessModel(String flag) {
        this.flag = flag;
    }

    /** As spelled on the command line and in {@code ctl ps}. */
    public String label() {
        return flag;
    }

    /** Tabs of the same site share a renderer, and a cross-site navigation moves the tab. */
    public boolean groupsBySite() {
        return this == PER_SITE;
    }

    /** Children are threads of the browser process rather than processes. */
    public boolean inProcess() {
        return this == SINGLE_PROCESS;
    }

    /** The model named {@code flag}; throws with the choices when there is none. */
    public static ProcessModel parse(String flag) {
        for (ProcessModel model : values()) {
            if (model.flag.equals(flag)) return model;
        }
        throw new IllegalArgumentException("--process-model must be per-tab, per-site or single-process, got " + flag);
    }
}
