package minibrowser.browser;

import java.util.Map;
import minibrowser.common.ScriptMessages;
import minibrowser.common.Urls;
import minibrowser.proto.AllocateFrameBufferRequest;
import minibrowser.proto.ConsoleLevel;
import minibrowser.proto.ConsoleMessageRequest;
import minibrowser.proto.DialogKind;
import minibrowser.proto.HttpMethod;
import minibrowser.proto.RequestNavigationRequest;
import minibrowser.proto.RunDialogRequest;
import minibrowser.proto.ScriptFetchRequest;
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
     * ConsoleMessage: its own tab, a level, a text of at most
     * {@link ScriptMessages#MAX_CONSOLE_CHARS} (the renderer cuts longer ones), a source of
     * sane length without control characters.
     */
    static Verdict console(RendererTabs tabs, ConsoleMessageRequest request) {
        return tab(tabs, request.getTab().getValue(), "console message").then(() -> {
            if (request.getLevel() == ConsoleLevel.CONSOLE_LEVEL_UNSPECIFIED || request.getLevel() == ConsoleLevel.UNRECOGNIZED) {
                return Verdict.kill("console message without a level");
            }
            if (request.getText().length() > ScriptMessages.MAX_CONSOLE_CHARS) {
                return Verdict.kill("console message of " + request.getText().length() + " characters (at most "
                        + ScriptMessages.MAX_CONSOLE_CHARS + ")");
            }
            return source(request.getSource());
        });
    }

    private static Verdict source(String source) {
        if (source.length() > ScriptMessages.MAX_SOURCE_CHARS) {
            return Verdict.kill("console source of " + source.length() + " characters");
        }
        return ScriptMessages.hasControlCharacter(source) ? Verdict.kill("console source with a control character")
                : Verdict.ACCEPT;
    }

    /**
     * RunDialog: its own tab, a document of it ({@link #document}), a kind, a message and a
     * default text of at most {@link ScriptMessages#MAX_DIALOG_CHARS} each.
     */
    static Verdict dialog(RendererTabs tabs, RunDialogRequest request, long latestNavigation) {
        return tab(tabs, request.getTab().getValue(), "dialog")
                .then(() -> document(request.getNavigationId(), latestNavigation, "dialog"))
                .then(() -> {
                    if (request.getKind() == DialogKind.DIALOG_KIND_UNSPECIFIED || request.getKind() == DialogKind.UNRECOGNIZED) {
                        return Verdict.kill("dialog without a kind");
                    }
                    int longest = Math.max(request.getMessage().length(), request.getDefaultValue().length());
                    return longest > ScriptMessages.MAX_DIALOG_CHARS ? Verdict.kill("dialog text of " + longest
                            + " characters (at most " + ScriptMessages.MAX_DIALOG_CHARS + ")") : Verdict.ACCEPT;
                });
    }

    /** RequestNavigation: its own tab, a document of it, a URL ({@link Urls#problem}). */
    static Verdict navigation(RendererTabs tabs, RequestNavigationRequest request, long latestNavigation) {
        return tab(tabs, request.getTab().getValue(), "navigation request")
                .then(() -> document(request.getNavigationId(), latestNavigation, "navigation request"))
                .then(() -> url(request.getUrl().getSpec(), "navigation request"));
    }

    /**
     * ScriptFetch: its own tab, a document of it, a URL, a method, a body of at most
     * {@link ScriptMessages#MAX_FETCH_BODY_BYTES} and none on a GET or HEAD (fetch() throws
     * before it sends one), a short content type without control characters (it becomes a
     * header line).
     */
    static Verdict scriptFetch(RendererTabs tabs, ScriptFetchRequest request, long latestNavigation) {
        return tab(tabs, request.getTab().getValue(), "script fetch")
                .then(() -> document(request.getNavigationId(), latestNavigation, "script fetch"))
                .then(() -> url(request.getUrl().getSpec(), "script fetch"))
                .then(() -> {
                    HttpMethod method = request.getMethod();
                    if (method == HttpMethod.HTTP_METHOD_UNSPECIFIED || method == HttpMethod.UNRECOGNIZED) {
                        return Verdict.kill("script fetch without a method");
                    }
                    int bytes = request.getBody().size();
                    if (bytes > ScriptMessages.MAX_FETCH_BODY_BYTES) {
                        return Verdict.kill("script fetch with a body of " + bytes + " bytes (at most "
                                + ScriptMessages.MAX_FETCH_BODY_BYTES + ")");
                    }
                    if (bytes > 0 && (method == HttpMethod.HTTP_METHOD_GET || method == HttpMethod.HTTP_METHOD_HEAD)) {
                        return Verdict.kill("script fetch: a " + methodName(method) + " with a body");
                    }
                    String type = request.getContentType();
                    if (type.length() > ScriptMessages.MAX_CONTENT_TYPE_CHARS || ScriptMessages.hasControlCharacter(type)) {
                        return Verdict.kill("script fetch with a content type of " + type.length()
                                + " characters or a control character");
                    }
                    return Verdict.ACCEPT;
                });
    }

    /** "GET", "POST"... */
    static String methodName(HttpMethod method) {
        return method.name().substring("HTTP_METHOD_".length());
    }

    /**
     * The document a script message names: one the browser started (1 .. the tab's latest),
     * or the renderer lies. An older one than the latest is a race (the tab navigated while the
     * message was on its way): dropped. {@code latestNavigation} -1: the browser knows no such
     * tab (then the tab check has spoken already).
     */
    private static Verdict document(long navigation, long latestNavigation, String what) {
        if (navigation <= 0 || (latestNavigation >= 0 && navigation > latestNavigation)) {
            return Verdict.kill(what + " for navigation " + navigation + ", which the browser never started");
        }
        if (navigation < latestNavigation) {
            return Verdict.drop(what + " from navigation " + navigation + ", which the tab has left (now " + latestNavigation + ")");
        }
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
