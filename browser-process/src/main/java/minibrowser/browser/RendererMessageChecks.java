package minibrowser.browser;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import minibrowser.proto.AllocateFrameBufferRequest;
import minibrowser.proto.CreatePluginInstanceRequest;
import minibrowser.proto.DidFinishLoadRequest;
import minibrowser.proto.FetchSubresourceRequest;

/**
 * Every check the browser makes on a message from a renderer, in one place
 * (Chromium's {@code bad_message::ReceivedBadMessage} call sites, gathered). Each
 * method answers with what is wrong, in words, or empty when the message is one an
 * honest renderer could send; {@link RendererHostService} kills the renderer for
 * anything else ("killed for a bad message: ...") and the browser carries on.
 *
 * <p>A renderer runs a page, so its messages are written by whoever wrote the page
 * if the renderer is compromised. What may be checked without the browser's state is
 * checked here: ids it does not own, sizes, counts, string lengths, sequence numbers.
 * The limits are far above what the renderer sends for any real page (it clamps its
 * own values first), so only a broken or hostile renderer meets them.
 */
final class RendererMessageChecks {
    /** Chromium's {@code url::kMaxURLChars}: a longer URL is never sent between processes. */
    static final int MAX_URL_CHARS = 2 * 1024 * 1024;
    /** A page title (Chromium caps titles at 4 KiB before it sends them; we are generous). */
    static final int MAX_TITLE_CHARS = 1024 * 1024;
    /** A plugin's MIME type is short ("application/x-minibrowser-chart"). */
    static final int MAX_MIME_TYPE_CHARS = 256;
    /** Attributes of one embed, and the length of each name and value. */
    static final int MAX_PLUGIN_PARAMS = 1_000;
    static final int MAX_PARAM_CHARS = 1024 * 1024;
    /** An embed larger than this is refused (not a bad message: the page asked for it). */
    static final int MAX_EMBED_SIDE = 4096;

    private RendererMessageChecks() {}

    /** FetchSubresource: its own tab, and a URL of a sane length without control characters. */
    static Optional<String> fetch(Set<Integer> ownedTabs, FetchSubresourceRequest request) {
        return firstOf(tab(ownedTabs, request.getTab().getValue(), "fetch"),
                url(request.getUrl().getSpec(), "fetch"));
    }

    /** AllocateFrameBuffer: its own tab, and 1 byte .. {@link FrameBufferGrant#MAX_BYTES}. */
    static Optional<String> frameBuffer(Set<Integer> ownedTabs, AllocateFrameBufferRequest request) {
        long bytes = request.getBytes();
        return firstOf(tab(ownedTabs, request.getTab().getValue(), "frame buffer"),
                bytes <= 0 || bytes > FrameBufferGrant.MAX_BYTES
                        ? Optional.of("frame buffer of " + bytes + " bytes (1.." + FrameBufferGrant.MAX_BYTES + ")")
                        : Optional.empty());
    }

    /** CreatePluginInstance: its own tab, no negative size, a short type, a bounded number of params. */
    static Optional<String> pluginInstance(Set<Integer> ownedTabs, CreatePluginInstanceRequest request) {
        Optional<String> owner = tab(ownedTabs, request.getTab().getValue(), "plugin");
        if (owner.isPresent()) return owner;
        if (request.getWidth() < 0 || request.getHeight() < 0) {
            return Optional.of("plugin of negative size " + request.getWidth() + "x" + request.getHeight());
        }
        if (request.getMimeType().length() > MAX_MIME_TYPE_CHARS) {
            return Optional.of("plugin MIME type of " + request.getMimeType().length() + " characters");
        }
        if (request.getParamsCount() > MAX_PLUGIN_PARAMS) {
            return Optional.of("plugin with " + request.getParamsCount() + " params (at most " + MAX_PLUGIN_PARAMS + ")");
        }
        for (Map.Entry<String, String> param : request.getParamsMap().entrySet()) {
            if (param.getKey().length() > MAX_PARAM_CHARS || param.getValue().length() > MAX_PARAM_CHARS) {
                return Optional.of("plugin param longer than " + MAX_PARAM_CHARS + " characters");
            }
        }
        return request.getSrc().getSpec().isEmpty() ? Optional.empty() : url(request.getSrc().getSpec(), "plugin src");
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
    static Optional<String> didFinishLoad(DidFinishLoadRequest request, long latestNavigation) {
        long navigation = request.getNavigationId();
        if (navigation <= 0 || (latestNavigation >= 0 && navigation > latestNavigation)) {
            return Optional.of("load finished for navigation " + navigation + ", which the browser never started");
        }
        if (request.getTitle().length() > MAX_TITLE_CHARS) {
            return Optional.of("title of " + request.getTitle().length() + " characters");
        }
        if (request.getContentHeight() < 0) return Optional.of("negative content height " + request.getContentHeight());
        return Optional.empty();
    }

    private static Optional<String> tab(Set<Integer> ownedTabs, int tab, String what) {
        return ownedTabs.contains(tab) ? Optional.empty() : Optional.of(what + " for tab " + tab + ", which it does not draw");
    }

    private static Optional<String> url(String spec, String what) {
        if (spec.isEmpty()) return Optional.of(what + " of an empty URL");
        if (spec.length() > MAX_URL_CHARS) return Optional.of(what + " of a URL of " + spec.length() + " characters");
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) < 0x20) return Optional.of(what + " of a URL with control character " + (int) spec.charAt(i));
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... problems) {
        for (Optional<String> problem : problems) if (problem.isPresent()) return problem;
        return Optional.empty();
    }
}
