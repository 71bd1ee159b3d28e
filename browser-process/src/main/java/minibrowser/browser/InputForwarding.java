package minibrowser.browser;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Input for the active tab's page, forwarded to its renderer: scrolling, clicks, find
 * in page, the links on screen. Each call is a gRPC future whose answer is posted back
 * to browser-ui, so a hung renderer costs only its own answer. Runs on browser-ui.
 */
final class InputForwarding {
    private final UiThread ui;
    private final TabStrip tabs;
    private final Navigator navigator;
    private final Supplier<DisplayMode> display;

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
     */
    void click(int x, int y) {
        Tab tab = tabs.active();
        if (tab == null || tab.renderer == null) return;
        click(tab, x, y); // no answer (a hung or dead renderer): the click is lost, as in any browser
    }

    /**
     * Clicks at a viewport point of {@code tab} (which has a renderer); completes on
     * browser-ui, once the renderer answered, with the link followed ("" when none).
     */
    CompletableFuture<String> click(Tab tab, int x, int y) {
        return ui.whenDone(tab.renderer.click(tab.id, x, y)).thenApply(reply -> {
            String link = reply.getLink().getSpec();
            if (link.isEmpty() || !tabs.isOpen(tab)) return "";
            navigator.followLink(tab, link);
            return link;
        });
    }

    /** The terminal changed size: every renderer lays out again at the new width. */
    void resized(DisplayMode newDisplay) {
        for (Tab tab : tabs.all()) {
            if (tab.renderer != null) tab.renderer.resize(tab.id, newDisplay.viewportWidth(), newDisplay.viewportHeight());
        }
    }
}
