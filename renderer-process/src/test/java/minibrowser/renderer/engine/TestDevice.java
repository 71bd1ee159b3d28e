package minibrowser.renderer.engine;

/**
 * A device with simple, machine-independent metrics for tests: every character is half
 * the font size wide (East Asian wide characters a whole font size), a line is 1.25 font sizes tall, the baseline 1 font size down.
 * Layout results with it are the same on every computer, so expected trees can be checked in.
 */
public final class TestDevice implements Device {

    @Override
    public int textWidth(String text, TextStyle style) {
        int halves = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            halves += CellWidths.isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return halves * style.size() / 2;
    }

    @Override
    public int lineHeight(TextStyle style) {
        return style.size() * 5 / 4;
    }

    @Override
    public int ascent(TextStyle style) {
        return style.size();
    }
}
