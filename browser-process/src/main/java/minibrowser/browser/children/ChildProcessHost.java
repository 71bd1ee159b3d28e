package minibrowser.browser.children;

import io.grpc.ManagedChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import minibrowser.common.ExitCode;

/**
 * The browser side of one child process: its OS process, the secret it was given,
 * the channel to it once it is ready, and, once it ended, why.
 *
 * <p>Nothing here is learned from the child itself except its address, and that
 * is checked by {@link ProcessHostService}.
 */
public final class ChildProcessHost {
    private final ChildType type;
    private final String childId;
    private final RunningChild process;
    private final String secret;
    private final Instant started = Instant.now();
    private final CompletableFuture<ManagedChannel> ready = new CompletableFuture<>();
    private final CompletableFuture<String> exited;
    private volatile String address;
    private volatile String deathReason;
    private volatile boolean killedOnPurpose;
    private volatile Optional<CrashReports.Filed> crashReport = Optional.empty();

    /**
     * @param ownDir  the child's directory in the session, where it leaves a crash report if it dies of an error
     * @param crashes where the browser files that report
     */
    ChildProcessHost(ChildType type, String childId, RunningChild process, String secret,
                     Path ownDir, CrashReports crashes) {
        this.type = type;
        this.childId = childId;
        this.process = process;
        this.secret = secret;
        // One future for everyone who waits on the exit: the report is taken before any of them runs.
        this.exited = process.onExit().thenApply(exitValue -> {
            crashReport = process.inProcess() ? Optional.empty() : crashes.collect(childId, process.pid(), ownDir);
            if (deathReason == null) deathReason = describe(exitValue, crashReport);
            ready.completeExceptionally(new IllegalStateException(type.label() + " process " + deathReason));
            ManagedChannel channel = ready.getNow(null);
            if (channel != null) channel.shutdownNow();
            return deathReason;
        }).exceptionally(e -> deathReason);
    }

    public ChildType type() { return type; }
    public String childId() { return childId; }
    public long pid() { return process.pid(); }
    public String secret() { return secret; }
    public Instant started() { return started; }
    public boolean isAlive() { return process.isAlive(); }
    /** True when this child is threads of the browser process (the single-process model). */
    public boolean inProcess() { return process.inProcess(); }
    /** True when this child runs inside the OS sandbox ({@link ChildSandbox}). */
    public boolean sandboxed() { return process.sandboxed(); }

    /** Completes with a channel to the child once it said ChildReady. */
    public CompletableFuture<ManagedChannel> ready() { return ready; }

    /**
     * The channel to the child once it said ChildReady; null before, and null for a child
     * that died before it was ready (its {@link #ready()} failed).
     */
    public ManagedChannel channel() {
        try {
            return ready.getNow(null);
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException neverReady) {
            return null;
        }
    }

    /** Where the child serves its contract, once ready ("unix:/..."). */
    public String address() { return address; }

    void markReady(String address, ManagedChannel channel) {
        this.address = address;
        process.childReady(); // before ready completes: whoever waits on it then sees the JVM's own pid
        if (!ready.complete(channel)) channel.shutdownNow();
    }

    /**
     * Completes with a description of how the process ended, in words
     * ("killed by signal 9 (SIGKILL)"), once the kernel says it has.
     */
    public CompletableFuture<String> exited() {
        return exited;
    }

    /**
     * How a process ended, in words: with a crash report, the thread and the error it
     * names first ("renderer-main: java.lang.OutOfMemoryError: Java heap space; out of
     * memory (exit code 5)"); killed by a signal, that it could write none.
     */
    static String describe(int exitValue, Optional<CrashReports.Filed> report) {
        String how = ExitCode.describe(exitValue);
        if (report.isPresent()) return report.get().report().summary() + "; " + how;
        return ExitCode.bySignal(exitValue) ? how + "; " + NO_REPORT_AFTER_SIGNAL : how;
    }

    /**
     * A reason {@link #describe} made, for a person reading {@code language}: in Korean, how
     * the process exited and that a signal left no report are said in Korean; the thread
     * and the exception a crash report names stay as written.
     */
    public static String reasonIn(minibrowser.common.Language language, String reason) {
        if (language != minibrowser.common.Language.KOREAN) return reason;
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String part : reason.split("; ")) {
            parts.add(part.equals(NO_REPORT_AFTER_SIGNAL) ? "크래시 보고서 없음 (시그널로 죽는 프로세스에게는 보고서를 쓸 틈이 없습니다)"
                    : ExitCode.inKorean(part));
        }
        return String.join("; ", parts);
    }

    /** The part of a signal's description that says why it left no crash report. */
    public static final String NO_REPORT_AFTER_SIGNAL = "no crash report (a signal gives a process no chance to write one)";

    /** Why the process ended, or null while it lives. */
    public String deathReason() { return deathReason; }

    /** The crash report the child left, once it exited and if it wrote one. */
    public Optional<CrashReports.Filed> crashReport() { return crashReport; }

    /** True when the browser ended this child itself (a closed tab, shutdown), so no crash is shown. */
    public boolean killedOnPurpose() { return killedOnPurpose; }

    /** Ends the child at once (SIGKILL), recording the reason the browser had. */
    public void kill(String reason, boolean onPurpose) {
        killedOnPurpose = onPurpose;
        if (reason != null && deathReason == null) deathReason = reason;
        process.kill();
    }

    /**
     * Ends a child that sent a message no honest child sends (Chromium's
     * {@code bad_message::ReceivedBadMessage}); the reason is shown where its death is.
     */
    public void killForBadMessage(String reason) {
        kill("killed for a bad message: " + reason, false);
    }

    /**
     * Ends the child, waits up to a second for it to be gone, and shuts its channel down
     * here, not later on the thread that notices the exit: the browser closes its transport
     * next, and a channel shut down after that finds its event loop gone. (A child slowed by
     * its sandbox may say ChildReady just as a quick screenshot run is exiting.)
     */
    public void killAndWait() {
        kill(null, true);
        try {
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A ChildReady still on its way then gets no channel (markReady shuts its own down).
        ready.completeExceptionally(new IllegalStateException(type.label() + " process ended by the browser"));
        if (!ready.isCompletedExceptionally()) ready.join().shutdownNow();
    }
}
