package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import minibrowser.proto.DialogKind;
import minibrowser.proto.RunDialogReply;
import org.junit.jupiter.api.Test;

/** Every dialog is answered: by its user, dismissed with its page, at once when nobody can answer or past the budget. */
class ScriptDialogsTest {
    private final List<String> said = new ArrayList<>();
    private final Tab tab = new Tab(1);

    private ScriptDialogs dialogs(ScriptDialogs.Answerer answerer) {
        return new ScriptDialogs(answerer, () -> { }, said::add);
    }

    private static RunDialogReply now(CompletableFuture<RunDialogReply> answer) {
        assertTrue(answer.isDone(), "answered at once");
        return answer.join();
    }

    @Test
    void theUserAnswersAPromptWithWhatTheyTyped() {
        ScriptDialogs dialogs = dialogs(ScriptDialogs.Answerer.USER);
        CompletableFuture<RunDialogReply> answer = dialogs.open(tab, DialogKind.DIALOG_KIND_PROMPT, "name?", "an");
        assertFalse(answer.isDone());
        assertEquals("prompt", DialogSnapshot.of(tab.dialog).kind());
        assertTrue(dialogs.key(tab, "n"));
        assertTrue(dialogs.key(tab, "e"));
        assertTrue(dialogs.key(tab, "\177"));
        assertTrue(dialogs.key(tab, "é"));
        assertEquals("anné", tab.dialog.value.toString());
        assertTrue(dialogs.key(tab, "\r"));
        assertEquals(RunDialogReply.newBuilder().setAccepted(true).setValue("anné").build(), now(answer));
        assertNull(tab.dialog);
        assertFalse(dialogs.key(tab, "\r"), "no dialog: Enter keeps its meaning");
    }

    @Test
    void anAlertOrConfirmTakesOnlyEnterAndEsc() {
        ScriptDialogs dialogs = dialogs(ScriptDialogs.Answerer.USER);
        CompletableFuture<RunDialogReply> answer = dialogs.open(tab, DialogKind.DIALOG_KIND_CONFIRM, "sure?", "ignored");
        assertFalse(dialogs.key(tab, "q"), "q still quits");
        assertEquals("", tab.dialog.value.toString(), "a confirm has no text");
        assertTrue(dialogs.key(tab, "\033"));
        assertEquals(RunDialogReply.newBuilder().setAccepted(false).build(), now(answer));
    }

    @Test
    void aControlClientAnswers() {
        ScriptDialogs dialogs = dialogs(ScriptDialogs.Answerer.NOBODY);
        dialogs.controlClientAnswers();
        CompletableFuture<RunDialogReply> answer = dialogs.open(tab, DialogKind.DIALOG_KIND_PROMPT, "name?", "default");
        assertFalse(answer.isDone(), "waits for ctl dialog");
        assertTrue(dialogs.answer(tab, true, "from ctl"));
        assertEquals("from ctl", now(answer).getValue());
        assertFalse(dialogs.answer(tab, true, "again"), "nothing left to answer");
    }

    @Test
    void nobodyToAnswer() {
        ScriptDialogs dialogs = dialogs(ScriptDialogs.Answerer.NOBODY);
        assertTrue(now(dialogs.open(tab, DialogKind.DIALOG_KIND_ALERT, "hi", "")).getAccepted());
        assertFalse(now(dialogs.open(tab, DialogKind.DIALOG_KIND_CONFIRM, "sure?", "")).getAccepted());
        RunDialogReply prompt = now(dialogs.open(tab, DialogKind.DIALOG_KIND_PROMPT, "name?", "ann"));
        assertFalse(prompt.getAccepted());
        assertEquals("", prompt.getValue());
        assertNull(tab.dialog);
    }

    @Test
    void aDialogGoesWithItsPage() {
        ScriptDialogs dialogs = dialogs(ScriptDialogs.Answerer.USER);
        CompletableFuture<RunDialogReply> answer = dialogs.open(tab, DialogKind.DIALOG_KIND_PROMPT, "name?", "ann");
        dialogs.dismiss(tab, "the tab navigates");
        assertEquals(RunDialogReply.newBuilder().setAccepted(false).build(), now(answer));
        assertNull(tab.dialog);
    }

    @Test
    void aPageThatOpensDialogsInALoopIsStoppedAfterItsBudget() {
        ScriptDialogs dialogs = dialogs(ScriptDialogs.Answerer.USER);
        for (int i = 0; i < ScriptDialogs.MAX_PER_PAGE; i++) {
            CompletableFuture<RunDialogReply> answer = dialogs.open(tab, DialogKind.DIALOG_KIND_ALERT, "again " + i, "");
            assertFalse(answer.isDone(), "dialog " + (i + 1) + " is shown");
            assertTrue(dialogs.answer(tab, true, null));
        }
        RunDialogReply over = now(dialogs.open(tab, DialogKind.DIALOG_KIND_CONFIRM, "one more", ""));
        assertFalse(over.getAccepted(), "dismissed at once");
        assertNull(tab.dialog);
        assertEquals(List.of("blocked more dialogs from tab 1's page"), said);
        dialogs.newDocument(tab);
        assertFalse(dialogs.open(tab, DialogKind.DIALOG_KIND_ALERT, "a new page", "").isDone(), "a new document starts again");
    }

    @Test
    void oneDialogATab() {
        ScriptDialogs dialogs = dialogs(ScriptDialogs.Answerer.USER);
        CompletableFuture<RunDialogReply> first = dialogs.open(tab, DialogKind.DIALOG_KIND_ALERT, "first", "");
        assertFalse(now(dialogs.open(tab, DialogKind.DIALOG_KIND_CONFIRM, "second", "")).getAccepted());
        assertFalse(first.isDone());
        assertEquals("first", tab.dialog.message);
    }

    @Test
    void theBoxOverThePage() {
        ScriptDialogs dialogs = dialogs(ScriptDialogs.Answerer.USER);
        dialogs.open(tab, DialogKind.DIALOG_KIND_PROMPT, "Your name?\nTwo lines.", "ann");
        assertEquals(List.of("http://a.test:80 says", "", "Your name?", "Two lines.", "", "> ann_", "",
                "Enter OK    Esc Cancel"), DialogBox.lines(tab.dialog, "http://a.test/form.html"));
    }
}
