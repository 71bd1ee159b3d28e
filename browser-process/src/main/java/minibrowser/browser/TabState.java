package minibrowser.browser;

/** What a tab is doing, as {@code ctl tabs} and the tab strip show it. */
public enum TabState {
    LOADING("loading"),
    READY("ready"),
    CRASHED("crashed"),
    UNRESPONSIVE("unresponsive");

    private final String label;

    TabState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
