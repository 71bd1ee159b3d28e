package minibrowser.gpu.compositor;

import minibrowser.proto.BrowserUi;

/**
 * Draws the address bar, one row: the address, and while the user edits it a
 * cursor block after the last character.
 *
 * <p>An address too long for the row shows its start, cut with an ellipsis; while
 * editing it shows its end instead, where the user is typing.
 */
final class AddressBar {

    /** Draws the bar into {@code row} of the canvas. */
    void draw(CellCanvas canvas, int row, BrowserUi ui) {
        CellRect clip = canvas.clip();
        boolean editing = ui.getEditingAddress();
        int bg = editing ? UiColors.ADDRESS_EDITING_BACKGROUND : UiColors.ADDRESS_BACKGROUND;
        canvas.fill(new CellRect(clip.column(), row, clip.width(), 1), UiColors.TEXT, bg);
        int room = clip.width() - 1 - (editing ? 1 : 0);
        String address = editing
                ? Truncation.keepEnd(ui.getAddress(), room)
                : Truncation.keepStart(ui.getAddress(), room);
        int used = canvas.text(clip.column() + 1, row, address, room, UiColors.TEXT, bg);
        if (editing) {
            canvas.character(clip.column() + 1 + used, row, ' ', UiColors.CURSOR, UiColors.CURSOR);
        }
    }
}
