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
 * <p>Non-goals: flexbox and grid (laid out as blocks), positioning ({@code position:
 * absolute/fixed/relative} are ignored), vertical writing and bidirectional text,
 * hyphenation, {@code rowspan}, overflow clipping and scrolling of inner boxes,
 * transforms, multi-column layout.
 */
package minibrowser.renderer.engine.layout;
