package minibrowser.browser;

import java.util.Locale;
import minibrowser.browser.net.AboutPages;
import minibrowser.proto.DebugAction;

/**
 * Chromium's debug URLs ({@code about:crash}, {@code about:hang}...): which URL is one,
 * and what a renderer is told to do for it. The page itself is loaded as usual; the
 * browser asks the renderer for the action once the page is up, so the tab shows a
 * page first and then fails the way the URL names. Debug pages for the gpu and plugin
 * processes act in the browser ({@code Browser.actOnOtherProcess}).
 */
final class DebugPages {
    private DebugPages() {}

    /** The debug page's name ({@code "crash"} for {@code about:crash}), or null for any other URL. */
    static String nameOf(String url) {
        if (!url.regionMatches(true, 0, "about:", 0, 6)) return null;
        String name = url.substring(6).toLowerCase(Locale.ROOT);
        return AboutPages.DEBUG_PAGES.containsKey(name) ? name : null;
    }

    /** What the tab's renderer does for debug page {@code name}. */
    static DebugAction rendererAction(String name) {
        switch (name) {
            case "crash": return DebugAction.DEBUG_ACTION_CRASH;
            case "kill": return DebugAction.DEBUG_ACTION_KILL;
            case "hang": return DebugAction.DEBUG_ACTION_HANG;
            case "shorthang": return DebugAction.DEBUG_ACTION_SHORT_HANG;
            case "memory-exhaust": return DebugAction.DEBUG_ACTION_MEMORY_EXHAUST;
            case "badipc": return DebugAction.DEBUG_ACTION_BAD_IPC;
            case "stackoverflow": return DebugAction.DEBUG_ACTION_STACK_OVERFLOW;
            case "exit": return DebugAction.DEBUG_ACTION_SYSTEM_EXIT;
            case "deadlock": return DebugAction.DEBUG_ACTION_DEADLOCK;
            default: return DebugAction.DEBUG_ACTION_UNSPECIFIED;
        }
    }
}
