package minibrowser.renderer.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parts of the DOM that script libraries (jQuery, Doxygen's tree, YARD's table of
 * contents) stand on: fragments, the inert document of {@code createHTMLDocument},
 * storage, computed styles and element sizes from a forced layout, and scripts a script
 * inserts. Each is checked by what a page reads back, in the 800 x 600 viewport of
 * {@link ScriptedPage} (the body's margin is 8 px, so a block is 784 px wide).
 */
class LibraryApisTest {

    @Test
    void aFragmentInsertsItsChildrenAndIsLeftEmpty() {
        ScriptedPage page = new ScriptedPage("<ul id=list></ul><script>"
                + "var f = document.createDocumentFragment();"
                + "['a', 'b'].forEach(function (t) { var li = document.createElement('li'); li.textContent = t; f.appendChild(li); });"
                + "document.getElementById('list').appendChild(f);"
                + "console.log(f.nodeType + ' ' + f.nodeName + ' ' + f.childNodes.length + ' ' + document.getElementById('list').children.length"
                + " + ' ' + (document.getElementById('list').firstChild.parentNode.id));"
                + "</script>");
        assertEquals(List.of("log: 11 #document-fragment 0 2 list"), page.console());
        assertEquals("<li>a</li><li>b</li>", page.dom().getElementById("list").html());
    }

    @Test
    void anInertDocumentParsesMarkupThatMovesIntoThePage() {
        ScriptedPage page = new ScriptedPage("<div id=host></div><script>"
                + "var inert = document.implementation.createHTMLDocument('');"
                + "inert.body.innerHTML = '<form></form><form></form><p>moved</p>';"
                + "var count = inert.body.childNodes.length;"
                + "document.getElementById('host').appendChild(inert.body.lastChild);"
                + "console.log(count + ' ' + inert.body.childNodes.length + ' ' + (inert.body.ownerDocument === inert));"
                + "</script>");
        assertEquals(List.of("log: 3 2 true"), page.console());
        assertEquals("<p>moved</p>", page.dom().getElementById("host").html());
    }

    @Test
    void storageKeepsStringsForTheDocumentsLife() {
        ScriptedPage page = new ScriptedPage("<script>"
                + "localStorage.setItem('width', 250);"
                + "sessionStorage.seen = 'yes';"
                + "console.log(typeof localStorage.getItem('width') + ' ' + localStorage.width + ' ' + localStorage.length"
                + " + ' ' + sessionStorage.getItem('seen') + ' ' + localStorage.getItem('none'));"
                + "localStorage.removeItem('width'); console.log(localStorage.length + ' ' + localStorage.key(0));"
                + "</script>");
        assertEquals(List.of("log: string 250 1 yes null", "log: 0 null"), page.console());
    }

    @Test
    void computedStylesAreTheValuesLayoutUsed() {
        ScriptedPage page = new ScriptedPage("<style>#box { width: 50%; padding: 4px 6px; color: #336699 } .gone { display: none }</style>"
                + "<div id=box>box</div><div class=gone><span id=inside>x</span></div><script>"
                + "var s = getComputedStyle(document.getElementById('box'));"
                + "console.log([s.width, s.paddingLeft, s.getPropertyValue('padding-top'), s.color, s.display, s.position].join(' '));"
                + "var hidden = getComputedStyle(document.querySelector('.gone'));"
                + "console.log(hidden.display + ' ' + getComputedStyle(document.getElementById('inside')).display);"
                + "document.getElementById('box').style.width = '100px';"
                + "console.log(getComputedStyle(document.getElementById('box')).width);"
                + "</script>");
        assertEquals(List.of("log: 392px 6px 4px rgb(51, 102, 153) block static", "log: none inline", "log: 100px"),
                page.console());
    }

    @Test
    void elementSizesComeFromAForcedLayout() {
        ScriptedPage page = new ScriptedPage("<body style='margin:0'><div id=a style='height:30px;border:2px solid'></div>"
                + "<div id=b style='width:200px;padding:10px;margin-left:40px'>text</div><p id=gone style='display:none'>x</p><script>"
                + "var a = document.getElementById('a'), b = document.getElementById('b');"
                + "var r = b.getBoundingClientRect();"
                + "console.log([a.offsetWidth, a.offsetHeight, a.clientWidth, a.clientTop, b.offsetWidth, b.offsetTop, r.left, r.top].join(' '));"
                + "console.log(document.getElementById('gone').offsetHeight + ' ' + document.getElementById('gone').getClientRects().length"
                + " + ' ' + b.getClientRects().length + ' ' + document.documentElement.clientHeight);"
                + "a.style.height = '50px'; console.log(b.offsetTop);"
                + "</script></body>");
        assertEquals(List.of("log: 800 34 796 2 220 34 40 34", "log: 0 0 1 600", "log: 54"), page.console());
    }

    @Test
    void anInsertedScriptRunsOnceAndThenFiresLoad() {
        ScriptedPage page = new ScriptedPage("<script>"
                + "var s = document.createElement('script');"
                + "s.onload = function () { console.log('loaded ' + window.fromLib); document.head.appendChild(s); };"
                + "s.src = 'lib.js';"
                + "document.head.appendChild(s);"
                + "var inline = document.createElement('script'); inline.text = 'window.inlineRan = 1;';"
                + "document.head.appendChild(inline); console.log('inline ' + window.inlineRan);"
                + "var missing = document.createElement('script'); missing.src = 'missing.js';"
                + "missing.onerror = function () { console.log('error event'); }; document.head.appendChild(missing);"
                + "</script>",
                "http://example.test/", Map.of("http://example.test/lib.js", "window.fromLib = (window.fromLib || 0) + 1;"));
        assertTrue(page.awaitConsole("error event"), page.console().toString());
        page.runUntilIdle();
        assertEquals(List.of("log: inline 1", "log: loaded 1"), page.console().stream().filter(l -> !l.contains("error")).toList());
    }
}
