/**
 * Stage 3 of the pipeline: layout. Turns the style tree into a tree of boxes with
 * positions and sizes in CSS pixels (CSS 2.1 visual formatting model, chapters 8-10
 * and 17), measuring text with the {@link minibrowser.renderer.engine.Device}.
 *
 * <p>How: {@link minibrowser.renderer.engine.layout.BoxTreeBuilder} makes the boxes
 * ({@link minibrowser.renderer.engine.layout.BlockBox} for blocks, anonymous blocks
 * around runs of inline content, {@link minibrowser.renderer.engine.layout.TableBox}
 * for tables, {@link minibrowser.renderer.engine.layout.ReplacedBox} for images and
 * embeds); {@link minibrowser.renderer.engine.layout.BlockLayout} stacks blocks with
 * margin collapsing and floats; {@link minibrowser.renderer.engine.layout.InlineLayout}
 * breaks inline content into {@link minibrowser.renderer.engine.layout.LineBox}es of
 * {@link minibrowser.renderer.engine.layout.TextFragment}s;
 * {@link minibrowser.renderer.engine.layout.TableLayout} sizes columns from the cells'
 * content. Every box prints itself ({@link minibrowser.renderer.engine.layout.LayoutBox#treeText()}),
 * which is what layout tests compare.
 *
 * <p>Also here: {@link minibrowser.renderer.engine.layout.FlexLayout} (a basic flex row
 * or column), {@link minibrowser.renderer.engine.layout.PositionedLayout} ({@code position:
 * relative}, {@code absolute}, {@code fixed} as absolute against the first viewport),
 * {@code rowspan} and {@code colspan} in {@link minibrowser.renderer.engine.layout.TableLayout},
 * {@code overflow: hidden} (a new formatting context here; the clip is painted).
 *
 * <p>Non-goals: grid layout (laid out as blocks), the rest of flexbox (order, basis,
 * reverse directions, align-self, growing in a column), z-index and sticky positioning
 * (sticky is relative), scrolling inner boxes, vertical writing and bidirectional text,
 * hyphenation, transforms, multi-column layout, inline elements with relative offsets
 * (only boxes move), absolute boxes inside a line (they break the line into blocks).
 */
package minibrowser.renderer.engine.layout;
