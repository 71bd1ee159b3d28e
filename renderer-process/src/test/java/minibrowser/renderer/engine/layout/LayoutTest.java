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
        String tree = layout("<!DOCTYPE html><pre>a  b\n  c</pre>", 400);
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
        String tree = layout("<!DOCTYPE html><ol><li>a<li>b</ol><ul><li>c</ul>", 400);
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
    void flexBasisAndShrinkShareTheRow() {
        // flex: 5 1 is a basis of 0 that grows: the item takes all the room its fixed-width sibling leaves,
        // however wide its own text is, and a clipped item may shrink below its min-content width.
        String wide = "word ".repeat(100);
        String tree = layout("<body style='margin:0'><div style='display:flex'><nav style='width:20%'>Nav</nav>"
                + "<main style='flex:5 1'>" + wide + "</main></div>", 400);
        assertTrue(tree.contains("flex-item <nav> (0,0 80x"), tree);
        assertTrue(tree.contains("flex-item <main> (80,0 320x"), tree);
        tree = layout("<body style='margin:0'><div style='display:flex'><p style='margin:0;flex:0 0 300px'>a</p>"
                + "<p style='margin:0;flex:1 1 300px;overflow:hidden'>b</p><p style='margin:0;flex-shrink:0;width:50px'>c</p></div>", 400);
        assertTrue(tree.contains("flex-item <p> (0,0 300x"), tree);
        assertTrue(tree.contains("flex-item <p> (300,0 50x"), tree);
        assertTrue(tree.contains("flex-item <p> (350,0 50x"), tree);
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

    @Test
    void quirksModeDropsTheDefaultTopMarginOfACellsOrBodysFirstBlock() {
        String cell = "<table cellspacing=0><tr><td style='padding:0'><h2>Welcome</h2><p>text</p></td></tr></table>";
        String quirks = layout("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">" + cell, 400);
        assertTrue(quirks.contains("block <h2> (8,8 "), quirks);
        String standards = layout("<!DOCTYPE html>" + cell, 400);
        assertTrue(standards.contains("block <h2> (8,28 "), standards);
        String body = layout("<h1>Title</h1>", 400);   // no doctype: quirks
        assertTrue(body.contains("block <h1> (8,8 "), body);
    }

    @Test
    void aFixedTableIsOutOfTheFlowAtTheTopOfTheViewport() {
        String tree = layout("<!DOCTYPE html><table style='position:fixed;top:0;left:0;height:48px' width='100%' cellspacing=0>"
                + "<tr><td width='100%'>Top</td><td>Home</td></tr></table><p>after</p>", 400);
        assertTrue(tree.contains("absolute <table> (0,0 400x48)"), tree);
        assertTrue(tree.contains("cell <td> (0,0 366x48)"), tree);      // the 100% column takes what the other leaves
        assertTrue(tree.contains("cell <td> (366,0 34x48)"), tree);     // "Home" and its padding
        assertTrue(tree.contains("text \"after\" (8,16 "), tree);      // the paragraph ignores the table
    }

    @Test
    void columnWidthsFromColAndCellsAreHonoured() {
        String tree = layout("<!DOCTYPE html><table width='100%' cellspacing=0><colgroup><col width='150'><col></colgroup>"
                + "<tr><td style='padding:0'>a</td><td style='padding:0'>b</td></tr></table>", 400);
        assertTrue(tree.contains("cell <td> (8,8 150x20)"), tree);
        assertTrue(tree.contains("cell <td> (158,8 234x20)"), tree);
        String cells = layout("<!DOCTYPE html><table width='300' cellspacing=0><tr><td width='20%' style='padding:0'>a</td>"
                + "<td width='100' style='padding:0'>b</td><td style='padding:0'>c</td></tr></table>", 400);
        assertTrue(cells.contains("cell <td> (8,8 60x20)"), cells);
        assertTrue(cells.contains("cell <td> (68,8 100x20)"), cells);
        assertTrue(cells.contains("cell <td> (168,8 140x20)"), cells);
    }

    @Test
    void aCaptionStandsAboveTheTablesBorder() {
        String tree = layout("<!DOCTYPE html><table border=2 cellspacing=0><caption>Cap</caption><tr><td>x</td></tr></table>", 400);
        assertTrue(tree.contains("caption <caption> (8,8 "), tree);
        assertTrue(tree.contains("table <table> (8,28 "), tree);
    }

    @Test
    void aBrokenImageWithAltTextIsInlineTextInStandardsModeAndABoxInQuirksMode() {
        String img = "<p>a <img src='gone.png' width=200 height=100 alt='Gone'> b";
        java.util.Map<String, int[]> broken = java.util.Map.of("http://x/gone.png", new int[] {0, 0});
        Engine engine = new Engine(new TestDevice());
        String standards = engine.render("<!DOCTYPE html>" + img, "http://x/", 400, 600, ResourceLoader.none(), broken).layoutTreeText();
        assertTrue(standards.contains("text \"Gone\" (40,16 32x20)"), standards);   // after "a " and the 16 px icon
        assertTrue(standards.contains("broken-image icon (24,16 16x16)"), standards);   // drawn, never fetched
        assertTrue(!standards.contains("image \""), standards);
        String quirks = engine.render(img, "http://x/", 400, 600, ResourceLoader.none(), broken).layoutTreeText();
        assertTrue(quirks.contains("image \"http://x/gone.png\" (24,8 200x100)"), quirks);
        String loading = engine.render("<!DOCTYPE html>" + img, "http://x/", 400, 600, ResourceLoader.none()).layoutTreeText();
        assertTrue(loading.contains("image \"http://x/gone.png\" (24,16 200x100)"), loading);   // not known to be broken yet
    }

    @Test
    void aFloatedImageFloatsAndAnImageWithoutSizeTakesItsAttributesRatio() {
        String tree = layout("<!DOCTYPE html><p><img src='i.png' align=right width=50 height=40>text", 400);
        assertTrue(tree.contains("float (342,16 50x40)"), tree);
        assertTrue(tree.contains("text \"text\" (8,16 "), tree);
        String ratio = layout("<!DOCTYPE html><img src='i.png' width=300 height=100 style='width:150px;height:auto'>", 400);
        assertTrue(ratio.contains("image \"http://x/i.png\" (8,8 150x50)"), ratio);
    }
}
