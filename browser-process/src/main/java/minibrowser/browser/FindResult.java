package minibrowser.browser;

import java.util.ArrayList;
import java.util.List;
import minibrowser.proto.FindMatch;
import minibrowser.proto.FindReply;
import minibrowser.proto.Rect;

/**
 * The answer to find in page, checked: match rectangles cut to the page area.
 *
 * @param tab the tab searched
 * @param scrollY the page scroll offset (CSS px) the rectangles were measured at
 * @param count how many matches the page has
 * @param active the current match, 0-based (0 when there are none)
 * @param matches the matches on screen, in page-area cells
 * @param activeOnScreen the current match's rectangle, or null when it is not on screen
 */
public record FindResult(int tab, int scrollY, int count, int active, List<Rect> matches, Rect activeOnScreen) {

    public FindResult {
        matches = List.copyOf(matches);
    }

    static FindResult none(int tab) {
        return new FindResult(tab, 0, 0, 0, List.of(), null);
    }

    static FindResult of(int tab, FindReply reply, PageCells page) {
        List<Rect> matches = new ArrayList<>();
        Rect active = null;
        for (FindMatch match : reply.getVisibleList()) {
            Rect inside = page.clamp(match.getRect());
            if (inside == null) continue;
            if (match.getActive()) active = inside;
            else matches.add(inside);
        }
        int count = Math.max(0, reply.getMatchCount());
        int index = count == 0 ? 0 : Math.floorMod(reply.getActiveIndex(), count);
        return new FindResult(tab, reply.getScrollY(), count, index, matches, active);
    }
}
