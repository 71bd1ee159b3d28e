package minibrowser.renderer.engine.bench;

import java.util.Random;

/**
 * Generated pages of a given size for the benchmark and the size tests: the same seed
 * gives the same page, so figures can be compared between runs.
 */
public final class BenchPages {

    private BenchPages() {}

    /** About {@code bytes} of text: headings, paragraphs with bold words and links, lists, a style sheet. */
    public static String textPage(int bytes) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>text page</title><style>"
                + "body { font-family: serif; max-width: 760px; margin: 0 auto; } h2 { color: #333; }"
                + " p { line-height: 1.5; } .note { background: #eef; padding: 4px; } a:link { color: #00c; }"
                + "</style></head><body>");
        Random random = new Random(7);
        int section = 0;
        while (html.length() < bytes) {
            html.append("<h2>Section ").append(++section).append("</h2><p>");
            for (int i = 0; i < 80; i++) {
                html.append("word").append(random.nextInt(500)).append(i % 9 == 0 ? " <b>bold</b> <a href=x>link</a> " : " ");
            }
            html.append("</p>\n");
            if (section % 5 == 0) html.append("<ul><li>one item</li><li>another <i>item</i></li></ul><p class=note>A note.</p>\n");
        }
        return html.append("</body></html>").toString();
    }

    /** About {@code bytes} of tables: many rows of numbers, some nested tables and spans, presentational attributes. */
    public static String tablePage(int bytes) {
        StringBuilder html = new StringBuilder("<html><head><title>table page</title></head><body bgcolor=white>");
        Random random = new Random(11);
        int table = 0;
        while (html.length() < bytes) {
            html.append("<h3>Table ").append(++table).append("</h3><table border=1 cellpadding=3 cellspacing=0 width=100%>")
                    .append("<tr bgcolor=#cccccc><th>Name</th><th>Value</th><th>Change</th><th>Note</th></tr>");
            for (int row = 0; row < 40; row++) {
                html.append("<tr><td>item").append(random.nextInt(10_000)).append("</td><td align=right>")
                        .append(random.nextInt(1_000_000)).append("</td><td><font color=")
                        .append(random.nextBoolean() ? "green>+" : "red>-").append(random.nextInt(100)).append("%</font></td>");
                if (row % 10 == 0) {
                    html.append("<td rowspan=2><table border=1><tr><td>a</td><td>b</td></tr></table></td></tr>");
                    html.append("<tr><td colspan=3>spanning row ").append(row).append("</td></tr>");
                } else if (row % 10 != 1) {
                    html.append("<td>some words in a cell</td></tr>");
                } else {
                    html.append("</tr>");
                }
            }
            html.append("</table>\n");
        }
        return html.append("</body></html>").toString();
    }
}
