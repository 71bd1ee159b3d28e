package minibrowser.browser.net;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo pages of the repository's {@code docs/} folder, which {@code about:home} links
 * to: pages whose scripts show what each renderer thread does (a busy main thread, a
 * worker, a script that never returns, a to-do list, compositor animations). They are
 * found beside the jar the browser runs from ({@code app/target/minibrowser.jar} ->
 * {@code docs/}), or where {@code -Dminibrowser.docs=DIR} says; a browser run from
 * elsewhere simply has no demo links.
 */
final class DemoPages {
    /** File name -> what it shows, in the order about:home lists them. */
    static final Map<String, String> DEMOS = demos();

    private DemoPages() {}

    private static Map<String, String> demos() {
        Map<String, String> demos = new LinkedHashMap<>();
        demos.put("demo-busy-main.html", "a 10-second loop on the main thread: the compositor animation and scrolling go on, clicks wait");
        demos.put("demo-worker.html", "primes in a web worker beside a live counter: the main thread stays responsive");
        demos.put("demo-while-true.html", "while (true) {}: the Unresponsive prompt after the hang timeout");
        demos.put("demo-todo.html", "a to-do list: the DOM, events and typing into a field");
        demos.put("animations.html", "animations on the compositor thread and on the main thread, side by side");
        return demos;
    }

    /** The {@code docs/} folder, if this browser runs from a checkout that has one. */
    static Optional<Path> folder() {
        String configured = System.getProperty("minibrowser.docs");
        if (configured != null) return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        try {
            Path jar = Path.of(DemoPages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                Path docs = dir.resolve("docs");
                if (Files.isDirectory(docs) && Files.exists(dir.resolve("pom.xml"))) return Optional.of(docs);
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (an unusual class loader): no demos
        }
        return Optional.empty();
    }

    /** True when {@code url} is the file: URL of one of the demos present. */
    static boolean isDemo(String url) {
        Optional<Path> docs = folder();
        if (docs.isEmpty()) return false;
        Path asked;
        try {
            asked = Path.of(java.net.URI.create(url)).normalize(); // file:/x and file:///x are the same file
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
        for (String name : DEMOS.keySet()) {
            if (docs.get().resolve(name).normalize().equals(asked)) return true;
        }
        return false;
    }

    /** The about:home list of the demos present, as HTML ("" when there are none). */
    static String listHtml(minibrowser.common.Language language) {
        Optional<Path> docs = folder();
        if (docs.isEmpty()) return "";
        StringBuilder html = new StringBuilder();
        for (Map.Entry<String, String> demo : DEMOS.entrySet()) {
            Path page = docs.get().resolve(demo.getKey());
            if (!Files.isRegularFile(page)) continue;
            html.append("<li><a href=\"").append(page.toUri()).append("\">").append(demo.getKey()).append("</a>: ")
                    .append(demo.getValue()).append("</li>");
        }
        return html.length() == 0 ? "" : "<h2>" + language.pick("Demo pages: the renderer's threads at work", "데모 페이지: 일하는 렌더러 스레드들") + "</h2><ul>" + html + "</ul>";
    }
}
