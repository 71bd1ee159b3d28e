package minibrowser.browser.children;

/** The kinds of child process, as named on the {@code --type} switch and in {@code ctl ps}. */
public enum ChildType {
    RENDERER("renderer", false, true),
    /** Every renderer and the plugin send it frames; it draws on the terminal, so it is not sandboxed. */
    GPU("gpu", true, false),
    PLUGIN("plugin", false, true);

    private final String switchValue;
    private final boolean reachedByEveryChild;
    private final boolean sandboxed;

    ChildType(String switchValue, boolean reachedByEveryChild, boolean sandboxed) {
        this.switchValue = switchValue;
        this.reachedByEveryChild = reachedByEveryChild;
        this.sandboxed = sandboxed;
    }

    /** "renderer", "gpu" or "plugin". */
    public String label() {
        return switchValue;
    }

    /** True when other children connect to it, so its socket lies in the shared {@code sockets/} directory. */
    public boolean reachedByEveryChild() {
        return reachedByEveryChild;
    }

    /** True for the kinds that run page content or embeds: started in the OS sandbox where it can be had ({@link ChildSandbox}). */
    public boolean sandboxed() {
        return sandboxed;
    }
}
