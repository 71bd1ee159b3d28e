/**
 * The DOM as a document's scripts see it: one script object per jsoup node, made when a
 * script first reaches it ({@link minibrowser.renderer.script.dom.DomBinding}), over the
 * very tree the engine lays out, so a script's change is the page's change. Nodes,
 * elements and the document ({@code NodeObject}, {@code ElementObject},
 * {@code DocumentObject}); what hangs off an element ({@code StyleObject},
 * {@code ClassListObject}, {@code DatasetObject}, {@code FormControls}); events, their
 * listeners and their dispatch through capture, target and bubble
 * ({@code EventObject}, {@code EventListeners}, {@code EventDispatch}).
 *
 * <p>Every object is a {@link minibrowser.renderer.script.dom.HostObject}: its properties
 * are answered by code written here, never by reflection, so a script sees these names
 * and nothing of Java behind them. Renderer-main only. Where this DOM stops (snapshots
 * instead of live collections, no layout queries...) is listed in
 * {@code minibrowser.renderer.script}'s package comment.
 */
package minibrowser.renderer.script.dom;
