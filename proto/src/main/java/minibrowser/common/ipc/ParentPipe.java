package minibrowser.common.ipc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import minibrowser.common.NamedThreads;

/**
 * A child's stdin: an anonymous pipe from its parent, the browser.
 *
 * <p>The first line down the pipe is the child's secret. After that the browser
 * writes nothing and keeps its end open for as long as it lives. When the browser
 * dies, for any reason including SIGKILL, the kernel closes its end and the child
 * reads end-of-file: its parent is gone, and it must exit too.
 */
public final class ParentPipe {
    private final InputStream pipe;

    public ParentPipe(InputStream pipe) {
        this.pipe = pipe;
    }

    /** Reads the secret: the first line of the pipe. */
    public String readSecret() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = pipe.read()) != -1 && b != '\n') {
            if (line.size() > 1024) throw new IOException("secret line too long");
            line.write(b);
        }
        if (b == -1) throw new IOException("parent closed the pipe before sending a secret");
        return line.toString(java.nio.charset.StandardCharsets.US_ASCII).trim();
    }

    /**
     * Starts a thread named {@code <process>-parent-watch} that blocks reading the
     * pipe and runs {@code onParentGone} at end-of-file.
     */
    public Thread watch(String processName, Runnable onParentGone) {
        Thread watcher = NamedThreads.single(processName + "-parent-watch", true).newThread(() -> {
            try {
                byte[] sink = new byte[256];
                while (pipe.read(sink) != -1) {
                    // The browser sends nothing more; anything that arrives is ignored.
                }
            } catch (IOException e) {
                // A broken pipe means the same as end-of-file.
            }
            onParentGone.run();
        });
        watcher.start();
        return watcher;
    }
}
