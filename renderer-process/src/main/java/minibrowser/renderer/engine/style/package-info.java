/**
 * Stage 2 of the pipeline: style. Turns the DOM (a jsoup {@code Document}) into a
 * tree of {@link minibrowser.renderer.engine.style.StyledNode}s, each element carrying
 * its {@link minibrowser.renderer.engine.style.ComputedStyle}.
 *
 * <p>How: {@link minibrowser.renderer.engine.style.CssParser} reads style sheets into
 * {@link minibrowser.renderer.engine.style.StyleRule}s; the
 * {@link minibrowser.renderer.engine.style.Cascade} finds the declarations that apply
 * to an element (user-agent sheet, presentational attributes, author sheets, the
 * {@code style} attribute; ordered by importance, specificity and order, CSS Cascade 4
 * section 6); {@link minibrowser.renderer.engine.style.StyleComputer} turns the winning
 * values into computed values, inheriting from the parent.
 *
 * <p>Why a library parses the CSS: tokenizing CSS correctly (escapes, strings, comments,
 * {@code url()}, nested blocks, error recovery that drops one bad declaration and keeps
 * the rest) is a specification of its own (CSS Syntax 3) and a classic source of bugs in
 * hand-written parsers, while it teaches little about how a browser lays out a page. So
 * the engine hands the text to ph-css (Apache-2.0, maintained, grammar-generated,
 * "browser compliant" error recovery), behind one class,
 * {@link minibrowser.renderer.engine.style.CssReader}. What a reader of this package
 * should learn stays here, in our code: the cascade, selector matching and specificity
 * ({@link minibrowser.renderer.engine.style.Selector}, built from the library's model by
 * {@link minibrowser.renderer.engine.style.SelectorBuilder}), shorthand expansion,
 * computed values, media queries.
 *
 * <p>Animations and transitions are applied between the cascade and the computed values
 * ({@link minibrowser.renderer.engine.animation.DocumentAnimations}).
 *
 * <p>Non-goals: the CSSOM (scripts change style through the {@code style} attribute only), {@code :hover}
 * and other dynamic pseudo-classes, pseudo-elements ({@code ::before}), custom
 * properties ({@code var()}), {@code calc()}, {@code @supports} (its rules are skipped),
 * media features beyond width, height, orientation and colour scheme, web fonts
 * ({@code @font-face}), grid, vertical writing modes.
 */
package minibrowser.renderer.engine.style;
