package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import minibrowser.browser.hostile.HostileRenderers;
import minibrowser.proto.CloseTabRequest;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.TabInfo;
import minibrowser.tools.harness.RunningBrowser;

/**
 * The check the bad-message ITs share: one compromised renderer (a puppet) per message,
 * all started at once, each made to send its message; each must be killed for it, with
 * the reason naming what was wrong. Then the puppets' tabs are closed.
 */
final class BadMessages {
    private BadMessages() {}

    /**
     * @param badMessages pairs of {what the puppet sends (its tab id as %d), words of the reason it is killed for}
     * @param pageUrl     the page each puppet's tab opens
     */
    static void eachKillsItsPuppet(RunningBrowser browser, HostileRenderers hostile, String pageUrl, String[][] badMessages)
            throws Exception {
        List<Integer> puppets = new ArrayList<>();
        hostile.puppetNext();
        for (String[] bad : badMessages) {
            puppets.add(browser.control().openTab(OpenTabRequest.newBuilder().setUrl(pageUrl).build()).getId());
        }
        for (int id : puppets) assertEquals("puppet", browser.waitForLoad(id).getTitle(), "tab " + id + " has a puppet");
        hostile.realNext();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < badMessages.length; i++) {
            sent.add(hostile.post(puppets.get(i), String.format(badMessages[i][0], puppets.get(i))));
        }
        for (int i = 0; i < badMessages.length; i++) {
            int id = puppets.get(i);
            String[] bad = badMessages[i];
            boolean killed = RunningBrowser.eventually(20, () -> tab(browser, id).getState() == TAB_STATE_CRASHED);
            // The answer only explains a failure: a killed puppet never sends one, so it is not waited for long.
            Optional<String> answer = hostile.answer(sent.get(i), killed ? 1 : 20);
            assertTrue(killed, bad[0] + ": the puppet is killed (it answered " + answer + ")");
            String reason = tab(browser, id).getCrashReason();
            assertTrue(reason.startsWith("killed for a bad message: ") && reason.contains(bad[1]), bad[0] + ": " + reason);
        }
        for (int id : puppets) browser.control().closeTab(CloseTabRequest.newBuilder().setTab(id).build());
    }

    /** The tab as the browser lists it now. */
    static TabInfo tab(RunningBrowser browser, int id) {
        return browser.tabs().stream().filter(t -> t.getId() == id).findFirst().orElseThrow();
    }
}
