package minibrowser.gpu.compositor;

/** The colours of the browser UI drawn around the page, as 0xRRGGBB. */
final class UiColors {

    static final int TEXT = 0x1E1E1E;
    static final int STRIP_BACKGROUND = 0xC8C8C8;
    static final int ACTIVE_TAB_TEXT = 0xFFFFFF;
    static final int ACTIVE_TAB_BACKGROUND = 0x1E1E1E;
    static final int CRASHED_MARK = 0xC62828;
    static final int UNRESPONSIVE_MARK = 0xB26A00;
    static final int ADDRESS_BACKGROUND = 0xF0F0F0;
    static final int ADDRESS_EDITING_BACKGROUND = 0xFFFFFF;
    static final int CURSOR = 0x1E1E1E;
    static final int STATUS_TEXT = 0xFFFFFF;
    static final int STATUS_BACKGROUND = 0x1E1E1E;
    static final int PAGE_BACKGROUND = 0xFFFFFF;
    static final int OVERLAY_BACKDROP = 0xDADADA;
    static final int OVERLAY_BOX = 0xFFFFFF;
    static final int OVERLAY_BORDER = 0x7A7A7A;
    static final int PLACEHOLDER_BACKGROUND = 0xB4B4B4;
    static final int PLACEHOLDER_TEXT = 0x1E1E1E;

    private UiColors() {
    }
}
