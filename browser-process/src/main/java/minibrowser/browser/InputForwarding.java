package minibrowser.browser;

import com.google.common.util.concurrent.Futures;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Input for the active tab's page, forwarded to its renderer: scrolling, clicks, find
 * in page, the links and controls on screen, focus and keys for the page's controls. Each call is a gRPC future whose answer is posted back
 * to browser-ui, so a hung renderer costs only its own answer. Runs on browser-ui.
 */
final class InputForwarding {
    private final UiThread ui;
    private final TabStrip tabs;
    private final Navigator navigator;
    private final Supplier<DisplayMode> display;
    /** Each tab's keys on their way to its page, by tab id. */
    private final Map<Integer, KeyQueue> keyQueues = new HashMap<>();

    InputForwarding(UiThread ui, TabStrip tabs, Navigator navigator, Supplier<DisplayMode> display) {
        this.ui = ui;
        this.tabs = tabs;
        this.navigator = navigator;
        this.display = display;
    }

    /** Scrolls the active tab; completes once its compositor answered (at once without a renderer; also on failure). */
    CompletableFuture<Void> scroll(int deltaY, boolean absolute) {
        Tab tab = tabs.active();
        if (tab == null || tab.renderer == null) return CompletableFuture.completedFuture(null);
        return ui.whenDone(tab.renderer.scroll(tab.id, deltaY, absolute)).handle((r, e) -> null);
    }

    /**
     * The active tab's links on screen, from its renderer's compositor thread (so it
     * answers while main hangs), each rectangle cut to the page area. No links when
     * the tab has no renderer or it does not answer.
     */
    CompletableFuture<VisibleLinks> visibleLinks() {
        Tab tab = tabs.active();
        int tabId = tabs.activeId();
        if (tab == null || tab.renderer == null) return CompletableFuture.completedFuture(VisibleLinks.none(tabId));
        PageCells page = PageCells.of(display.get());
        return ui.whenDone(tab.renderer.visibleLinks(tab.id)).thenApply(reply -> VisibleLinks.of(tabId, reply, page))
                .exceptionally(noAnswer -> VisibleLinks.none(tabId));
    }

    /** Find in page: the matches of {@code text}; match {@code index} (modulo the count) is scrolled into view unless {@code keepScroll}. */
    CompletableFuture<FindResult> find(String text, int index, boolean keepScroll) {
        Tab tab = tabs.active();
        int tabId = tabs.activeId();
        if (tab == null || tab.renderer == null) return CompletableFuture.completedFuture(FindResult.none(tabId));
        PageCells page = PageCells.of(display.get());
        return ui.whenDone(tab.renderer.find(tab.id, text, index, keepScroll))
                .thenApply(reply -> FindResult.of(tabId, reply, page))
                .exceptionally(noAnswer -> FindResult.none(tabId));
    }

    /**
     * Clicks at a viewport point of the active tab. The renderer hit-tests; a link it hit is
     * followed in the same browser-ui task that got the answer (one post, no second hop).
     * Completes with what has the page's focus after the click (a clicked text field has it).
     */
    CompletableFuture<FocusedElement> click(int x, int y) {
        Tab tab = tabs.active();
        if (tab == null || tab.renderer == null) return CompletableFuture.completedFuture(FocusedElement.none(tabs.activeId()));
        return ui.whenDone(tab.renderer.click(tab.id, x, y)).thenApply(reply -> {
            String link = reply.getLink().getSpec();
            if (!link.isEmpty() && tabs.isOpen(tab)) navigator.followLink(tab, link);
            return link.isEmpty() ? FocusedElement.of(tab.id, reply.getFocused()) : FocusedElement.none(tab.id);
        }); // no answer (a hung or dead renderer): the click is lost, as in any browser
    }

    /**
     * Clicks at a viewport point of {@code tab} (which has a renderer), for a control client;
     * completes on browser-ui, once the renderer answered, with the link followed ("" when none).
     */
    CompletableFuture<String> click(Tab tab, int x, int y) {
        return ui.whenDone(tab.renderer.click(tab.id, x, y)).thenApply(reply -> {
            String link = reply.getLink().getSpec();
            if (link.isEmpty() || !tabs.isOpen(tab)) return "";
            navigator.followLink(tab, link);
            return link;
        });
    }

    /**
     * The browser's Tab focus reached the active page's control {@code focusIndex} (0: it
     * left the page's controls): the renderer moves the page's focus there. Sent in order
     * with the tab's keys ({@link KeyQueue}).
     */
    CompletableFuture<FocusedElement> focus(int focusIndex) {
        Tab tab = tabs.active();
        if (tab == null || tab.renderer == null) return CompletableFuture.completedFuture(FocusedElement.none(tabs.activeId()));
        return keysOf(tab).send(() -> tab.renderer == null ? Futures.immediateFailedFuture(new IllegalStateException("no renderer"))
                        : tab.renderer.focus(tab.id, focusIndex))
                .thenApply(reply -> FocusedElement.of(tab.id, reply.getFocused()));
    }

    /**
     * A key for the active page's focused element, in order with the tab's other keys;
     * a link the key's default action asks for (a submitted form) is followed, checked as
     * any link. Completes with what has the page's focus after the key, or fails when the
     * page did not answer or too many of its keys wait (the key is dropped).
     */
    CompletableFuture<FocusedElement> key(String key, String text, int modifiers) {
        Tab tab = tabs.active();
        if (tab == null || tab.renderer == null) return CompletableFuture.completedFuture(FocusedElement.none(tabs.activeId()));
        return keysOf(tab).send(() -> tab.renderer == null ? Futures.immediateFailedFuture(new IllegalStateException("no renderer"))
                        : tab.renderer.keyInput(tab.id, key, text, modifiers))
                .thenApply(reply -> {
                    String link = reply.getLink().getSpec();
                    if (!link.isEmpty() && tabs.isOpen(tab)) {
                        navigator.followLink(tab, link);
                        return FocusedElement.none(tab.id);
                    }
                    return FocusedElement.of(tab.id, reply.getFocused());
                });
    }

    /** The tab's key queue, made on its first key; the queues of closed tabs go then. */
    private KeyQueue keysOf(Tab tab) {
        KeyQueue queue = keyQueues.get(tab.id);
        if (queue == null) {
            keyQueues.keySet().removeIf(id -> tabs.get(id) == null);
            queue = new KeyQueue(ui);
            keyQueues.put(tab.id, queue);
        }
        return queue;
    }

    /** The terminal changed size: every renderer lays out again at the new width. */
    void resized(DisplayMode newDisplay) {
        for (Tab tab : tabs.all()) {
            if (tab.renderer != null) tab.renderer.resize(tab.id, newDisplay.viewportWidth(), newDisplay.viewportHeight());
        }
    }
}
