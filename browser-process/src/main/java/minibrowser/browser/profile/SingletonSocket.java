package minibrowser.browser.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import minibrowser.common.NamedThreads;

/**
 * The other half of the process singleton: the running browser listens on
 * {@code SingletonSocket} in its profile, and a second {@code ./minibrowser URL} on the
 * same profile hands it its URLs there and exits at once, as Chromium's second instance
 * does. The protocol is lines of text:
 * <pre>
 *   client: open https://example.org\n   (one line per URL, at most 64)
 *   client: end\n
 *   server: ok\n                          (after the tabs were asked for)
 * </pre>
 * The socket lies in the profile directory (mode 0700), so only the same user reaches it;
 * even so, what arrives is bounded (64 lines of 8 KB) and only ever opened as URLs.
 */
public final class SingletonSocket implements AutoCloseable {
    static final String FILE = "SingletonSocket";
    private static final int MAX_URLS = 64;
    private static final int MAX_LINE = 8192;

    private final ServerSocketChannel server;
    private final Path path;

    private SingletonSocket(ServerSocketChannel server, Path path) {
        this.server = server;
        this.path = path;
    }

    /**
     * Listens in {@code profile} (a dead browser's socket file is replaced) and gives every
     * URL that arrives to {@code open}, on {@code browser-singleton}.
     */
    public static SingletonSocket listen(Path profile, Consumer<String> open) throws IOException {
        Path path = profile.resolve(FILE);
        Files.deleteIfExists(path); // the lock is ours, so a socket file here is a dead browser's
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        SingletonSocket socket = new SingletonSocket(server, path);
        NamedThreads.single("browser-singleton", true).newThread(() -> socket.serve(open)).start();
        return socket;
    }

    /** Hands {@code urls} to the browser that runs on {@code profile}; false when none answers. */
    public static boolean handOver(Path profile, List<String> urls) {
        Path path = profile.resolve(FILE);
        if (!Files.exists(path)) return false;
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
            OutputStream out = Channels.newOutputStream(channel);
            StringBuilder request = new StringBuilder();
            for (String url : urls.subList(0, Math.min(urls.size(), MAX_URLS))) {
                request.append("open ").append(url.replace('\n', ' ').replace('\r', ' ')).append('\n');
            }
            out.write(request.append("end\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            return "ok".equals(in.readLine());
        } catch (IOException | RuntimeException nobodyThere) {
            return false;
        }
    }

    private void serve(Consumer<String> open) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
                List<String> urls = new ArrayList<>();
                String line;
                while ((line = in.readLine()) != null && !line.equals("end") && urls.size() < MAX_URLS) {
                    if (line.startsWith("open ") && line.length() <= MAX_LINE) urls.add(line.substring(5).strip());
                }
                urls.stream().filter(url -> !url.isEmpty()).forEach(open);
                Channels.newOutputStream(client).write("ok\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException oneClientFailed) {
                if (!server.isOpen()) return; // closed: the browser is exiting
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(path);
        } catch (IOException alreadyGone) {
            // the profile went first (a temporary one)
        }
    }
}
