package minibrowser.renderer.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event loop and the DOM bindings, checked through what a page's scripts do to the page. */
class DocumentScriptsTest {

    @Test
    void scriptsChangeTheDomAndTheLayoutFollows() {
        ScriptedPage page = new ScriptedPage("<body><ul id=list></ul><script>"
                + "var ul = document.getElementById('list');"
                + "['a','b'].forEach(function (t) { var li = document.createElement('li'); li.textContent = t; ul.appendChild(li); });"
                + "</script>");
        assertEquals("<li>a</li><li>b</li>", page.dom().getElementById("list").html());
        assertTrue(page.layoutTree().contains("text \"a\""), page.layoutTree());
        assertTrue(page.renders() >= 1);
    }

    @Test
    void orderOfScriptsTimersMicrotasksAndEvents() {
        ScriptedPage page = new ScriptedPage("<script>"
                + "var log = [];"
                + "document.addEventListener('DOMContentLoaded', function () { log.push('dcl ' + document.readyState); });"
                + "window.addEventListener('load', function () { log.push('load ' + document.readyState); });"
                + "setTimeout(function () { log.push('timeout'); console.log(log.join(',')); }, 300);"
                + "Promise.resolve().then(function () { log.push('microtask'); });"
                + "log.push('script ' + document.readyState);"
                + "</script><script src=later.js defer></script>",
                "http://example.test/", Map.of("http://example.test/later.js", "log.push('defer');"));
        assertEquals(List.of("log: script loading,microtask,defer,dcl interactive,load complete,timeout"), page.console());
    }

    @Test
    void clicksCaptureAndBubbleAndCanBeCancelled() {
        ScriptedPage page = new ScriptedPage("<div id=outer><a id=link href=/next><b id=inner>go</b></a></div><script>"
                + "var seen = [];"
                + "document.getElementById('outer').addEventListener('click', function (e) { seen.push('capture outer'); }, true);"
                + "document.getElementById('inner').addEventListener('click', function (e) { seen.push('target ' + e.target.id); });"
                + "document.getElementById('outer').addEventListener('click', function (e) { seen.push('bubble outer'); console.log(seen.join(',')); if (window.stop) e.preventDefault(); });"
                + "</script>");
        assertEquals(Optional.of("http://example.test/next"), page.click("#inner"));
        assertEquals("log: capture outer,target inner,bubble outer", page.console().get(0));
    }

    @Test
    void anUncaughtErrorIsReportedAndTheNextScriptRuns() {
        ScriptedPage page = new ScriptedPage("<script>undefinedFunction();</script><script>console.log('second')</script>");
        assertTrue(page.console().get(0).startsWith("error: Uncaught ReferenceError"), page.console().toString());
        assertEquals("log: second", page.console().get(1));
    }

    @Test
    void noScriptReachesJava() {
        ScriptedPage page = new ScriptedPage("<script>"
                + "var probes = ['typeof java', 'typeof Packages', 'typeof JavaAdapter', 'typeof importClass', 'typeof getClass'];"
                + "probes.forEach(function (p) { console.log(p + '=' + eval(p)); });"
                + "try { console.log(String(document.getClass())); } catch (e) { console.log('no getClass'); }"
                + "try { console.log(String(document.body.constructor.constructor('return java')())); } catch (e) { console.log('no java: ' + e.name); }"
                + "</script>");
        assertEquals(List.of("log: typeof java=undefined", "log: typeof Packages=undefined", "log: typeof JavaAdapter=undefined",
                "log: typeof importClass=undefined", "log: typeof getClass=undefined", "log: no getClass",
                "log: no java: ReferenceError"), page.console());
    }

    @Test
    void recursionWithoutEndIsAnErrorNotACrash() {
        ScriptedPage page = new ScriptedPage("<script>function f() { return f() + 1; } f();</script><script>console.log('alive')</script>");
        assertTrue(page.console().get(0).startsWith("error: Uncaught"), page.console().toString());
        assertEquals("log: alive", page.console().get(1));
    }

    @Test
    void checkboxToggleAndFormSubmit() {
        ScriptedPage page = new ScriptedPage("<form action=/search><input id=q name=q value=cats>"
                + "<input type=checkbox id=c name=safe><button id=go>Go</button></form><script>"
                + "document.getElementById('c').addEventListener('change', function (e) { console.log('checked ' + e.target.checked); });"
                + "</script>");
        page.click("#c");
        assertEquals("log: checked true", page.console().get(0));
        assertEquals(Optional.of("http://example.test/search?q=cats&safe=on"), page.click("#go"));
        assertFalse(page.dom().getElementById("c").attr("checked").isEmpty() && !page.dom().getElementById("c").hasAttr("checked"));
    }

    @Test
    void windowOnloadPropertyAndBodyAttribute() {
        ScriptedPage property = new ScriptedPage("<script>window.onload = function () { console.log('loaded ' + document.readyState); };</script>");
        assertEquals(List.of("log: loaded complete"), property.console());
        ScriptedPage attribute = new ScriptedPage("<body onload=\"console.log('body onload')\"><p onclick=\"console.log('p ' + event.type)\">x</p>");
        attribute.click("p");
        assertEquals(List.of("log: body onload", "log: p click"), attribute.console());
    }

    @Test
    void whatFindsNothingIsNullAndDomErrorsCanBeCaught() {
        ScriptedPage page = new ScriptedPage("<div id=a></div><script>"
                + "console.log([document.getElementById('x'), document.querySelector('.x'), document.body.getAttribute('x'),"
                + " document.body.closest('p')].map(function (v) { return v === null; }).join(','));"
                + "try { document.getElementById('a').appendChild(document.body); } catch (e) { console.log(e.name + ' ' + (e instanceof Error)); }"
                + "</script>");
        assertEquals(List.of("log: true,true,true,true", "log: HierarchyRequestError true"), page.console());
    }
}
