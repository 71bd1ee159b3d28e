package minibrowser.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import minibrowser.browser.children.ChildLauncher;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.children.ChildType;
import minibrowser.common.NamedThreads;

/**
 * Every child process the browser started and still knows of, and how one is started:
 * the launch (spawning a JVM, or threads in the single-process model) runs on
 * {@code browser-launcher}; its ChildReady is awaited as a future, so no thread waits
 * for it. The list is used on browser-ui only.
 */
final class ChildProcesses {
    /** How long a child may take from its start to ChildReady. */
    private static final long READY_SECONDS = 60;

    private final UiThread ui;
    private final ChildLauncher launcher;
    /** Starting a process takes a while (fork and exec, or making threads), so launches run here, a few at once. */
    private final ExecutorService launching = NamedThreads.pool("browser-launcher", 3);
    /** Gives up on a child that never says ChildReady (a named thread, not the JDK's unnamed timer of {@code orTimeout}). */
    private final java.util.concurrent.ScheduledExecutorService readyTimeouts =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(NamedThreads.single("browser-start-timeouts", true));
    private final List<ChildProcessHost> all = new ArrayList<>();

    ChildProcesses(UiThread ui, ChildLauncher launcher) {
        this.ui = ui;
        this.launcher = launcher;
    }

    /** The directory of the session that belongs to child {@code childId} (its sockets and shared memory). */
    Path childDir(String childId) {
        return launcher.childDir(childId);
    }

    Path sessionDir() {
        return launcher.sessionDir();
    }

    CompletableFuture<ChildProcessHost> start(ChildType type, String childId) {
        return start(launcher, type, childId);
    }

    /** Starts a child with {@code from}; completes on browser-ui once it said ChildReady. */
    CompletableFuture<ChildProcessHost> start(ChildLauncher from, ChildType type, String childId) {
        return CompletableFuture.supplyAsync(() -> {
            ChildProcessHost child;
            try {
                child = from.launch(type, childId);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ui.post(() -> all.add(child));
            child.exited().thenRunAsync(() -> all.remove(child), ui.executor());
            return child;
        }, launching).thenCompose(child -> readyWithin(child, READY_SECONDS)
                // ChildReady completes this on the gRPC thread handling that call, inside its
                // context, which is cancelled when the call ends: calls made from there would be
                // cancelled with it. So what follows a child's start runs on browser-ui.
                .thenApplyAsync(channel -> child, ui.executor()))
                .handle((child, failed) -> {
                    if (failed == null) return child;
                    throw new IllegalStateException(type.label() + " process did not start: "
                            + Browser.rootMessage(failed), failed);
                });
    }

    /** The child's ready future, failed with a timeout if it is not ready {@code seconds} from now. */
    private CompletableFuture<io.grpc.ManagedChannel> readyWithin(ChildProcessHost child, long seconds) {
        CompletableFuture<io.grpc.ManagedChannel> ready = child.ready();
        java.util.concurrent.ScheduledFuture<?> giveUp = readyTimeouts.schedule(() -> ready.completeExceptionally(
                new java.util.concurrent.TimeoutException("no ChildReady within " + seconds + " s")), seconds, TimeUnit.SECONDS);
        ready.whenComplete((channel, failed) -> giveUp.cancel(false));
        return ready;
    }

    /** The children alive now. */
    List<ChildProcessHost> alive() {
        return all.stream().filter(ChildProcessHost::isAlive).toList();
    }

    /** Ends the child with {@code pid} at once (SIGKILL); a line in words for the status line. */
    String end(long pid) {
        for (ChildProcessHost child : all) {
            if (child.pid() == pid && child.isAlive()) {
                child.kill("ended from the task manager (SIGKILL)", false);
                return child.type().label() + " process " + pid + " ended";
            }
        }
        if (pid == ProcessHandle.current().pid()) return "the browser process is not ended from here: press q to quit";
        return "no process " + pid;
    }

    void forget(ChildProcessHost child) {
        all.remove(child);
    }

    /** Ends every child, also one still starting, and starts no more. */
    void shutdown() {
        launcher.endAll();
        launching.shutdownNow();
        readyTimeouts.shutdownNow();
    }
}
