package minibrowser.browser;

/**
 * A tab's pending script dialog as it was at one moment, safe to hand to other threads
 * ({@code ctl dialog}, {@code ctl tabs}).
 *
 * @param kind "alert", "confirm" or "prompt"
 * @param value a prompt's text now; "" for the others
 */
public record DialogSnapshot(String kind, String message, String value) {
    static DialogSnapshot of(PendingDialog dialog) {
        return dialog == null ? null : new DialogSnapshot(dialog.kindName(), dialog.message, dialog.value.toString());
    }
}
