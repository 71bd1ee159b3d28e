package minibrowser.browser;

import java.util.ArrayList;
import java.util.List;
import minibrowser.proto.FocusKind;
import minibrowser.proto.Rect;
import minibrowser.proto.VisibleLink;
import minibrowser.proto.VisibleLinksReply;

/**
 * The links and focusable controls on the active tab's screen, for Tab focus (links and
 * controls) and link hints (links only): what its renderer's compositor thread reported,
 * with every rectangle cut to the page area and every control's kind and index checked.
 *
 * @param tab the tab they belong to
 * @param scrollY the page scroll offset (CSS px) they were measured at
 * @param links the links and controls, in reading order
 */
public record VisibleLinks(int tab, int scrollY, List<Link> links) {

    /** The most links kept: more than any screen can show. */
    static final int MAX_LINKS = 1000;

    /**
     * One link on screen.
     *
     * @param href the URL it leads to ("" for a control)
     * @param rects its pieces in page-area cells (x = column, y = row), never empty
     * @param kind LINK, or what kind of control it is
     * @param focusIndex a control's place among the page's focusable elements (the renderer names it so); 0 for a link
     */
    public record Link(String href, List<Rect> rects, FocusedElement.Kind kind, int focusIndex) {
        /** A plain link. */
        public Link(String href, List<Rect> rects) {
            this(href, rects, FocusedElement.Kind.LINK, 0);
        }

        /** True for a form control or other focusable element (it has no URL; the page handles its keys). */
        public boolean isControl() {
            return kind != FocusedElement.Kind.LINK;
        }
    }

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
            if (rects.isEmpty()) continue;
            boolean isLink = link.getKind() == FocusKind.FOCUS_KIND_UNSPECIFIED || link.getKind() == FocusKind.FOCUS_KIND_LINK;
            if (isLink && !link.getHref().getSpec().isEmpty()) {
                links.add(new Link(link.getHref().getSpec(), List.copyOf(rects)));
            } else if (!isLink) {
                FocusedElement control = FocusedElement.of(tab, link.getKind(), link.getFocusIndex());
                if (control.kind() != FocusedElement.Kind.NONE) { // a control the renderer could not name is left out
                    links.add(new Link("", List.copyOf(rects), control.kind(), control.focusIndex()));
                }
            }
        }
        return new VisibleLinks(tab, reply.getScrollY(), links);
    }
}
