package minibrowser.browser;

import java.util.concurrent.CompletableFuture;
import minibrowser.proto.DialogKind;
import minibrowser.proto.RunDialogReply;

/**
 * A script dialog (alert, confirm, prompt) shown over its tab and waiting for its
 * answer, which completes {@link #answer}: the renderer's RunDialog call is answered
 * from it. Used on browser-ui only.
 */
final class PendingDialog {
    final DialogKind kind;
    final String message;
    /** The prompt's field: its default text at first, then what the user typed. */
    final StringBuilder value;
    final CompletableFuture<RunDialogReply> answer = new CompletableFuture<>();

    PendingDialog(DialogKind kind, String message, String defaultValue) {
        this.kind = kind;
        this.message = message;
        this.value = new StringBuilder(kind == DialogKind.DIALOG_KIND_PROMPT ? defaultValue : "");
    }

    /** "alert", "confirm" or "prompt". */
    String kindName() {
        return kindName(kind);
    }

    static String kindName(DialogKind kind) {
        return kind.name().substring("DIALOG_KIND_".length()).toLowerCase(java.util.Locale.ROOT);
    }

    /** The answer to a dialog: OK ({@code accept}) with the prompt's text, or Cancel. */
    static RunDialogReply reply(DialogKind kind, boolean accept, String value) {
        return RunDialogReply.newBuilder().setAccepted(accept)
                .setValue(accept && kind == DialogKind.DIALOG_KIND_PROMPT ? value : "").build();
    }
}
