package minibrowser.tools.compare;

import java.util.List;
import minibrowser.common.Language;

/**
 * One group's figures, measured once, that can be told as table rows in either
 * language: the Markdown table in the reader's language, the JSON always in English
 * (programs read its fields and values). Building the rows measures nothing, so the
 * texts can be tested on made-up figures.
 */
interface Measured {
    /** The group's rows, every text in {@code language}. */
    List<Row> rows(Language language);
}
