package minibrowser.renderer.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import minibrowser.renderer.script.ScriptHost.DialogAnswer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The script gallery: each {@code docs/gallery/scripts/NN-name.html} runs in a
 * {@link ScriptedPage} (the real engine, the real {@link DocumentScripts}, Rhino) at
 * {@code http://gallery.test/scripts/NN-name.html}, with the gallery's other files as
 * the network. Two snapshots are compared with the files beside the page:
 * <ul>
 *   <li>{@code NN-name.scripts.txt}: once its scripts, timers, frames and fetches have
 *       settled (no task for 400 ms);</li>
 *   <li>{@code NN-name.click.txt}: after a trusted click on the page's first element
 *       with a {@code data-click} attribute, settled again.</li>
 * </ul>
 * Each snapshot is the layout tree, then what the scripts asked of the browser since
 * the last one (console lines, dialogs with their answers, navigations), then, for the
 * click, the click's default action. A page answers its dialogs with
 * {@code <meta name="dialog-answers" content="ok; cancel; ok=text">} (in turn; then OK);
 * a page that needs a part of the engine not built yet names it in
 * {@code <meta name="gallery-needs" content="Worker">} and is skipped until the window
 * has that global. After an intended change, regenerate with
 * {@code ./mvnw -B -o test -pl renderer-process -am -Dtest=ScriptGalleryTest -Dsurefire.failIfNoSpecifiedTests=false -Dgallery.update=true}
 * and read the diff before committing it.
 */
class ScriptGalleryTest {
    /** Where the pages are, from the module's directory (where Maven runs the tests). */
    private static final Path GALLERY = Paths.get(System.getProperty("basedir", ".")).resolve("../docs/gallery/scripts").normalize();
    private static final String BASE = "http://gallery.test/scripts/";
    private static final int MIN_PAGES = 25;

    @TestFactory
    Stream<DynamicTest> everyScriptPageLaysOutAsExpectedBeforeAndAfterItsClick() throws IOException {
        List<Path> pages;
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(GALLERY)) {
            List<Path> all = list.sorted().toList();
            pages = all.stream().filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.html")).toList();
            for (Path file : all) {
                if (!isExpected(file)) files.put(BASE + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertTrue(pages.size() >= MIN_PAGES, "only " + pages.size() + " pages in " + GALLERY);
        boolean update = Boolean.getBoolean("gallery.update");
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> run(page, files, update)));
    }

    /** An expected snapshot ({@code NN-name.scripts.txt}, {@code NN-name.click.txt}), not a file the pages may fetch. */
    private static boolean isExpected(Path file) {
        return file.getFileName().toString().matches("\\d\\d-.*\\.(scripts|click)\\.txt");
    }

    private static void run(Path page, Map<String, String> files, boolean update) throws IOException {
        String name = page.getFileName().toString().replace(".html", "");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Document head = Jsoup.parse(html);
        for (String global : listOf(head, "gallery-needs", ",")) {
            Assumptions.assumeTrue(hasGlobal(global), name + " waits for " + global);
        }
        List<DialogAnswer> answers = listOf(head, "dialog-answers", ";").stream().map(ScriptGalleryTest::answer).toList();
        ScriptedPage scripted = new ScriptedPage(html, BASE + page.getFileName(), files, answers);
        String afterScripts = snapshot(scripted, 0, null);
        int seen = scripted.transcript().size();

        Element target = scripted.dom().selectFirst("[data-click]");
        assertNotNull(target, name + " has no element with data-click");
        String described = "<" + target.normalName() + (target.id().isEmpty() ? "" : " id=" + target.id()) + ">";
        Optional<String> followed = scripted.click("[data-click]");
        String afterClick = snapshot(scripted, seen, "click on " + described + ": "
                + followed.map(url -> "follows " + url).orElse("no navigation"));

        compare(name + ".scripts.txt", afterScripts, update);
        compare(name + ".click.txt", afterClick, update);
    }

    /** The layout tree, then the transcript from {@code from} on, then the click's outcome. */
    private static String snapshot(ScriptedPage page, int from, String click) {
        StringBuilder out = new StringBuilder(page.layoutTree());
        if (!page.layoutTree().endsWith("\n")) out.append('\n');
        out.append("--- asked of the browser ---\n");
        List<String> lines = new ArrayList<>(page.transcript().subList(from, page.transcript().size()));
        if (click != null) lines.add(click);
        for (String line : lines) out.append(line).append('\n');
        return out.toString();
    }

    private static void compare(String file, String actual, boolean update) throws IOException {
        Path expected = GALLERY.resolve(file);
        if (update) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), file + " is missing; generate it with -Dgallery.update=true and read it");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                file + " changed; if intended, rerun with -Dgallery.update=true and read the diff");
    }

    private static List<String> listOf(Document head, String meta, String separator) {
        Element element = head.selectFirst("meta[name=" + meta + "]");
        if (element == null) return List.of();
        return Stream.of(element.attr("content").split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "ok", "cancel" or "ok=text" (a prompt's answer). */
    private static DialogAnswer answer(String word) {
        if (word.equals("cancel")) return DialogAnswer.DISMISSED;
        if (word.equals("ok")) return new DialogAnswer(true, "");
        if (word.startsWith("ok=")) return new DialogAnswer(true, word.substring(3));
        throw new IllegalArgumentException("a dialog answer is ok, cancel or ok=text, not " + word);
    }

    /** True when a page's window has {@code global} (a part of the engine a page waits for). */
    private static boolean hasGlobal(String global) {
        ScriptedPage probe = new ScriptedPage("<script>console.log(typeof " + global + ")</script>");
        return !probe.console().equals(List.of("log: undefined"));
    }
}
