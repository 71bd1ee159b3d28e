package minibrowser.browser.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import minibrowser.browser.Browser;
import minibrowser.browser.FindResult;
import minibrowser.browser.FocusedElement;
import minibrowser.browser.VisibleLinks;
import minibrowser.proto.PageMark;
import minibrowser.proto.PageMarkKind;
import minibrowser.proto.Rect;

/**
 * Pointing at things on the page from the keyboard: Tab focus on links and controls
 * (form fields, buttons: their focus is the page's too, and keys go there), link hints
 * ({@code f}) and find in page ({@code /}, {@code n}, {@code N}). Where links and text
 * are comes from the active tab's renderer (its compositor thread, so this works
 * while the page's main thread is busy); what is shown over the page is a list of
 * marks the gpu draws.
 *
 * <p>Used by the key loop thread ({@code main}) only, except the find refresh after a
 * scroll, which arrives on another thread and is dropped when anything changed since
 * (the {@code generation} counter).
 */
final class PagePointer {
    private static final long ANSWER_SECONDS = 3;

    private final Browser browser;
    /** Grows whenever what is pointed at changes; a late refresh for an older state is dropped. */
    private final AtomicLong generation = new AtomicLong();

    private VisibleLinks focusLinks;
    private int focused = -1;
    /**
     * What has the focus inside the active page, as its renderer last said (or as Tab just
     * moved it): while a text field has it, typed keys go to the page. Written by the key
     * loop and by the renderer's answers (on browser-ui), hence volatile; an answer to an
     * older focus move is dropped ({@code focusMoves}).
     */
    private volatile FocusedElement pageFocus;
    /** Grows with every focus move the key loop makes; an answer for an older one is stale. */
    private final AtomicLong focusMoves = new AtomicLong();

    private VisibleLinks hintLinks;
    private List<String> hintLabels = List.of();
    private String hintTyped = "";

    private String findText;
    private int findIndex;

    PagePointer(Browser browser) {
        this.browser = browser;
    }

    // ---------------------------------------------------------------- Tab focus

    /**
     * Tab (step 1) or Shift-Tab (step -1): the next or previous link or control on screen
     * gets the focus, counting from the one that has it (also when the page changed since:
     * the control the page says has focus). A control's focus moves in the page too (the
     * renderer owns focus within the page); leaving a control for a link takes the page's
     * focus off it (its change event fires).
     */
    void moveFocus(int step) throws Exception {
        VisibleLinks links = browser.visibleLinks().get(ANSWER_SECONDS, TimeUnit.SECONDS);
        // Move on from the page's focused control, else from the link the last Tab reached if the links are the same.
        boolean same = links.equals(focusLinks) && focused >= 0;
        int inPage = positionOf(links, pageFocus);
        int previous = inPage >= 0 ? inPage : same ? focused : -1;
        FocusedElement before = pageFocus;
        clearState();
        if (links.links().isEmpty()) {
            show(links.tab(), 0, List.of(), null, "no links on screen");
            return;
        }
        int size = links.links().size();
        focused = previous >= 0 ? Math.floorMod(previous + step, size) : (step > 0 ? 0 : size - 1);
        focusLinks = links;
        VisibleLinks.Link link = links.links().get(focused);
        if (link.isControl()) {
            focusPage(new FocusedElement(links.tab(), link.kind(), link.focusIndex()));
        } else if (before != null && before.kind() != FocusedElement.Kind.NONE) {
            focusPage(FocusedElement.none(links.tab()));
        }
        show(links.tab(), links.scrollY(), marks(link.rects(), PageMarkKind.PAGE_MARK_KIND_FOCUSED_LINK, ""),
                link.isControl() ? null : link.href(), link.isControl() ? describe(link.kind()) : null);
    }

    /** Where the page's focused control is in {@code links}, or -1. */
    private static int positionOf(VisibleLinks links, FocusedElement inPage) {
        if (inPage == null || inPage.focusIndex() <= 0 || inPage.tab() != links.tab()) return -1;
        for (int i = 0; i < links.links().size(); i++) {
            if (links.links().get(i).focusIndex() == inPage.focusIndex()) return i;
        }
        return -1;
    }

    /** Moves the page's focus to {@code element} (NONE: off its controls), at once here and in the renderer. */
    private void focusPage(FocusedElement element) {
        long move = focusMoves.incrementAndGet();
        pageFocus = element;
        browser.focusInActiveTab(element.focusIndex()).thenAccept(now -> answered(move, now));
    }

    /** What the status line says while a control has the focus. */
    private static String describe(FocusedElement.Kind kind) {
        return switch (kind) {
            case TEXT_FIELD -> "text field: type to edit, Enter submits, Tab moves on, Esc leaves";
            case TEXT_AREA -> "text area: type to edit, Enter is a new line, Tab moves on, Esc leaves";
            case BUTTON -> "button: Enter presses it";
            default -> "control: Enter activates it";
        };
    }

    /** Enter: the focused link's URL, or null when no link has the focus (a control is not a link). */
    String focusedLink() {
        if (focusLinks == null || focused < 0) return null;
        VisibleLinks.Link link = focusLinks.links().get(focused);
        return link.isControl() ? null : link.href();
    }

    /** What has focus inside the active page (null: nothing is known to); keys go there by it. */
    FocusedElement pageFocus() {
        return pageFocus;
    }

    /**
     * A key for the page's focused element, sent without waiting; the answer says what
     * has focus after it (a script may move it, a submitted form takes it away).
     */
    void keyToPage(String key, String text, int modifiers) {
        long move = focusMoves.get();
        browser.keyInActiveTab(key, text, modifiers).whenComplete((now, failed) -> {
            if (failed != null) {
                browser.updateChrome(chrome -> chrome.message = "page busy: " + Browser.rootMessage(failed));
            } else {
                answered(move, now);
            }
        });
    }

    /** A mouse click's answer: what has the page's focus now (a clicked text field takes typed keys). */
    void clicked(FocusedElement now) {
        long move = focusMoves.incrementAndGet();
        answered(move, now);
        if (now.takesText()) browser.updateChrome(chrome -> chrome.message = describe(now.kind()));
    }

    /** Esc in a text field: the page's focus leaves it (its change event fires); keys are the browser's again. */
    void leavePage() {
        FocusedElement inPage = pageFocus;
        clear(null);
        if (inPage != null && inPage.kind() != FocusedElement.Kind.NONE) focusPage(FocusedElement.none(inPage.tab()));
        pageFocus = null;
    }

    /** The renderer said what has focus after focus move {@code move}; dropped when the key loop moved it since. */
    private void answered(long move, FocusedElement now) {
        if (focusMoves.get() != move) return;
        FocusedElement before = pageFocus;
        pageFocus = now;
        if (before == null || before.focusIndex() == now.focusIndex()) return;
        if (now.kind() == FocusedElement.Kind.NONE) {
            // The focused control went away (a script removed it, a form was submitted): so does its highlight.
            browser.updateChrome(chrome -> {
                chrome.marks = List.of();
                chrome.message = null;
            });
            return;
        }
        // The page moved its focus (a script's focus()): the highlight follows, where the compositor has the control now.
        browser.visibleLinks().thenAccept(links -> {
            if (focusMoves.get() != move) return;
            int at = positionOf(links, now);
            if (at < 0) return;
            VisibleLinks.Link link = links.links().get(at);
            show(links.tab(), links.scrollY(), marks(link.rects(), PageMarkKind.PAGE_MARK_KIND_FOCUSED_LINK, ""),
                    null, describe(link.kind()));
        });
    }

    // ---------------------------------------------------------------- link hints

    /** {@code f}: a label on every link on screen. Returns false when there is none (nothing to type). */
    boolean startHints() throws Exception {
        VisibleLinks all = browser.visibleLinks().get(ANSWER_SECONDS, TimeUnit.SECONDS);
        VisibleLinks links = new VisibleLinks(all.tab(), all.scrollY(),
                all.links().stream().filter(link -> !link.isControl()).toList()); // hints are for links only
        clearState();
        if (links.links().isEmpty()) {
            show(links.tab(), 0, List.of(), null, "no links on screen");
            return false;
        }
        hintLinks = links;
        hintLabels = HintLabels.of(links.links().size());
        hintTyped = "";
        showHints();
        return true;
    }

    /**
     * A letter typed while hints are shown. Returns the URL to follow once a whole
     * label is typed, "" while more letters are needed, null when no label starts so
     * (the hints are gone).
     */
    String hintTyped(String letters) {
        hintTyped = letters;
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < hintLabels.size(); i++) {
            if (hintLabels.get(i).startsWith(letters)) matching.add(i);
        }
        if (matching.isEmpty()) {
            clear("no link hint " + letters);
            return null;
        }
        if (matching.size() == 1 && hintLabels.get(matching.get(0)).equals(letters)) {
            String href = hintLinks.links().get(matching.get(0)).href();
            clear(null);
            return href;
        }
        showHints();
        return "";
    }

    private void showHints() {
        List<PageMark> marks = new ArrayList<>();
        for (int i = 0; i < hintLabels.size(); i++) {
            if (!hintLabels.get(i).startsWith(hintTyped)) continue;
            Rect first = hintLinks.links().get(i).rects().get(0);
            marks.add(PageMark.newBuilder().setRect(first).setKind(PageMarkKind.PAGE_MARK_KIND_LINK_HINT)
                    .setLabel(hintLabels.get(i)).build());
        }
        show(hintLinks.tab(), hintLinks.scrollY(), marks, null,
                "link hints: type a label" + (hintTyped.isEmpty() ? "" : " (" + hintTyped + ")") + ", Esc cancels");
    }

    // ---------------------------------------------------------------- find in page

    /** Enter after {@code /text}: highlights every match and scrolls to the first. */
    void find(String text) throws Exception {
        clearState();
        findText = text;
        findIndex = 0;
        showFind(browser.find(text, 0, false).get(ANSWER_SECONDS, TimeUnit.SECONDS));
    }

    /** {@code n} (step 1) or {@code N} (step -1): the next or previous match. False when no find is active. */
    boolean findAgain(int step) throws Exception {
        if (findText == null) return false;
        generation.incrementAndGet();
        FindResult result = browser.find(findText, findIndex + step, false).get(ANSWER_SECONDS, TimeUnit.SECONDS);
        findIndex = result.active();
        showFind(result);
        return true;
    }

    private void showFind(FindResult result) {
        List<PageMark> marks = new ArrayList<>(marks(result.matches(), PageMarkKind.PAGE_MARK_KIND_FIND_MATCH, ""));
        if (result.activeOnScreen() != null) {
            marks.addAll(marks(List.of(result.activeOnScreen()), PageMarkKind.PAGE_MARK_KIND_FIND_ACTIVE, ""));
        }
        String message = result.count() == 0 ? "find \"" + findText + "\": not found"
                : "find \"" + findText + "\": " + (result.active() + 1) + " of " + result.count() + "   n next  N previous";
        show(result.tab(), result.scrollY(), marks, null, message);
    }

    // ---------------------------------------------------------------- scrolling and clearing

    /**
     * The page was scrolled ({@code scrolled} completes when the renderer answered):
     * focus and hints no longer point at the right lines and go away; find matches
     * are measured again where they are now.
     */
    void scrolled(CompletableFuture<Void> scrolled) {
        if (findText == null) {
            if (focused >= 0 || hintLinks != null) clearMarks(null); // typing into the page goes on
            return;
        }
        long now = generation.incrementAndGet();
        String text = findText;
        int index = findIndex;
        scrolled.thenCompose(v -> browser.find(text, index, true)).thenAccept(result -> {
            if (generation.get() == now) showFind(result);
        });
    }

    /** Esc, a new page, another tab: nothing is pointed at any more, and the browser forgets the page's focus. */
    void clear(String message) {
        pageFocus = null;
        focusMoves.incrementAndGet();
        clearMarks(message);
    }

    /** Takes away the highlight, hints and find; the page's focus stays (a scroll). */
    private void clearMarks(String message) {
        boolean had = focusLinks != null || hintLinks != null || findText != null;
        clearState();
        if (had || message != null) {
            browser.updateChrome(chrome -> {
                chrome.marks = List.of();
                chrome.linkUrl = null;
                chrome.message = message;
            });
        }
    }

    private void clearState() {
        generation.incrementAndGet();
        focusLinks = null;
        focused = -1;
        hintLinks = null;
        hintLabels = List.of();
        hintTyped = "";
        findText = null;
        findIndex = 0;
    }

    private void show(int tab, int scrollY, List<PageMark> marks, String linkUrl, String message) {
        browser.updateChrome(chrome -> {
            chrome.marks = List.copyOf(marks);
            chrome.marksTab = tab;
            chrome.marksScrollY = scrollY;
            chrome.linkUrl = linkUrl;
            chrome.message = message;
        });
    }

    private static List<PageMark> marks(List<Rect> rects, PageMarkKind kind, String label) {
        List<PageMark> marks = new ArrayList<>();
        for (Rect rect : rects) marks.add(PageMark.newBuilder().setRect(rect).setKind(kind).setLabel(label).build());
        return marks;
    }
}
