package minibrowser.browser;

import java.util.Map;
import minibrowser.common.Urls;
import minibrowser.proto.AllocateFrameBufferRequest;
import minibrowser.proto.CreatePluginInstanceRequest;
import minibrowser.proto.DidFinishLoadRequest;
import minibrowser.proto.FetchSubresourceRequest;

/**
 * Every check the browser makes on a message from a renderer, in one place
 * (Chromium's {@code bad_message::ReceivedBadMessage} call sites, gathered). Each
 * method answers with a {@link Verdict}: accept; drop, when an honest renderer can
 * send the message in a race (for a tab detached from it a moment ago); or kill, when
 * no honest renderer ever sends it. {@link RendererHostService} kills the renderer for
 * those ("killed for a bad message: ...") and the browser carries on.
 *
 * <p>A renderer runs a page, so its messages are written by whoever wrote the page
 * if the renderer is compromised. What may be checked without the browser's state is
 * checked here: ids it does not own, sizes, counts, string lengths, sequence numbers.
 * The limits are far above what the renderer sends for any real page (it clamps its
 * own values first), so only a broken or hostile renderer meets them.
 */
final class RendererMessageChecks {
    /** A page title (Chromium caps titles at 4 KiB before it sends them; we are generous). */
    static final int MAX_TITLE_CHARS = 1024 * 1024;
    /** A plugin's MIME type is short ("application/x-minibrowser-chart"). */
    static final int MAX_MIME_TYPE_CHARS = 256;
    /** Attributes of one embed, and the length of each name and value. */
    static final int MAX_PLUGIN_PARAMS = 1_000;
    static final int MAX_PARAM_CHARS = 1024 * 1024;

    private RendererMessageChecks() {}

    /** FetchSubresource: its own tab, and a URL of a sane length without control characters. */
    static Verdict fetch(RendererTabs tabs, FetchSubresourceRequest request) {
        return tab(tabs, request.getTab().getValue(), "fetch").then(() -> url(request.getUrl().getSpec(), "fetch"));
    }

    /** AllocateFrameBuffer: its own tab, and 1 byte .. {@link FrameBufferGrant#MAX_BYTES}. */
    static Verdict frameBuffer(RendererTabs tabs, AllocateFrameBufferRequest request) {
        long bytes = request.getBytes();
        return tab(tabs, request.getTab().getValue(), "frame buffer").then(() -> bytes <= 0 || bytes > FrameBufferGrant.MAX_BYTES
                ? Verdict.kill("frame buffer of " + bytes + " bytes (1.." + FrameBufferGrant.MAX_BYTES + ")")
                : Verdict.ACCEPT);
    }

    /** CreatePluginInstance: its own tab, no negative size, a short type, a bounded number of params. */
    static Verdict pluginInstance(RendererTabs tabs, CreatePluginInstanceRequest request) {
        return tab(tabs, request.getTab().getValue(), "plugin").then(() -> pluginShape(request));
    }

    private static Verdict pluginShape(CreatePluginInstanceRequest request) {
        if (request.getWidth() < 0 || request.getHeight() < 0) {
            return Verdict.kill("plugin of negative size " + request.getWidth() + "x" + request.getHeight());
        }
        if (request.getMimeType().length() > MAX_MIME_TYPE_CHARS) {
            return Verdict.kill("plugin MIME type of " + request.getMimeType().length() + " characters");
        }
        if (request.getParamsCount() > MAX_PLUGIN_PARAMS) {
            return Verdict.kill("plugin with " + request.getParamsCount() + " params (at most " + MAX_PLUGIN_PARAMS + ")");
        }
        for (Map.Entry<String, String> param : request.getParamsMap().entrySet()) {
            if (param.getKey().length() > MAX_PARAM_CHARS || param.getValue().length() > MAX_PARAM_CHARS) {
                return Verdict.kill("plugin param longer than " + MAX_PARAM_CHARS + " characters");
            }
        }
        return request.getSrc().getSpec().isEmpty() ? Verdict.ACCEPT : url(request.getSrc().getSpec(), "plugin src");
    }

    /**
     * DidFinishLoad: a navigation id the browser issued (1 .. the tab's latest), a
     * title of sane length, no negative height. A tab the renderer no longer draws is
     * not checked here: a late message from before the tab moved is stale, not bad,
     * and the browser ignores it.
     *
     * @param latestNavigation the newest navigation id the browser issued for the tab,
     *     or -1 when the browser knows no such tab (then only the shape is checked)
     */
    static Verdict didFinishLoad(DidFinishLoadRequest request, long latestNavigation) {
        long navigation = request.getNavigationId();
        if (navigation <= 0 || (latestNavigation >= 0 && navigation > latestNavigation)) {
            return Verdict.kill("load finished for navigation " + navigation + ", which the browser never started");
        }
        if (request.getTitle().length() > MAX_TITLE_CHARS) {
            return Verdict.kill("title of " + request.getTitle().length() + " characters");
        }
        if (request.getContentHeight() < 0) return Verdict.kill("negative content height " + request.getContentHeight());
        return Verdict.ACCEPT;
    }

    /**
     * The tab must be one the renderer draws. One it drew until a moment ago is a race
     * (the message left before the renderer heard of {@code DetachTab}): dropped. One it
     * was never given no honest renderer names: killed.
     */
    private static Verdict tab(RendererTabs tabs, int tab, String what) {
        if (tabs.draws(tab)) return Verdict.ACCEPT;
        if (tabs.drewBefore(tab)) {
            return Verdict.drop(what + " for tab " + tab + ", which it stopped drawing a moment ago");
        }
        return Verdict.kill(what + " for tab " + tab + ", which it does not draw");
    }

    /** A URL as {@link Urls#problem} wants it (its limit is Chromium's {@code url::kMaxURLChars}). */
    private static Verdict url(String spec, String what) {
        return Urls.problem(spec).map(problem -> Verdict.kill(what + " of " + problem)).orElse(Verdict.ACCEPT);
    }
}
