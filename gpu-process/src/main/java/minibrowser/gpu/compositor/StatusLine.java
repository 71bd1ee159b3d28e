package minibrowser.gpu.compositor;

import minibrowser.proto.BrowserUi;

/** Draws the status line, one row in inverse colours: {@code ui.status}, cut to fit. */
final class StatusLine {

    /** Draws the line into {@code row} of the canvas. */
    void draw(CellCanvas canvas, int row, BrowserUi ui) {
        CellRect clip = canvas.clip();
        canvas.fill(new CellRect(clip.column(), row, clip.width(), 1), UiColors.STATUS_TEXT, UiColors.STATUS_BACKGROUND);
        int room = clip.width() - 1;
        String status = Truncation.keepStart(ui.getStatus(), room);
        canvas.text(clip.column() + 1, row, status, room, UiColors.STATUS_TEXT, UiColors.STATUS_BACKGROUND);
    }
}
