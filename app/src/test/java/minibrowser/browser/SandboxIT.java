package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_READY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import minibrowser.proto.ProcessInfo;
import minibrowser.proto.ScreenshotRequest;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * The OS sandbox of renderers and the plugin process (bubblewrap), on by default. The
 * test looks at what the kernel says about the sandboxed JVMs: their namespaces
 * ({@code /proc/PID/ns}), the file system from inside their mount namespace (through
 * {@code /proc/PID/root}), their {@code /proc} and network devices, and a TCP connection
 * tried from their network namespace ({@code nsenter --net}). Then {@code about:sandbox}:
 * what a renderer itself reports when it tries, with the sandbox and without it.
 * Not in the single-process model, where children are threads of the browser.
 */
class SandboxIT {
    private static final Set<String> EVERY_PROBE = Set.of("frame-buffer", "dev-shm", "proc-1", "browser-cmdline",
            "control-socket", "tcp", "home", "profile", "write");

    @TempDir Path work;

    @Test
    void renderersAndThePluginRunInNamespacesOfTheirOwnAndSeeOnlyTheirOwnFiles() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "children are threads of the browser: no sandbox of their own");
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"), server.pluginPage("/p"))) {
            browser.waitForAllTabs();
            assertTrue(RunningBrowser.eventually(10, () -> browser.processes("plugin").size() == 1));
            TabInfo alpha = browser.tabs().get(0);
            assertEquals(TAB_STATE_READY, alpha.getState(), "the page loads: the renderer reaches the browser and gpu sockets");
            assertEquals("Alpha", alpha.getTitle());

            // ctl ps: renderers and the plugin sandboxed, the browser and the gpu not.
            for (ProcessInfo p : browser.processes()) {
                boolean expected = p.getType().equals("renderer") || p.getType().equals("plugin");
                assertEquals(expected, p.getSandboxed(), p.getType() + " " + p.getPid());
            }

            long self = browser.process.pid();
            long renderer = alpha.getRendererPid();
            long plugin = browser.processes("plugin").get(0).getPid();
            for (long child : List.of(renderer, plugin)) {
                // The pid shown is the JVM's own, not bwrap's.
                String cmdline = Files.readString(Path.of("/proc", String.valueOf(child), "cmdline")).replace('\0', ' ');
                assertTrue(cmdline.startsWith(System.getProperty("java.home")), cmdline);
                for (String ns : List.of("user", "mnt", "pid", "ipc", "net")) {
                    assertNotEquals(namespace(self, ns), namespace(child, ns), ns + " namespace of " + child);
                }
            }

            // Its /proc is a new one: only the sandbox's init (bwrap) and the JVM.
            List<Long> visible = numericEntries(Path.of("/proc", String.valueOf(renderer), "root", "proc"));
            assertTrue(visible.size() <= 2 && !visible.contains(self), "its /proc lists " + visible);

            // From its mount namespace: of the session only sockets/ and its own directory.
            Path session = RunningBrowser.sessionDirectories(self).get(0);
            Set<String> outside = names(session);
            Set<String> inside = names(inside(renderer, session));
            assertTrue(outside.stream().filter(n -> n.startsWith("renderer-")).count() >= 2, "outside: " + outside);
            assertTrue(outside.containsAll(Set.of("gpu", "plugin", "sockets")), "outside: " + outside);
            assertEquals(2, inside.size(), "inside: " + inside);
            assertTrue(inside.contains("sockets") && inside.stream().anyMatch(n -> n.startsWith("renderer-")), "inside: " + inside);
            assertEquals(Set.of("sockets", "plugin"), names(inside(plugin, session)));
            assertEquals(Set.of("browser.sock", "gpu.sock"), names(inside(renderer, session.resolve("sockets"))));
            // The skeleton around those mounts is read-only (a path through /proc/PID/root uses its mounts).
            for (Path planted : List.of(session.resolve("planted"), Path.of("/planted"))) {
                assertThrows(java.io.IOException.class, () -> Files.createFile(inside(renderer, planted)), planted.toString());
            }
            // No control socket, no home directory.
            assertFalse(Files.exists(inside(renderer, work.resolve("control.sock"))), "the control socket is hidden");
            assertTrue(Files.exists(work.resolve("control.sock")));
            assertFalse(Files.exists(inside(renderer, Path.of(System.getProperty("user.home")))), "no home directory");

            // Its network: only its own loopback, and a connection to the test's server fails.
            List<String> devices = Files.readAllLines(Path.of("/proc", String.valueOf(renderer), "net", "dev")).stream()
                    .skip(2).map(line -> line.strip().split(":")[0]).toList();
            assertEquals(List.of("lo"), devices);
            int port = URI.create(server.url("/")).getPort();
            assertEquals(0, connect(0, port), "from the test's own namespace the server answers");
            assertNotEquals(0, connect(renderer, port), "from the renderer's namespace nothing is reachable");

            // It still draws: the page, and the embed the sandboxed plugin process paints.
            Path shot = work.resolve("alpha.png");
            browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(1).setPath(shot.toString()).build());
            assertTrue(Screenshots.hasDarkPixels(shot), "the page's text is drawn");
            Path embed = work.resolve("embed.png");
            assertTrue(RunningBrowser.eventually(10, () -> {
                browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(2).setPath(embed.toString()).build());
                return Screenshots.hasChartBars(embed);
            }), "the plugin's embed is drawn");
        }
    }

    @Test
    void aboutSandboxInTheDefaultModeSaysEveryProbeWasRefused() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "children are threads of the browser: no sandbox of their own");
        String title = aboutSandboxTitle();
        assertEquals(EVERY_PROBE, listed(title, "refused"), title);
        assertEquals(Set.of(), listed(title, "allowed"), title);
        assertEquals(Set.of(), listed(title, "not tried"), title);
    }

    @Test
    void aboutSandboxWithNoSandboxShowsWhatAnUnsandboxedRendererReaches() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "children are threads of the browser: no sandbox of their own");
        String title = aboutSandboxTitle("--no-sandbox");
        // On this kind of machine (a root user, no other confinement) all of these work unsandboxed.
        Set<String> allowed = listed(title, "allowed");
        assertTrue(allowed.containsAll(Set.of("browser-cmdline", "frame-buffer", "control-socket", "dev-shm", "tcp")),
                title);
    }

    /** Opens a page and then about:sandbox (so another renderer has a frame buffer); the title of its answer. */
    private String aboutSandboxTitle(String... flags) throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, Stream.concat(Stream.of(flags),
                     Stream.of(server.simplePage("/a", "Alpha"))).toArray(String[]::new))) {
            browser.waitForAllTabs();
            if (flags.length > 0) {
                browser.processes().forEach(p -> assertFalse(p.getSandboxed(), p.toString()));
            }
            int tab = browser.control().openTab(minibrowser.proto.OpenTabRequest.newBuilder().setUrl("about:sandbox")
                    .build()).getId();
            TabInfo loaded = browser.waitForLoad(tab);
            assertEquals(TAB_STATE_READY, loaded.getState(), loaded.toString());
            Path shot = work.resolve("sandbox.png");
            browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(tab).setPath(shot.toString()).build());
            assertTrue(Screenshots.hasDarkPixels(shot), "the page is drawn");
            System.out.println("SandboxIT: " + loaded.getTitle());
            return loaded.getTitle();
        }
    }

    /** The probe names after "WORD [" in the title, up to "]". */
    private static Set<String> listed(String title, String word) {
        int start = title.indexOf(word + " [");
        assertTrue(start >= 0, "no '" + word + "' in " + title);
        String inner = title.substring(start + word.length() + 2, title.indexOf(']', start));
        return inner.isBlank() ? Set.of() : Stream.of(inner.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    /** {@code path} as the process {@code pid} sees it, from its own mount namespace. */
    private static Path inside(long pid, Path path) {
        return Path.of("/proc", String.valueOf(pid), "root", path.toAbsolutePath().toString().substring(1));
    }

    private static String namespace(long pid, String ns) throws Exception {
        return Files.readSymbolicLink(Path.of("/proc", String.valueOf(pid), "ns", ns)).toString();
    }

    private static Set<String> names(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static List<Long> numericEntries(Path proc) throws Exception {
        try (Stream<Path> entries = Files.list(proc)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+")).map(Long::parseLong).toList();
        }
    }

    /** Runs bash's /dev/tcp connect to 127.0.0.1:port, inside pid's network namespace when pid > 0. */
    private static int connect(long pid, int port) throws Exception {
        assumeTrue(new ProcessBuilder("nsenter", "--version").start().waitFor() == 0, "util-linux nsenter");
        String attempt = "exec 3<>/dev/tcp/127.0.0.1/" + port;
        List<String> command = pid > 0
                ? List.of("nsenter", "--target", String.valueOf(pid), "--net", "--", "bash", "-c", attempt)
                : List.of("bash", "-c", attempt);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = process.waitFor();
        System.out.println("SandboxIT: connect from " + (pid > 0 ? "renderer " + pid : "outside") + ": exit " + exit
                + (said.isEmpty() ? "" : " (" + said + ")"));
        return exit;
    }
}
