package minibrowser.browser.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels for link hints, made of home-row letters so they are quick to type. All
 * labels of one screen have the same length (1 letter for up to 9 links, 2 for up
 * to 81...), so no label is the start of another and typing one is never ambiguous.
 */
final class HintLabels {
    static final String LETTERS = "asdfghjkl";

    private HintLabels() {}

    /** {@code count} distinct labels, in the order of the links they name. */
    static List<String> of(int count) {
        int length = 1;
        long capacity = LETTERS.length();
        while (capacity < count) {
            length++;
            capacity *= LETTERS.length();
        }
        List<String> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder label = new StringBuilder();
            int n = i;
            for (int place = 0; place < length; place++) {
                label.insert(0, LETTERS.charAt(n % LETTERS.length()));
                n /= LETTERS.length();
            }
            labels.add(label.toString());
        }
        return labels;
    }
}
