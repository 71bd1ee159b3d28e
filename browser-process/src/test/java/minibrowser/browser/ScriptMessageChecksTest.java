package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import minibrowser.common.ScriptMessages;
import minibrowser.proto.ConsoleLevel;
import minibrowser.proto.ConsoleMessageRequest;
import minibrowser.proto.DialogKind;
import minibrowser.proto.HttpMethod;
import minibrowser.proto.RequestNavigationRequest;
import minibrowser.proto.RunDialogRequest;
import minibrowser.proto.ScriptFetchRequest;
import minibrowser.proto.TabId;
import minibrowser.proto.Url;
import org.junit.jupiter.api.Test;

/**
 * The checks on what a page's script asks of the browser ({@link RendererMessageChecks}:
 * console, dialog, navigation, script fetch): what kills the renderer, what is a race
 * (an older document of the tab) and only dropped, and that honest messages pass.
 */
class ScriptMessageChecksTest {
    private static final long LATEST = 7;

    private static RendererTabs owns3() {
        RendererTabs tabs = new RendererTabs();
        tabs.add(3);
        return tabs;
    }

    private static TabId tab(int id) {
        return TabId.newBuilder().setValue(id).build();
    }

    private static void assertBad(Verdict verdict, String words) {
        assertEquals(Verdict.Action.KILL, verdict.action(), "should be a bad message: " + words + " (" + verdict + ")");
        assertTrue(verdict.reason().contains(words), verdict.reason());
    }

    private static ConsoleMessageRequest.Builder console() {
        return ConsoleMessageRequest.newBuilder().setTab(tab(3)).setLevel(ConsoleLevel.CONSOLE_LEVEL_LOG).setText("hi")
                .setSource("http://a.test/app.js:12");
    }

    @Test
    void consoleMessages() {
        assertEquals(Verdict.ACCEPT, RendererMessageChecks.console(owns3(), console().build()));
        assertEquals(Verdict.ACCEPT, RendererMessageChecks.console(owns3(),
                console().setText("x".repeat(ScriptMessages.MAX_CONSOLE_CHARS)).setSource("").build()));
        assertBad(RendererMessageChecks.console(owns3(), console().setTab(tab(4)).build()), "tab 4, which it does not draw");
        assertBad(RendererMessageChecks.console(owns3(), console().setText("x".repeat(ScriptMessages.MAX_CONSOLE_CHARS + 1))
                .build()), "console message of 8193 characters");
        assertBad(RendererMessageChecks.console(owns3(), console().setLevel(ConsoleLevel.CONSOLE_LEVEL_UNSPECIFIED).build()),
                "without a level");
        assertBad(RendererMessageChecks.console(owns3(), console().setLevelValue(99).build()), "without a level");
        assertBad(RendererMessageChecks.console(owns3(), console().setSource("a.js:1\nforged line").build()),
                "control character");
    }

    private static RunDialogRequest.Builder dialog() {
        return RunDialogRequest.newBuilder().setTab(tab(3)).setNavigationId(LATEST).setKind(DialogKind.DIALOG_KIND_PROMPT)
                .setMessage("name?").setDefaultValue("ann");
    }

    @Test
    void dialogs() {
        assertEquals(Verdict.ACCEPT, RendererMessageChecks.dialog(owns3(), dialog().build(), LATEST));
        assertBad(RendererMessageChecks.dialog(owns3(), dialog().setKind(DialogKind.DIALOG_KIND_UNSPECIFIED).build(), LATEST),
                "without a kind");
        assertBad(RendererMessageChecks.dialog(owns3(), dialog().setMessage("m".repeat(ScriptMessages.MAX_DIALOG_CHARS + 1))
                .build(), LATEST), "dialog text of 8193 characters");
        assertBad(RendererMessageChecks.dialog(owns3(), dialog().setDefaultValue("d".repeat(ScriptMessages.MAX_DIALOG_CHARS + 1))
                .build(), LATEST), "dialog text of");
        assertBad(RendererMessageChecks.dialog(owns3(), dialog().setNavigationId(LATEST + 1).build(), LATEST),
                "navigation 8, which the browser never started");
        assertBad(RendererMessageChecks.dialog(owns3(), dialog().setNavigationId(0).build(), LATEST), "never started");
        // A dialog from the page the tab just left: a race, the renderer lives.
        Verdict older = RendererMessageChecks.dialog(owns3(), dialog().setNavigationId(LATEST - 1).build(), LATEST);
        assertEquals(Verdict.Action.DROP, older.action(), older.toString());
        assertTrue(older.reason().contains("which the tab has left"), older.reason());
    }

    @Test
    void navigationRequests() {
        RequestNavigationRequest.Builder go = RequestNavigationRequest.newBuilder().setTab(tab(3)).setNavigationId(LATEST)
                .setUrl(Url.newBuilder().setSpec("http://a.test/next"));
        assertEquals(Verdict.ACCEPT, RendererMessageChecks.navigation(owns3(), go.build(), LATEST));
        // The checks judge the message's shape only: a URL a page may not open is NavigationPolicy's (refused, not killed).
        assertEquals(Verdict.ACCEPT, RendererMessageChecks.navigation(owns3(),
                go.setUrl(Url.newBuilder().setSpec("about:crash")).build(), LATEST));
        assertBad(RendererMessageChecks.navigation(owns3(), go.setUrl(Url.newBuilder().setSpec("")).build(), LATEST),
                "an empty URL");
        assertBad(RendererMessageChecks.navigation(owns3(), go.setUrl(Url.newBuilder().setSpec("http://a.test/\n")).build(),
                LATEST), "control character");
        assertEquals(Verdict.Action.DROP, RendererMessageChecks.navigation(owns3(), go.setNavigationId(2)
                .setUrl(Url.newBuilder().setSpec("http://a.test/")).build(), LATEST).action());
    }

    private static ScriptFetchRequest.Builder fetch() {
        return ScriptFetchRequest.newBuilder().setTab(tab(3)).setNavigationId(LATEST)
                .setUrl(Url.newBuilder().setSpec("http://a.test/api")).setMethod(HttpMethod.HTTP_METHOD_POST)
                .setBody(ByteString.copyFromUtf8("{}")).setContentType("application/json");
    }

    @Test
    void scriptFetches() {
        assertEquals(Verdict.ACCEPT, RendererMessageChecks.scriptFetch(owns3(), fetch().build(), LATEST));
        assertEquals(Verdict.ACCEPT, RendererMessageChecks.scriptFetch(owns3(),
                fetch().setMethod(HttpMethod.HTTP_METHOD_GET).clearBody().clearContentType().build(), LATEST));
        assertBad(RendererMessageChecks.scriptFetch(owns3(), fetch().setMethod(HttpMethod.HTTP_METHOD_UNSPECIFIED).build(),
                LATEST), "without a method");
        assertBad(RendererMessageChecks.scriptFetch(owns3(), fetch().setMethodValue(42).build(), LATEST), "without a method");
        assertBad(RendererMessageChecks.scriptFetch(owns3(), fetch().setMethod(HttpMethod.HTTP_METHOD_GET).build(), LATEST),
                "a GET with a body");
        assertBad(RendererMessageChecks.scriptFetch(owns3(), fetch().setMethod(HttpMethod.HTTP_METHOD_HEAD).build(), LATEST),
                "a HEAD with a body");
        assertBad(RendererMessageChecks.scriptFetch(owns3(), fetch()
                .setBody(ByteString.copyFrom(new byte[ScriptMessages.MAX_FETCH_BODY_BYTES + 1])).build(), LATEST),
                "a body of 1048577 bytes");
        assertBad(RendererMessageChecks.scriptFetch(owns3(), fetch().setContentType("text/plain\r\nX-Forged: 1").build(),
                LATEST), "control character");
        assertBad(RendererMessageChecks.scriptFetch(owns3(), fetch().setTab(tab(9)).build(), LATEST), "tab 9");
        assertBad(RendererMessageChecks.scriptFetch(owns3(), fetch().setNavigationId(-3).build(), LATEST), "never started");
        assertEquals(Verdict.Action.DROP, RendererMessageChecks.scriptFetch(owns3(), fetch().setNavigationId(1).build(),
                LATEST).action());
    }
}
