package minibrowser.common;

import minibrowser.proto.TabId;

/**
 * The {@code TabId} message of {@code common.proto} made from the int every process
 * keeps a tab's id in. Only the browser chooses the number; a child only repeats one
 * it was given.
 */
public final class TabIds {
    private TabIds() {}

    /** The message naming tab {@code id}. */
    public static TabId of(int id) {
        return TabId.newBuilder().setValue(id).build();
    }
}
