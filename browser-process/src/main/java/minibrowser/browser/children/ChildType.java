package minibrowser.browser.children;

import minibrowser.proto.CallerKind;

/** The kinds of child process, as named on the {@code --type} switch and in {@code ctl ps}. */
public enum ChildType {
    RENDERER("renderer", CallerKind.CALLER_KIND_RENDERER),
    GPU("gpu", CallerKind.CALLER_KIND_GPU),
    PLUGIN("plugin", CallerKind.CALLER_KIND_PLUGIN);

    private final String switchValue;
    private final CallerKind callerKind;

    ChildType(String switchValue, CallerKind callerKind) {
        this.switchValue = switchValue;
        this.callerKind = callerKind;
    }

    /** What a call carrying the secret of a child of this type is, for the contracts' {@code callers} options. */
    public CallerKind callerKind() {
        return callerKind;
    }

    /** "renderer", "gpu" or "plugin". */
    public String label() {
        return switchValue;
    }
}
