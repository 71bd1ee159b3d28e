package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.util.concurrent.SettableFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import minibrowser.proto.FocusKind;
import minibrowser.proto.PageFocus;
import minibrowser.proto.Rect;
import minibrowser.proto.Url;
import minibrowser.proto.VisibleLink;
import minibrowser.proto.VisibleLinksReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keys to a page go one at a time and in order; a page that never answers costs a bounded queue; its word on focus is checked. */
class KeyQueueTest {
    private final UiThread ui = new UiThread();

    @AfterEach
    void stop() {
        ui.stopAfter(() -> { });
    }

    @Test
    void keysAreSentOneAtATimeInOrder() throws Exception {
        List<SettableFuture<String>> calls = new ArrayList<>();
        KeyQueue queue = new KeyQueue(ui);
        List<CompletableFuture<String>> answers = ui.call(() -> {
            List<CompletableFuture<String>> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(queue.send(() -> {
                    SettableFuture<String> call = SettableFuture.create();
                    calls.add(call);
                    return call;
                }));
            }
            return sent;
        }).get(5, TimeUnit.SECONDS);
        assertEquals(1, ui.call(calls::size).get(5, TimeUnit.SECONDS), "only the first is in flight");
        for (int i = 0; i < 3; i++) {
            int key = i;
            ui.call(() -> calls.get(key)).get(5, TimeUnit.SECONDS).set("answer " + key);
            assertEquals("answer " + key, answers.get(key).get(5, TimeUnit.SECONDS));
        }
        assertEquals(0, ui.call(queue::unanswered).get(5, TimeUnit.SECONDS));
    }

    @Test
    void aPageThatNeverAnswersGetsABoundedQueueAndTheRestIsDropped() throws Exception {
        KeyQueue queue = new KeyQueue(ui);
        List<CompletableFuture<String>> answers = ui.call(() -> {
            List<CompletableFuture<String>> sent = new ArrayList<>();
            for (int i = 0; i < KeyQueue.MAX_WAITING + 5; i++) sent.add(queue.send(SettableFuture::create));
            return sent;
        }).get(5, TimeUnit.SECONDS);
        assertEquals(KeyQueue.MAX_WAITING + 1, ui.call(queue::unanswered).get(5, TimeUnit.SECONDS));
        ExecutionException dropped = assertThrows(ExecutionException.class,
                () -> answers.get(answers.size() - 1).get(5, TimeUnit.SECONDS));
        assertTrue(dropped.getCause().getMessage().contains("dropped"), dropped.getCause().getMessage());
        assertTrue(!answers.get(0).isDone(), "the one in flight waits for its deadline");
    }

    @Test
    void aFocusedElementTheRendererCannotHaveIsNone() {
        assertEquals(FocusedElement.Kind.TEXT_FIELD, FocusedElement.of(1, PageFocus.newBuilder()
                .setKind(FocusKind.FOCUS_KIND_TEXT_FIELD).setFocusIndex(3).build()).kind());
        assertEquals(FocusedElement.none(1), FocusedElement.of(1, PageFocus.newBuilder()
                .setKind(FocusKind.FOCUS_KIND_TEXT_FIELD).setFocusIndex(-2).build()));
        assertEquals(FocusedElement.none(1), FocusedElement.of(1, PageFocus.newBuilder()
                .setKind(FocusKind.FOCUS_KIND_BUTTON).setFocusIndex(FocusedElement.MAX_FOCUS_INDEX + 1).build()));
        assertEquals(FocusedElement.none(1), FocusedElement.of(1, PageFocus.newBuilder().setKindValue(99).setFocusIndex(1).build()));
    }

    @Test
    void visibleControlsKeepTheirKindAndIndexAndUnnamedOnesAreLeftOut() {
        Rect cell = Rect.newBuilder().setX(1).setY(1).setWidth(4).setHeight(1).build();
        VisibleLinksReply reply = VisibleLinksReply.newBuilder()
                .addLinks(VisibleLink.newBuilder().setHref(Url.newBuilder().setSpec("http://a.test/")).addRects(cell))
                .addLinks(VisibleLink.newBuilder().setKind(FocusKind.FOCUS_KIND_TEXT_FIELD).setFocusIndex(2).addRects(cell))
                .addLinks(VisibleLink.newBuilder().setKind(FocusKind.FOCUS_KIND_BUTTON).setFocusIndex(0).addRects(cell))
                .build();
        VisibleLinks links = VisibleLinks.of(7, reply, new PageCells(80, 24));
        assertEquals(2, links.links().size());
        assertEquals(FocusedElement.Kind.LINK, links.links().get(0).kind());
        assertEquals(new VisibleLinks.Link("", List.of(cell), FocusedElement.Kind.TEXT_FIELD, 2), links.links().get(1));
    }
}
