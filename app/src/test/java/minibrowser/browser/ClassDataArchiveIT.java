package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import minibrowser.browser.children.ChildJvmFlags;
import minibrowser.browser.children.ChildType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * The class-data archive that packaging records serves every process type
 * (ARCHITECTURE.md, "AppCDS"): a gpu, a renderer and a plugin process, started as the
 * browser starts them but with {@code -Xshare:on} (a JVM that cannot map the archive
 * refuses to start) and a log of where each class came from, take their classes from it:
 * the Netty socket classes every child needs, and the renderer's page engine.
 */
class ClassDataArchiveIT {
    private static final String FROM_ARCHIVE = "source: shared objects file";

    @TempDir Path work;

    @Test
    void everyChildTakesItsClassesFromTheArchive() throws Exception {
        assumeTrue(RunningBrowser.processModel().equals("per-tab"), "children as processes of their own; one model is enough");
        Path jar = RunningBrowser.jar();
        Path archive = jar.resolveSibling(ChildJvmFlags.ARCHIVE_NAME);
        assertTrue(Files.isRegularFile(archive), "packaging records " + archive);
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0,
                "the archive is newer than the jar, or no JVM would use it");

        List<String> childFlags = new ArrayList<>(new ChildJvmFlags(null, jar).forType(ChildType.RENDERER));
        childFlags.replaceAll(flag -> flag.equals("-Xshare:auto") ? "-Xshare:on" : flag);
        childFlags.add("-Xlog:class+load:file=" + work.resolve("classes-%p.txt"));
        Path png = work.resolve("home.png");
        // Outside the OS sandbox: the children write their class-load logs where this test reads them.
        Process browser = new ProcessBuilder(RunningBrowser.javaCommand("--headless", "--process-model=per-tab", "--no-sandbox",
                "--screenshot=" + png, "--window-size=400,300", "--child-jvm-flags=" + String.join(" ", childFlags),
                "about:home")).redirectErrorStream(true).start();
        String out = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(browser.waitFor(120, TimeUnit.SECONDS));
        browser.descendants().forEach(ProcessHandle::destroyForcibly);
        assertEquals(0, browser.exitValue(), out);

        Map<String, List<String>> logs = new TreeMap<>(); // child type -> its class-load log
        try (Stream<Path> files = Files.list(work)) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith("classes-")).toList()) {
                List<String> lines = Files.readAllLines(log);
                for (String main : List.of("RendererMain", "GpuMain", "PluginMain")) {
                    if (lines.stream().anyMatch(l -> l.contains("." + main + " "))) logs.put(main, lines);
                }
            }
        }
        assertEquals(List.of("GpuMain", "PluginMain", "RendererMain"), List.copyOf(logs.keySet()), "one log per child");
        for (Map.Entry<String, List<String>> child : logs.entrySet()) {
            List<String> loads = child.getValue();
            assertFromArchive(loads, "io.netty.channel.epoll.EpollDomainSocketChannel", child.getKey());
            assertFromArchive(loads, "io.grpc.netty.NettyServerBuilder", child.getKey());
            long fromJar = loads.stream().filter(l -> l.contains("source: file:")).count();
            assertTrue(fromJar * 20 < loads.size(), child.getKey() + " loaded " + fromJar + " of " + loads.size()
                    + " classes from the jar, not the archive");
        }
        assertFromArchive(logs.get("RendererMain"), "org.jsoup.parser.HtmlTreeBuilder", "RendererMain");
        assertFromArchive(logs.get("RendererMain"), "minibrowser.renderer.engine.Engine", "RendererMain");
    }

    private static void assertFromArchive(List<String> loads, String className, String child) {
        String line = loads.stream().filter(l -> l.contains(" " + className + " ")).findFirst().orElse(null);
        assertTrue(line != null && line.contains(FROM_ARCHIVE), child + ": " + className + " -> " + line);
    }
}
