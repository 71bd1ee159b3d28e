package minibrowser.browser;

import java.util.ArrayList;
import java.util.List;
import minibrowser.proto.Rect;
import minibrowser.proto.VisibleLink;
import minibrowser.proto.VisibleLinksReply;

/**
 * The links on the active tab's screen, for Tab focus and link hints: what its
 * renderer's compositor thread reported, with every rectangle cut to the page area.
 *
 * @param tab the tab they belong to
 * @param scrollY the page scroll offset (CSS px) they were measured at
 * @param links the links, in document order
 */
public record VisibleLinks(int tab, int scrollY, List<Link> links) {

    /** The most links kept: more than any screen can show. */
    static final int MAX_LINKS = 1000;

    /**
     * One link on screen.
     *
     * @param href the URL it leads to
     * @param rects its pieces in page-area cells (x = column, y = row), never empty
     */
    public record Link(String href, List<Rect> rects) {}

    public VisibleLinks {
        links = List.copyOf(links);
    }

    static VisibleLinks none(int tab) {
        return new VisibleLinks(tab, 0, List.of());
    }

    /** The renderer's answer, checked: rects outside the page area are cut or dropped. */
    static VisibleLinks of(int tab, VisibleLinksReply reply, PageCells page) {
        List<Link> links = new ArrayList<>();
        for (VisibleLink link : reply.getLinksList()) {
            if (links.size() >= MAX_LINKS) break;
            List<Rect> rects = new ArrayList<>();
            for (Rect rect : link.getRectsList()) {
                Rect inside = page.clamp(rect);
                if (inside != null) rects.add(inside);
            }
            if (!rects.isEmpty() && !link.getHref().getSpec().isEmpty()) {
                links.add(new Link(link.getHref().getSpec(), List.copyOf(rects)));
            }
        }
        return new VisibleLinks(tab, reply.getScrollY(), links);
    }
}
