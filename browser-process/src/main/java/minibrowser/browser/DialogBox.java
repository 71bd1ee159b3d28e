package minibrowser.browser;

import java.util.ArrayList;
import java.util.List;
import minibrowser.proto.DialogKind;

/**
 * What a script dialog looks like over its tab's page: the lines of the box the gpu
 * draws (who asks, the message, a prompt's field, the keys). A pure function, like
 * {@link BrowserUiPainter}, which uses it.
 */
final class DialogBox {
    /** Lines of the message shown; a longer message is cut (ctl dialog shows it whole). */
    static final int MAX_MESSAGE_LINES = 12;

    private DialogBox() {}

    /** @param pageUrl the page that opened it, named as its asker ("http://127.0.0.1:8080 says") */
    static List<String> lines(PendingDialog dialog, String pageUrl) {
        List<String> lines = new ArrayList<>();
        lines.add(ScriptFetchPolicy.origin(pageUrl).orElse(pageUrl.length() > 60 ? pageUrl.substring(0, 60) + "..." : pageUrl)
                + " says");
        lines.add("");
        String[] message = dialog.message.split("\n", -1);
        for (int i = 0; i < message.length && i < MAX_MESSAGE_LINES; i++) lines.add(message[i].replace('\t', ' '));
        if (message.length > MAX_MESSAGE_LINES) lines.add("...");
        lines.add("");
        if (dialog.kind == DialogKind.DIALOG_KIND_PROMPT) {
            lines.add("> " + dialog.value.toString().replace('\n', ' ') + "_");
            lines.add("");
        }
        lines.add(dialog.kind == DialogKind.DIALOG_KIND_ALERT ? "Enter OK" : "Enter OK    Esc Cancel");
        return lines;
    }
}
