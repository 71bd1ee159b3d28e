package minibrowser.browser.children;

import minibrowser.proto.CallerKind;

/** The kinds of child process, as named on the {@code --type} switch and in {@code ctl ps}. */
public enum ChildType {
    RENDERER("renderer", CallerKind.CALLER_KIND_RENDERER, false, true),
    /** Every renderer and the plugin send it frames; it draws on the terminal, so it is not sandboxed. */
    GPU("gpu", CallerKind.CALLER_KIND_GPU, true, false),
    PLUGIN("plugin", CallerKind.CALLER_KIND_PLUGIN, false, true);

    private final String switchValue;
    private final CallerKind callerKind;
    private final boolean reachedByEveryChild;
    private final boolean sandboxed;

    ChildType(String switchValue, CallerKind callerKind, boolean reachedByEveryChild, boolean sandboxed) {
        this.switchValue = switchValue;
        this.callerKind = callerKind;
        this.reachedByEveryChild = reachedByEveryChild;
        this.sandboxed = sandboxed;
    }

    /** What a call carrying the secret of a child of this type is, for the contracts' {@code callers} options. */
    public CallerKind callerKind() {
        return callerKind;
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
