package minibrowser.browser.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/**
 * For connect-timeout tests: a loopback port whose listening socket never accepts and
 * whose queue is full, so the kernel drops further connection attempts (SYNs) and a
 * client waits until its connect timeout.
 */
public final class FullAcceptQueue {
    private FullAcceptQueue() {}

    /** Opens such a port; its sockets go into {@code open}, for the test to close. */
    public static int open(List<AutoCloseable> open) throws IOException {
        ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        open.add(full);
        for (int i = 0; i < 8; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(full.getLocalSocketAddress(), 200);
                open.add(filler);
            } catch (IOException queueFull) {
                filler.close();
                break;
            }
        }
        return full.getLocalPort();
    }
}
