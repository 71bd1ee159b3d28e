package minibrowser.browser.children;

/** The kinds of child process, as named on the {@code --type} switch and in {@code ctl ps}. */
public enum ChildType {
    RENDERER("renderer"),
    GPU("gpu"),
    PLUGIN("plugin");

    private final String switchValue;

    ChildType(String switchValue) {
        this.switchValue = switchValue;
    }

    /** "renderer", "gpu" or "plugin". */
    public String label() {
        return switchValue;
    }
}
