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
    /** A demo page: what it shows, in English and in Korean. */
    private record Demo(String english, String korean) {}

    /** File name -> what it shows, in the order about:home lists them. */
    private static final Map<String, Demo> DEMOS = demos();

    private DemoPages() {}

    private static Map<String, Demo> demos() {
        Map<String, Demo> demos = new LinkedHashMap<>();
        demos.put("demo-busy-main.html", new Demo("a 10-second loop on the main thread: the compositor animation and scrolling go on, clicks wait",
                "메인 스레드에서 10초짜리 루프: 컴포지터 애니메이션과 스크롤은 계속되고, 클릭은 기다립니다"));
        demos.put("demo-worker.html", new Demo("primes in a web worker beside a live counter: the main thread stays responsive",
                "웹 워커에서 소수를 세는 동안 옆의 카운터는 계속 돕니다: 메인 스레드는 응답을 유지합니다"));
        demos.put("demo-while-true.html", new Demo("while (true) {}: the Unresponsive prompt after the hang timeout",
                "while (true) {}: 제한 시간이 지나면 '응답 없음' 안내가 뜹니다"));
        demos.put("demo-todo.html", new Demo("a to-do list: the DOM, events and typing into a field",
                "할 일 목록: DOM, 이벤트, 입력란에 글자 입력"));
        demos.put("animations.html", new Demo("animations on the compositor thread and on the main thread, side by side",
                "컴포지터 스레드의 애니메이션과 메인 스레드의 애니메이션을 나란히"));
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
        for (Map.Entry<String, Demo> demo : DEMOS.entrySet()) {
            Path page = docs.get().resolve(demo.getKey());
            if (!Files.isRegularFile(page)) continue;
            html.append("<li><a href=\"").append(page.toUri()).append("\">").append(demo.getKey()).append("</a>: ")
                    .append(language.pick(demo.getValue().english(), demo.getValue().korean())).append("</li>");
        }
        return html.length() == 0 ? "" : "<h2>" + language.pick("Demo pages: the renderer's threads at work", "데모 페이지: 일하는 렌더러 스레드들") + "</h2><ul>" + html + "</ul>";
    }
}
