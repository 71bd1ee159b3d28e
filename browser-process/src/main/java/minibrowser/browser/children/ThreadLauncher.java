package minibrowser.browser.children;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import minibrowser.common.ExitCode;
import minibrowser.common.NamedThreads;
import minibrowser.common.Switches;
import minibrowser.common.ipc.Transport;

/**
 * Starts each child as threads of the browser's own JVM (the single-process model,
 * Chromium's {@code --single-process}). The child runs the very same entry point
 * ({@code RendererMain.run}...) on a thread named after it ({@code renderer-3}),
 * with an {@link InProcessPipe} as its parent pipe and gRPC's in-process transport
 * instead of Unix sockets. Nothing else differs.
 *
 * <p>What is lost is the wall between them: there is one heap, one set of signals,
 * one {@code Runtime.halt}. A renderer's fatal error ({@code FatalErrors}),
 * {@code System.exit}, an exhausted heap or a {@code kill -9} ends the browser and
 * every tab. And a thread cannot be killed: closing a tab asks its renderer to stop,
 * and a renderer spinning in a loop never will.
 */
public final class ThreadLauncher implements ChildStarter {
    private final Function<ChildType, ChildMain> entryPoints;
    private final boolean serveOnSockets;

    /** @param entryPoints the entry point of each child type (decided once, in {@code Main}) */
    public ThreadLauncher(Function<ChildType, ChildMain> entryPoints) {
        this(entryPoints, false);
    }

    /**
     * @param serveOnSockets children serve on sockets in the session directory, not in-process
     *     names: for a child that processes must reach, such as the gpu composited in the
     *     browser process after repeated gpu crashes (renderer processes send it frames)
     */
    public ThreadLauncher(Function<ChildType, ChildMain> entryPoints, boolean serveOnSockets) {
        this.entryPoints = entryPoints;
        this.serveOnSockets = serveOnSockets;
    }

    @Override
    public RunningChild start(ChildType type, String childId, List<String> switches, java.nio.file.Path tempDir,
                              minibrowser.common.ipc.SessionLayout session) {
        List<String> all = new ArrayList<>(switches);
        all.add(Switches.of(Switches.IN_PROCESS, "true"));
        if (serveOnSockets) all.add(Switches.of(Switches.SERVE_ON_SOCKET, "true"));
        ChildMain main = entryPoints.apply(type);
        InProcessPipe pipe = new InProcessPipe();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread thread = NamedThreads.single(childId, true).newThread(() -> {
            try {
                exit.complete(main.run(Switches.parse(all.toArray(new String[0])), pipe));
            } catch (Exception | Error failed) {
                System.err.println(childId + ": could not run: " + failed);
                exit.complete(ExitCode.STARTUP_FAILED.code());
            }
        });
        thread.start();
        return new ChildThreads(thread, pipe, exit);
    }

    @Override
    public String browserAddress(Transport transport, Path sockets, String name) {
        return Transport.inProcessAddress(sockets, name);
    }

    /** A child that is threads of this JVM, started by one thread running its entry point. */
    private static final class ChildThreads implements RunningChild {
        private final Thread entry;
        private final InProcessPipe pipe;
        private final CompletableFuture<Integer> exit;

        ChildThreads(Thread entry, InProcessPipe pipe, CompletableFuture<Integer> exit) {
            this.entry = entry;
            this.pipe = pipe;
            this.exit = exit;
        }

        @Override public long pid() { return ProcessHandle.current().pid(); }
        @Override public boolean isAlive() { return entry.isAlive() && !exit.isDone(); }
        @Override public CompletableFuture<Integer> onExit() { return exit; }
        @Override public OutputStream parentPipe() { return pipe.writer; }
        @Override public boolean inProcess() { return true; }

        /** Closes the parent pipe: the child's parent-watch thread stops its server and it returns. */
        @Override
        public void kill() {
            try {
                pipe.writer.close();
            } catch (java.io.IOException cannot) {
                // An in-memory pipe does not fail to close.
            }
        }

        @Override
        public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
            try {
                exit.get(timeout, unit);
                return true;
            } catch (TimeoutException stillRunning) {
                return false;
            } catch (ExecutionException impossible) {
                return true;
            }
        }
    }
}
