package minibrowser.browser;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tabs one renderer draws now, and those it drew before and was told to forget
 * ({@code DetachTab}: the tab closed, or moved to another site's renderer). The
 * message checks need both: a message for a tab the renderer draws is its own; one for
 * a tab it drew until a moment ago is an honest race (sent before the renderer heard
 * of the detach); one for a tab it was never given is a lie. Tab ids are never reused,
 * so "drew before" stays true for the renderer's life. Used only on browser-ui.
 */
final class RendererTabs {
    private final Set<Integer> drawn = new LinkedHashSet<>();
    private final Set<Integer> detached = new HashSet<>();

    void add(int tab) {
        drawn.add(tab);
    }

    /** The renderer no longer draws {@code tab}. */
    void detach(int tab) {
        if (drawn.remove(tab)) detached.add(tab);
    }

    boolean draws(int tab) {
        return drawn.contains(tab);
    }

    /** True when the renderer drew {@code tab} once and no longer does. */
    boolean drewBefore(int tab) {
        return detached.contains(tab) && !drawn.contains(tab);
    }

    boolean isEmpty() {
        return drawn.isEmpty();
    }

    int size() {
        return drawn.size();
    }

    /** The tabs drawn now, in the order they came. */
    List<Integer> ids() {
        return List.copyOf(drawn);
    }
}
