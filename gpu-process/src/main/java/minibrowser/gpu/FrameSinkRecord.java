package minibrowser.gpu;

import minibrowser.common.ipc.Caller;
import minibrowser.proto.CallerKind;

/**
 * What the browser told the gpu about one frame sink: the tab or plugin instance
 * whose frames arrive with this token. Callers are identified by their token,
 * never by what their messages say.
 */
record FrameSinkRecord(String token, int tab, int pluginInstance) {
    boolean isTab() {
        return tab > 0;
    }

    /** Who a call with this token is: a tab's compositor or a plugin instance. */
    Caller asCaller() {
        return new Caller(isTab() ? CallerKind.CALLER_KIND_TAB_FRAME_SINK : CallerKind.CALLER_KIND_PLUGIN_FRAME_SINK, this);
    }
}
