package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minibrowser.common.Urls;
import minibrowser.proto.AllocateFrameBufferRequest;
import minibrowser.proto.CreatePluginInstanceRequest;
import minibrowser.proto.DidFinishLoadRequest;
import minibrowser.proto.FetchSubresourceRequest;
import minibrowser.proto.TabId;
import minibrowser.proto.Url;
import org.junit.jupiter.api.Test;

/**
 * What a renderer is killed for, message by message; what an honest renderer sends in
 * a race and is only dropped for; and that honest messages pass.
 */
class RendererMessageChecksTest {
    private static final RendererTabs OWNS_TAB_3 = tabs(3);
    private static final RendererTabs NO_TABS = tabs();

    private static RendererTabs tabs(int... ids) {
        RendererTabs tabs = new RendererTabs();
        for (int id : ids) tabs.add(id);
        return tabs;
    }

    private static TabId tab(int id) {
        return TabId.newBuilder().setValue(id).build();
    }

    private static void assertBad(Verdict verdict, String words) {
        assertEquals(Verdict.Action.KILL, verdict.action(), "should be a bad message: " + words);
        assertTrue(verdict.reason().contains(words), verdict.reason());
    }

    private static void assertAccepted(Verdict verdict) {
        assertEquals(Verdict.ACCEPT, verdict);
    }

    @Test
    void aMessageForATabDetachedAMomentAgoIsARaceNotALie() {
        RendererTabs shared = tabs(3, 5);
        shared.detach(5); // tab 5 closed (or moved to another site) while its images were loading
        FetchSubresourceRequest late = FetchSubresourceRequest.newBuilder().setTab(tab(5))
                .setUrl(Url.newBuilder().setSpec("http://example.test/late.png")).build();
        Verdict verdict = RendererMessageChecks.fetch(shared, late);
        assertEquals(Verdict.Action.DROP, verdict.action(), verdict.toString());
        assertTrue(verdict.reason().contains("tab 5, which it stopped drawing"), verdict.reason());
        assertEquals(Verdict.Action.DROP, RendererMessageChecks.frameBuffer(shared,
                AllocateFrameBufferRequest.newBuilder().setTab(tab(5)).setBytes(4096).build()).action());
        assertEquals(Verdict.Action.DROP, RendererMessageChecks.pluginInstance(shared,
                CreatePluginInstanceRequest.newBuilder().setTab(tab(5)).setMimeType("x").build()).action());
        // A tab it never drew is still a lie, and so is a bad message for a detached tab's
        // neighbour: the race excuses the tab, not the rest of the message.
        assertBad(RendererMessageChecks.fetch(shared, late.toBuilder().setTab(tab(6)).build()), "tab 6, which it does not draw");
        assertBad(RendererMessageChecks.frameBuffer(shared,
                AllocateFrameBufferRequest.newBuilder().setTab(tab(3)).setBytes(-1).build()), "-1 bytes");
        // A tab that came back to the renderer is its own again.
        shared.add(5);
        assertAccepted(RendererMessageChecks.fetch(shared, late));
    }

    @Test
    void fetchMustBeForItsOwnTabAndASaneUrl() {
        FetchSubresourceRequest.Builder fetch = FetchSubresourceRequest.newBuilder().setTab(tab(3))
                .setUrl(Url.newBuilder().setSpec("http://example.test/a.png"));
        assertAccepted(RendererMessageChecks.fetch(OWNS_TAB_3, fetch.build()));
        assertBad(RendererMessageChecks.fetch(OWNS_TAB_3, fetch.clone().setTab(tab(4)).build()), "tab 4, which it does not draw");
        assertBad(RendererMessageChecks.fetch(OWNS_TAB_3, fetch.clone().setUrl(Url.newBuilder().setSpec("")).build()), "empty URL");
        assertBad(RendererMessageChecks.fetch(OWNS_TAB_3,
                fetch.clone().setUrl(Url.newBuilder().setSpec("http://a.test/\0x")).build()), "control character 0");
        String huge = "http://a.test/" + "x".repeat(Urls.MAX_CHARS);
        assertBad(RendererMessageChecks.fetch(OWNS_TAB_3, fetch.clone().setUrl(Url.newBuilder().setSpec(huge)).build()),
                "characters");
    }

    @Test
    void frameBuffersHaveSizesBetweenOneByteAndTheLimit() {
        AllocateFrameBufferRequest.Builder buffer = AllocateFrameBufferRequest.newBuilder().setTab(tab(3)).setBytes(800 * 600 * 4);
        assertAccepted(RendererMessageChecks.frameBuffer(OWNS_TAB_3, buffer.build()));
        assertBad(RendererMessageChecks.frameBuffer(OWNS_TAB_3, buffer.clone().setBytes(-1).build()), "-1 bytes");
        assertBad(RendererMessageChecks.frameBuffer(OWNS_TAB_3, buffer.clone().setBytes(0).build()), "0 bytes");
        assertBad(RendererMessageChecks.frameBuffer(OWNS_TAB_3,
                buffer.clone().setBytes(FrameBufferGrant.MAX_BYTES + 1).build()), "bytes");
        // What about:badipc sends: someone else's tab and a negative size; the tab is named first.
        assertBad(RendererMessageChecks.frameBuffer(OWNS_TAB_3,
                buffer.clone().setTab(tab(1_000_003)).setBytes(-1).build()), "which it does not draw");
    }

    @Test
    void pluginInstancesAreBoundedInSizeTypeAndParams() {
        CreatePluginInstanceRequest.Builder plugin = CreatePluginInstanceRequest.newBuilder().setTab(tab(3))
                .setMimeType("application/x-minibrowser-chart").setWidth(200).setHeight(100).putParams("values", "3,1,4");
        assertAccepted(RendererMessageChecks.pluginInstance(OWNS_TAB_3, plugin.build()));
        assertBad(RendererMessageChecks.pluginInstance(NO_TABS, plugin.build()), "does not draw");
        assertBad(RendererMessageChecks.pluginInstance(OWNS_TAB_3, plugin.clone().setWidth(-5).build()), "negative size");
        assertBad(RendererMessageChecks.pluginInstance(OWNS_TAB_3, plugin.clone().setMimeType("x".repeat(300)).build()),
                "MIME type");
        CreatePluginInstanceRequest.Builder many = plugin.clone();
        for (int i = 0; i <= RendererMessageChecks.MAX_PLUGIN_PARAMS; i++) many.putParams("p" + i, "v");
        assertBad(RendererMessageChecks.pluginInstance(OWNS_TAB_3, many.build()), "params");
    }

    @Test
    void aLoadCanOnlyFinishForANavigationTheBrowserStarted() {
        DidFinishLoadRequest.Builder done = DidFinishLoadRequest.newBuilder().setTab(tab(3)).setNavigationId(7)
                .setTitle("Alpha").setContentHeight(1200);
        assertAccepted(RendererMessageChecks.didFinishLoad(done.build(), 7));
        assertEquals(Verdict.ACCEPT, RendererMessageChecks.didFinishLoad(done.build(), 9), "an older one is stale, not bad");
        assertBad(RendererMessageChecks.didFinishLoad(done.build(), 6), "never started");
        assertBad(RendererMessageChecks.didFinishLoad(done.clone().setNavigationId(0).build(), -1), "never started");
        assertBad(RendererMessageChecks.didFinishLoad(done.clone().setContentHeight(-1).build(), 7), "negative");
        assertBad(RendererMessageChecks.didFinishLoad(
                done.clone().setTitle("t".repeat(RendererMessageChecks.MAX_TITLE_CHARS + 1)).build(), 7), "title");
    }
}
