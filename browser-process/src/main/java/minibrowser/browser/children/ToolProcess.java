package minibrowser.browser.children;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import minibrowser.common.NamedThreads;

/**
 * A tool of this same program run by the browser (the tour runs {@code compare}'s
 * rows this way): {@code java -cp <this class path> minibrowser.app.Main TOOL ...}, an
 * ordinary process of the user's, not a child of the browser's architecture: no
 * sandbox, no secret, no gRPC; only its stdout comes back, once it ends.
 *
 * <p>It still ends with the browser. Its stdin is a pipe the browser holds open and
 * {@link #EXIT_WITH_PARENT} in its environment tells app's {@code Main} to watch it: at
 * end-of-file (the browser is gone, even by SIGKILL) the tool halts, as every child does.
 */
public final class ToolProcess {
    /** The environment variable that makes a tool end when its stdin closes. */
    public static final String EXIT_WITH_PARENT = "MINIBROWSER_EXIT_WITH_PARENT";

    private ToolProcess() {}

    /**
     * Starts the tool and completes with its stdout once it exits with 0; fails with its
     * last stderr line otherwise, or when it runs past {@code timeoutSeconds} (it is killed
     * then). Its output goes to two files of {@code dir}, read and removed at its end; the
     * thread {@code browser-tool-<tool>} waits for it.
     */
    public static CompletableFuture<String> run(List<String> toolArgs, long timeoutSeconds, Path dir) {
        List<String> command = new ArrayList<>();
        command.add(ProcessLauncher.javaBinary());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "minibrowser.app.Main"));
        command.addAll(toolArgs);
        Path out = dir.resolve("tool-" + toolArgs.get(0) + ".out");
        Path err = dir.resolve("tool-" + toolArgs.get(0) + ".err");
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put(EXIT_WITH_PARENT, "1");
            process = builder.start();
        } catch (IOException cannotStart) {
            return CompletableFuture.failedFuture(cannotStart);
        }
        CompletableFuture<String> done = new CompletableFuture<>();
        NamedThreads.single("browser-tool-" + toolArgs.get(0), true).newThread(() -> {
            try {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    throw new IOException(toolArgs.get(0) + " did not end within " + timeoutSeconds + " s");
                }
                String errors = Files.readString(err, StandardCharsets.UTF_8).strip();
                if (process.exitValue() != 0) {
                    throw new IOException(toolArgs.get(0) + " ended with exit code " + process.exitValue() + ": "
                            + errors.substring(errors.lastIndexOf('\n') + 1));
                }
                done.complete(Files.readString(out, StandardCharsets.UTF_8));
            } catch (Exception failed) {
                process.destroyForcibly();
                done.completeExceptionally(failed);
            } finally {
                deleteQuietly(out);
                deleteQuietly(err);
            }
        }).start();
        return done;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException gone) {
            // the session directory goes with the browser anyway
        }
    }
}
