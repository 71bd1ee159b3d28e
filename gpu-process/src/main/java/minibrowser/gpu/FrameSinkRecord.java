package minibrowser.gpu;

/**
 * What the browser told the gpu about one frame sink: the tab or plugin instance
 * whose frames arrive with this token. Callers are identified by their token,
 * never by what their messages say.
 */
record FrameSinkRecord(String token, int tab, int pluginInstance) {
    boolean isTab() {
        return tab > 0;
    }
}
