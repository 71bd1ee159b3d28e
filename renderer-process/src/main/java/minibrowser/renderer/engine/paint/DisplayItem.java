package minibrowser.renderer.engine.paint;

import minibrowser.renderer.engine.Rect;

/**
 * One drawing command of a {@link DisplayList}. Items are immutable records in page
 * coordinates; each prints itself on one line.
 */
public sealed interface DisplayItem
        permits FillRect, StrokeBorder, DrawText, DrawImage, EmbedPlaceholder, PushClip, PopClip {

    /**
     * The area the item may touch, in page coordinates (for text an estimate from the font
     * size, generous on the right). Rasterizers skip items outside the tile they fill.
     */
    Rect bounds();
}
