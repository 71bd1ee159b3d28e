package minibrowser.renderer.script.dom;

import org.jsoup.nodes.Element;

/**
 * The node behind a {@code DocumentFragment} ({@code document.createDocumentFragment()}):
 * a parentless holder of nodes that is never part of the document. Inserting it
 * anywhere inserts its children instead and leaves it empty (DOM Standard, "insert").
 * jsoup has no fragment node, so it is an element of a name no page can write.
 */
final class FragmentNode extends Element {
    FragmentNode() {
        super("#document-fragment");
    }
}
