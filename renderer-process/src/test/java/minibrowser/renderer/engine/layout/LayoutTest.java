package minibrowser.renderer.engine.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.engine.TestDevice;
import org.junit.jupiter.api.Test;

/**
 * Layout through the engine with {@link TestDevice} metrics (16px text: 8px per
 * character, 20px lines, baseline 16px down), comparing printed layout trees.
 */
class LayoutTest {

    private String layout(String html, int width) {
        return new Engine(new TestDevice()).render(html, "http://x/", width, 600, ResourceLoader.none()).layoutTreeText();
    }

    @Test
    void textWrapsAcrossStyledRuns() {
        String tree = layout("<body style='margin:0'><p style='margin:0'>aaa bbb <b>ccc ddd</b> eee", 80);
        // The space after "bbb" ends the first line and is dropped there (CSS Text 3, section 4.1.2).
        assertEquals("""
                block <html> (0,0 80x60)
                  block <body> (0,0 80x60)
                    block <p> (0,0 80x60)
                      line (0,0 80x20)
                        text "aaa bbb" (0,0 56x20)
                      line (0,20 80x20)
                        text "ccc ddd" (0,20 56x20)
                      line (0,40 80x20)
                        text "eee" (0,40 24x20)
                """, tree);
    }

    @Test
    void marginsCollapseBetweenSiblingsAndThroughParents() {
        String tree = layout("<body style='margin:0'><div style='margin-bottom:30px'>a</div><div style='margin-top:20px'><p style='margin-top:40px'>b</p></div>", 200);
        assertTrue(tree.contains("block <div> (0,0 200x20)"), tree);
        // 30 and 20 and 40 collapse to 40: the second div starts at 20 + 40.
        assertTrue(tree.contains("block <div> (0,60 200x20)"), tree);
        assertTrue(tree.contains("block <p> (0,60 200x20)"), tree);
    }

    @Test
    void paddingBorderAndCenteredWidth() {
        String tree = layout("<body style='margin:0'><div style='width:100px; margin: 0 auto; padding: 5px; border: 2px solid'>x</div>", 300);
        assertTrue(tree.contains("block <div> (93,0 114x34)"), tree);
        assertTrue(tree.contains("line (100,7 100x20)"), tree);
    }

    @Test
    void preKeepsSpacesAndNewlines() {
        String tree = layout("<pre>a  b\n  c</pre>", 400);
        assertTrue(tree.contains("text \"a  b\" (8,13 26x16)"), tree);
        assertTrue(tree.contains("text \"  c\" (8,29 19x16)"), tree);
    }

    @Test
    void brBreaksLinesAndHrIsABlock() {
        String tree = layout("<p style='margin:0'>one<br>two</p><hr>", 400);
        assertTrue(tree.contains("text \"one\" (8,8 24x20)"), tree);
        assertTrue(tree.contains("text \"two\" (8,28 24x20)"), tree);
        assertTrue(tree.contains("block <hr> (8,56 384x2)"), tree);
    }

    @Test
    void listItemsGetMarkers() {
        String tree = layout("<ol><li>a<li>b</ol><ul><li>c</ul>", 400);
        assertTrue(tree.contains("list-item <li> (48,16 344x20)"), tree);
        var page = new Engine(new TestDevice()).render("<ol start=3><li>a<li>b</ol><ul><li>c</ul>", "", 400, 600, ResourceLoader.none());
        String list = page.displayList().toString();
        assertTrue(list.contains("\"3.\""), list);
        assertTrue(list.contains("\"4.\""), list);
        assertTrue(list.contains("\"•\""), list);
    }

    @Test
    void textAlignCenterAndRight() {
        String tree = layout("<body style='margin:0'><p style='text-align:center;margin:0'>ab</p><p style='text-align:right;margin:0'>ab</p>", 100);
        assertTrue(tree.contains("text \"ab\" (42,0 16x20)"), tree);
        assertTrue(tree.contains("text \"ab\" (84,20 16x20)"), tree);
    }

    @Test
    void tableColumnsFitTheirContent() {
        String tree = layout("<body style='margin:0'><table cellspacing=0><tr><td>aa<td>bbbb<tr><td colspan=2>cccccccccc</table>", 400);
        // cell padding 1px each side: 'aa' needs 18, 'bbbb' 34; the spanning cell needs 82 and widens both.
        assertTrue(tree.contains("table <table> (0,0 82x44)"), tree);
        assertTrue(tree.contains("cell <td> (0,22 82x22)"), tree);
    }

    @Test
    void floatsLetTextFlowBeside() {
        String tree = layout("<body style='margin:0'><div style='float:left;width:50px;height:50px'></div><p style='margin:0'>text beside</p>", 200);
        assertTrue(tree.contains("float <div> (0,0 50x50)"), tree);
        assertTrue(tree.contains("line (50,0 150x20)"), tree);
    }

    @Test
    void inlineBlockSitsOnTheLine() {
        String tree = layout("<body style='margin:0'>a <span style='display:inline-block;border:1px solid'>box</span> b", 400);
        assertTrue(tree.contains("inline-block <span> (16,0 26x22)"), tree);
    }

    @Test
    void flexRowsPlaceItemsSideBySide() {
        String tree = layout("<body style='margin:0'><nav style='display:flex'><a href=a>Home</a> <div>About</div></nav>", 400);
        assertTrue(tree.contains("flex-item <a> (0,0 32x20)"), tree);
        assertTrue(tree.contains("flex-item <div> (32,0 40x20)"), tree);
    }

    @Test
    void textIndentAndInlinePaddingMakeRoom() {
        String tree = layout("<body style='margin:0'><p style='margin:0;text-indent:16px'>ab <span style='padding:0 4px'>cd</span>ef", 400);
        assertTrue(tree.contains("text \"ab \" (16,0 24x20)"), tree);
        assertTrue(tree.contains("text \"cd\" (44,0 16x20)"), tree);
        assertTrue(tree.contains("text \"ef\" (64,0 16x20)"), tree);
    }

    @Test
    void gluedWordsAcrossElementsWrapTogether() {
        String tree = layout("<body style='margin:0'><p style='margin:0'>aaaa bb<b>cc</b>", 64);
        assertTrue(tree.contains("line (0,20 64x20)\n        text \"bb\" (0,20 16x20)\n        text \"cc\" (16,20 16x20)"), tree);
    }

    @Test
    void displayNoneHidesAndInlineBecomesBlock() {
        String tree = layout("<p style='display:none'>gone</p><span style='display:block'>blocky</span>", 400);
        assertTrue(!tree.contains("gone"), tree);
        assertTrue(tree.contains("block <span>"), tree);
    }
}
