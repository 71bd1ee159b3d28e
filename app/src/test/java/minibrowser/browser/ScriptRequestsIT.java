package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_READY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import minibrowser.browser.hostile.HostileRenderers;
import minibrowser.proto.AnswerDialogRequest;
import minibrowser.proto.ConsoleEntry;
import minibrowser.proto.DialogInfo;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.TabInfo;
import minibrowser.proto.TabRequest;
import minibrowser.tools.harness.RunningBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a page's script asks of the browser (RendererHost.ConsoleMessage, RunDialog,
 * RequestNavigation, ScriptFetch), sent by a renderer the test controls
 * ({@code hostile.PuppetRenderer}) to a real headless browser with a control socket: a
 * message no honest renderer sends kills it with the reason; what an honest page may ask
 * and is refused (another origin, a debug page, an older document) costs it nothing; a
 * dialog waits for {@code ctl dialog} and is answered, or dismissed when its tab navigates.
 */
class ScriptRequestsIT {
    @TempDir Path work;
    private HostileRenderers hostile;

    @BeforeEach
    void onlyWhereRenderersAreProcesses() throws Exception {
        PuppetBrowser.assumeOneModelWithRendererProcesses();
        hostile = HostileRenderers.in(work.resolve("hostile"));
    }

    private TabInfo puppetTab(RunningBrowser browser, String url) throws Exception {
        hostile.puppetNext();
        TabInfo tab = browser.control().openTab(OpenTabRequest.newBuilder().setUrl(url).build());
        TabInfo ready = browser.waitForLoad(tab.getId());
        hostile.realNext();
        assertEquals("puppet", ready.getTitle(), "the tab is drawn by the puppet: " + ready);
        return ready;
    }


    @Test
    void badScriptMessagesKillTheRenderer() throws Exception {
        try (TestServer server = new TestServer(); RunningBrowser browser = PuppetBrowser.start(work, hostile, server)) {
            // What the puppet sends (its tab id as %d) and words of the reason it is killed for.
            String[][] badMessages = {
                {"console-long %d 8193", "console message of 8193 characters"},
                {"console %d 0 no level", "console message without a level"},
                {"dialog %d 999999 1 hello", "dialog for navigation 999999, which the browser never started"},
                {"dialog %d current 0 no kind", "dialog without a kind"},
                {"navigate %d 0 http://127.0.0.1:1/", "navigation request for navigation 0"},
                {"script-fetch %d current 1 " + server.url("/a") + " a-body-on-a-GET", "script fetch: a GET with a body"},
                {"script-fetch 99999 current 1 " + server.url("/a"), "script fetch for tab 99999, which it does not draw"},
                {"script-fetch %d current 0 " + server.url("/a"), "script fetch without a method"},
            };
            BadMessages.eachKillsItsPuppet(browser, hostile, server.url("/a"), badMessages);
            assertTrue(browser.process.isAlive());
            assertEquals(TAB_STATE_READY, BadMessages.tab(browser, 1).getState());
        }
    }

    @Test
    void whatAnHonestPageMayAskIsJudgedNotPunished() throws Exception {
        try (TestServer server = new TestServer(); RunningBrowser browser = PuppetBrowser.start(work, hostile, server)) {
            String page = server.simplePage("/app", "App");
            server.page("/data.json", "{\"items\":[1,2,3]}");
            TabInfo puppet = puppetTab(browser, page);
            int id = puppet.getId();

            // Same origin: the answer, body and all. Another origin (localhost is not 127.0.0.1): refused.
            Optional<String> same = hostile.send(id, "script-fetch " + id + " current 1 " + server.url("/data.json"), 20);
            assertEquals("OK 200 OK 17 bytes " + server.url("/data.json"), same.orElse(""), "answered " + same);
            Optional<String> missing = hostile.send(id, "script-fetch " + id + " current 1 " + server.url("/nothing"), 20);
            assertTrue(missing.orElse("").startsWith("OK 404 Not Found"), "an HTTP error is an answer: " + missing);
            String other = server.url("/data.json").replace("://127.0.0.1:", "://localhost:");
            Optional<String> cross = hostile.send(id, "script-fetch " + id + " current 1 " + other, 20);
            assertTrue(cross.orElse("").startsWith("PERMISSION_DENIED cross-origin fetch refused"), "answered " + cross);
            Optional<String> local = hostile.send(id, "script-fetch " + id + " current 1 file:///etc/passwd", 20);
            assertTrue(local.orElse("").startsWith("PERMISSION_DENIED a script may fetch only http and https"), "answered " + local);

            // A debug page is not a page's to open: refused, named on the status line, the tab stays.
            Optional<String> debug = hostile.send(id, "navigate " + id + " current about:gpucrash", 20);
            assertTrue(debug.orElse("").startsWith("PERMISSION_DENIED a page may not open the debug page about:gpucrash"),
                    "answered " + debug);

            // console.*: in the tab's console, oldest first.
            assertEquals("OK ", hostile.send(id, "console " + id + " 3 careful: two words", 20).orElse(""));
            assertEquals("OK ", hostile.send(id, "console " + id + " 1 hello", 20).orElse(""));
            List<ConsoleEntry> console = browser.control().getConsole(TabRequest.newBuilder().setTab(id).build())
                    .getMessagesList();
            assertEquals(List.of("warn careful: two words puppet.js:1", "log hello puppet.js:1"),
                    console.stream().map(e -> e.getLevel() + " " + e.getText() + " " + e.getSource()).toList());

            // location.replace to the same site: the tab goes there without a new history entry,
            // and the new document's console starts empty.
            server.simplePage("/next", "Next");
            long before = BadMessages.tab(browser, id).getRendererPid();
            assertEquals("OK ", hostile.send(id, "navigate " + id + " current " + server.url("/next") + " replace", 20)
                    .orElse(""));
            assertTrue(RunningBrowser.eventually(20, () -> BadMessages.tab(browser, id).getUrl().equals(server.url("/next"))
                    && BadMessages.tab(browser, id).getState() == TAB_STATE_READY), "navigated: " + BadMessages.tab(browser, id));
            assertFalse(BadMessages.tab(browser, id).getCanGoBack(), "replace keeps one history entry");
            assertEquals(0, browser.control().getConsole(TabRequest.newBuilder().setTab(id).build()).getMessagesCount());

            // A message from the document the tab left is a race: dropped.
            Optional<String> stale = hostile.send(id, "script-fetch " + id + " 1 1 " + server.url("/data.json"), 20);
            assertTrue(stale.orElse("").startsWith("FAILED_PRECONDITION dropped: script fetch from navigation 1"),
                    "answered " + stale);
            TabInfo after = BadMessages.tab(browser, id);
            assertEquals(TAB_STATE_READY, after.getState(), after.getCrashReason());
            assertEquals(before, after.getRendererPid(), "the same renderer throughout");
        }
    }

    @Test
    void aDialogWaitsForCtlAndGoesWithItsPage() throws Exception {
        try (TestServer server = new TestServer(); RunningBrowser browser = PuppetBrowser.start(work, hostile, server)) {
            int id = puppetTab(browser, server.simplePage("/form", "Form")).getId();

            // prompt(): shown in ctl tabs and ctl dialog, answered with ctl's text.
            String asked = hostile.post(id, "dialog " + id + " current 3 Your name?");
            assertTrue(RunningBrowser.eventually(20, () -> BadMessages.tab(browser, id).hasDialog()), "ctl tabs shows the dialog");
            DialogInfo dialog = browser.control().getDialog(TabRequest.newBuilder().setTab(id).build());
            assertEquals(DialogInfo.newBuilder().setKind("prompt").setMessage("Your name?").setValue("default").build(), dialog);
            assertTrue(hostile.answer(asked, 1).isEmpty(), "the renderer waits for the answer");
            browser.control().answerDialog(AnswerDialogRequest.newBuilder().setTab(id).setAccept(true).setValue("Ann").build());
            assertEquals("OK accepted=true value=Ann", hostile.answer(asked, 20).orElse(""));
            assertFalse(BadMessages.tab(browser, id).hasDialog());

            // confirm(), then the tab navigates: dismissed, never left waiting.
            String confirm = hostile.post(id, "dialog " + id + " current 2 Leave?");
            assertTrue(RunningBrowser.eventually(20, () -> BadMessages.tab(browser, id).hasDialog()));
            browser.navigate(id, server.simplePage("/elsewhere", "Elsewhere"));
            assertEquals("OK accepted=false value=", hostile.answer(confirm, 20).orElse(""));
            assertEquals(TAB_STATE_READY, browser.waitForLoad(id).getState());
        }
    }

    @Test
    void aTabWaitingForItsDialogIsNotUnresponsive() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = PuppetBrowser.start(work, hostile, server, "--hang-timeout-seconds=2")) {
            int id = puppetTab(browser, server.simplePage("/wait", "Wait")).getId();
            // The control: a main thread silent for 6 s, with no dialog, makes the tab unresponsive.
            String busy = hostile.post(id, "busy " + id + " 6");
            assertTrue(RunningBrowser.eventually(10, () -> BadMessages.tab(browser, id).getState() == minibrowser.proto.TabState.TAB_STATE_UNRESPONSIVE),
                    "a silent main thread is a hang: " + BadMessages.tab(browser, id));
            assertTrue(hostile.answer(busy, 20).isPresent());
            assertTrue(RunningBrowser.eventually(10, () -> BadMessages.tab(browser, id).getState() == TAB_STATE_READY));

            // Silent as long, waiting for its alert: still ready.
            String alert = hostile.post(id, "dialog " + id + " current 1 Wait for me");
            assertTrue(RunningBrowser.eventually(20, () -> BadMessages.tab(browser, id).hasDialog()));
            Thread.sleep(6_000);
            assertEquals(TAB_STATE_READY, BadMessages.tab(browser, id).getState(), "waiting for the user is not a hang");
            browser.control().answerDialog(AnswerDialogRequest.newBuilder().setTab(id).setAccept(true).build());
            assertEquals("OK accepted=true value=", hostile.answer(alert, 20).orElse(""));
            assertEquals(TAB_STATE_READY, BadMessages.tab(browser, id).getState());
        }
    }
}
