package minibrowser.browser;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Logger;
import minibrowser.common.ScriptMessages;
import minibrowser.proto.DialogKind;
import minibrowser.proto.RunDialogReply;

/**
 * The browser owns a page's dialogs, as Chromium's {@code JavaScriptDialogManager}
 * does: a script's {@code alert}, {@code confirm} or {@code prompt} becomes a
 * {@link PendingDialog} of its tab, drawn over the tab's page while the tab is shown,
 * and the renderer's main thread waits for its answer. Every dialog is answered, one
 * way or another, so no renderer waits for ever:
 * <ul>
 *   <li>by the user (Enter, Esc, in the terminal) or a control client ({@code ctl dialog});</li>
 *   <li>dismissed when its tab closes, starts another navigation or loses its renderer;</li>
 *   <li>at once when nobody can answer: headless without {@code --remote-control} (an alert
 *       as OK, a confirm and a prompt as Cancel), each logged;</li>
 *   <li>dismissed at once, logged, past {@link #MAX_PER_PAGE} dialogs of one document (so a
 *       page that opens dialogs in a loop cannot lock the user out), or while another dialog
 *       of the tab is open.</li>
 * </ul>
 * Used on browser-ui only.
 */
final class ScriptDialogs {
    private static final Logger LOG = Logger.getLogger(ScriptDialogs.class.getName());

    /**
     * How many dialogs one document may open; later ones are dismissed at once. (Chromium
     * offers, from the second dialog of a page, a box to tick against more; a number needs
     * no extra key.)
     */
    static final int MAX_PER_PAGE = 10;

    /** Who answers dialogs in this run. */
    enum Answerer {
        /** The terminal browser's user (a control client may answer too). */
        USER,
        /** Headless with --remote-control: a control client (ctl dialog), however long it takes. */
        CONTROL_CLIENT,
        /** Headless without a control socket: nobody, so each is answered at once. */
        NOBODY
    }

    private final Runnable redraw;
    private final Consumer<String> say;
    private Answerer answerer;

    /**
     * @param answerer who answers at first ({@link #controlClientAnswers} may change it)
     * @param say a line for the status line
     */
    ScriptDialogs(Answerer answerer, Runnable redraw, Consumer<String> say) {
        this.answerer = answerer;
        this.redraw = redraw;
        this.say = say;
    }

    /** A control socket is served: in a headless run, dialogs wait for a control client. */
    void controlClientAnswers() {
        if (answerer == Answerer.NOBODY) answerer = Answerer.CONTROL_CLIENT;
    }

    /**
     * A script of the tab's current document opened a dialog; the future completes with its
     * answer. Its checks (the tab is the renderer's, the document is the current one) are done.
     */
    CompletableFuture<RunDialogReply> open(Tab tab, DialogKind kind, String message, String defaultValue) {
        tab.dialogsThisPage++;
        if (answerer == Answerer.NOBODY) {
            boolean ok = kind == DialogKind.DIALOG_KIND_ALERT;
            LOG.info("tab " + tab.id + ": " + PendingDialog.kindName(kind) + " answered " + (ok ? "OK" : "Cancel")
                    + " at once (headless, no control socket): " + shorten(message));
            return CompletableFuture.completedFuture(PendingDialog.reply(kind, ok, ""));
        }
        String refusal = tab.dialog != null ? "another dialog of the tab is open"
                : tab.dialogsThisPage > MAX_PER_PAGE ? "the page opened more than " + MAX_PER_PAGE + " dialogs" : null;
        if (refusal != null) {
            LOG.info("tab " + tab.id + ": " + PendingDialog.kindName(kind) + " dismissed at once, " + refusal + ": "
                    + shorten(message));
            if (tab.dialogsThisPage == MAX_PER_PAGE + 1) say.accept("blocked more dialogs from tab " + tab.id + "'s page");
            return CompletableFuture.completedFuture(PendingDialog.reply(kind, false, ""));
        }
        tab.dialog = new PendingDialog(kind, message, defaultValue);
        LOG.info("tab " + tab.id + ": " + tab.dialog.kindName() + " waits for an answer: " + shorten(message));
        redraw.run();
        return tab.dialog.answer;
    }

    /**
     * Answers the tab's dialog: OK ({@code accept}) with {@code value} (null: the text in the
     * prompt's field), or Cancel. False when the tab has no dialog.
     */
    boolean answer(Tab tab, boolean accept, String value) {
        PendingDialog dialog = tab.dialog;
        if (dialog == null) return false;
        tab.dialog = null;
        dialog.answer.complete(PendingDialog.reply(dialog.kind, accept, value != null ? value : dialog.value.toString()));
        redraw.run();
        return true;
    }

    /** The tab's dialog, if any, is answered as dismissed ({@code why}: it closed, navigated...). */
    void dismiss(Tab tab, String why) {
        if (tab.dialog == null) return;
        LOG.info("tab " + tab.id + ": " + tab.dialog.kindName() + " dismissed: " + why);
        answer(tab, false, "");
    }

    /** The tab commits a new document: it may open {@link #MAX_PER_PAGE} dialogs again. */
    void newDocument(Tab tab) {
        dismiss(tab, "a new document");
        tab.dialogsThisPage = 0;
    }

    /**
     * A key the terminal's user pressed while {@code tab} is shown: Enter answers OK, Esc
     * Cancel, and in a prompt Backspace and printable characters edit its text. False when
     * the key is not the dialog's (no dialog, or another key of an alert or confirm): it
     * keeps its usual meaning, so the user may still switch tabs or quit.
     */
    boolean key(Tab tab, String sequence) {
        if (tab == null || tab.dialog == null) return false;
        PendingDialog dialog = tab.dialog;
        boolean prompt = dialog.kind == DialogKind.DIALOG_KIND_PROMPT;
        switch (sequence) {
            case "\r", "\n" -> answer(tab, true, null);
            case "\033" -> answer(tab, false, null);
            case "\177", "\b" -> {
                if (!prompt) return false;
                if (dialog.value.length() > 0) dialog.value.setLength(dialog.value.length() - 1);
                redraw.run();
            }
            default -> {
                boolean printable = !sequence.isEmpty() && sequence.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f);
                if (!prompt || !printable) return false;
                if (dialog.value.length() + sequence.length() <= ScriptMessages.MAX_DIALOG_CHARS) dialog.value.append(sequence);
                redraw.run();
            }
        }
        return true;
    }

    private static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
