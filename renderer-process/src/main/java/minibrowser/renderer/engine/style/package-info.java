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
 * <p>Non-goals: JavaScript and the CSSOM, animations and transitions, {@code :hover}
 * and other dynamic pseudo-classes, pseudo-elements ({@code ::before}), custom
 * properties ({@code var()}), {@code calc()}, media queries beyond "not print",
 * web fonts, grid and flex properties, vertical writing modes.
 */
package minibrowser.renderer.engine.style;
