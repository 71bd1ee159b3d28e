package minibrowser.renderer.engine.style;

/**
 * The computed {@code display} of an element: how it takes part in layout.
 * Flex and grid containers are laid out as blocks (non-goal: flex and grid layout).
 */
public enum Display {
    BLOCK, INLINE, INLINE_BLOCK, LIST_ITEM, NONE,
    TABLE, TABLE_ROW_GROUP, TABLE_ROW, TABLE_CELL, TABLE_CAPTION,
    /** {@code table-column} and {@code table-column-group}: generate no box. */
    TABLE_COLUMN;

    /** True for displays that start a new block in the flow. */
    public boolean isBlockLevel() {
        return this != INLINE && this != INLINE_BLOCK && this != NONE;
    }
}
