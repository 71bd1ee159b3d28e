package minibrowser.browser;

/**
 * Ids for shared-memory buffers, tabs' frame buffers and plugin surfaces alike: the gpu
 * keys the buffers registered with it by id, so no two may share one. Used on browser-ui.
 */
final class BufferIds {
    private int next = 1;

    int next() {
        return next++;
    }
}
