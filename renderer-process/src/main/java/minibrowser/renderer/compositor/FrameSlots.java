package minibrowser.renderer.compositor;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import minibrowser.common.ipc.SharedBuffer;

/**
 * Double buffering in shared memory: one memory-mapped file (made by the browser)
 * holding two frame slots. The compositor writes a frame into a slot the gpu is
 * not reading, then tells the gpu "slot S holds frame N". The gpu does not copy the
 * frame out: it reads it where it lies until a later frame replaces it. So a slot is
 * written again only after the gpu has accepted the frame in the other slot (it
 * answered that call), and the gpu never sees a half-written frame.
 *
 * <p>The compositor waits for that answer at most {@link #GPU_ANSWER_LIMIT}. A gpu that
 * has not answered by then is behind or hung: {@link #acquire} gives no slot, the
 * compositor skips the frame, and while that call stays unanswered later frames are
 * skipped at once, without waiting again. When the gpu answers at last (or its
 * channel fails, because it died and the browser starts another), the callback given
 * to {@code acquire} runs, and the compositor draws the page as it is then. So a hung
 * gpu never freezes the compositor thread, which goes on answering scrolls and
 * find-in-page; the screen simply stands still until the gpu is back.
 *
 * <p>When the compositor moves to a larger buffer (or a new gpu) it {@link #close closes}
 * this one: the renderer's mapping goes at once. The gpu has a mapping of its own, which
 * it keeps while its surface reads from it, and drops when the browser releases the buffer.
 *
 * <p>Owned by renderer-compositor: not thread-safe.
 */
final class FrameSlots implements AutoCloseable {
    /**
     * How long the compositor waits for the gpu to accept the frame in the other slot. A
     * healthy gpu answers in well under a millisecond; 100 ms is six frames at 60 Hz and
     * about the delay a user starts to notice, so waiting longer would hold scrolling up
     * (this thread answers it) for no gain. The gpu's own watchdog ends a hung gpu after 10 s.
     */
    static final Duration GPU_ANSWER_LIMIT = Duration.ofMillis(100);

    private final int bufferId;
    private final SharedBuffer memory;
    private final long slotBytes;
    private final Duration answerLimit;
    private final ListenableFuture<?>[] inFlight = new ListenableFuture<?>[2];
    private int next;
    /** The submit that did not answer within the limit, while it stays unanswered; else null. */
    private ListenableFuture<?> overdue;

    FrameSlots(int bufferId, Path path, long totalBytes) throws IOException {
        this(bufferId, path, totalBytes, GPU_ANSWER_LIMIT);
    }

    /** As above, waiting at most {@code answerLimit} for the gpu (tests use a short one). */
    FrameSlots(int bufferId, Path path, long totalBytes, Duration answerLimit) throws IOException {
        this.bufferId = bufferId;
        this.memory = SharedBuffer.open(path, totalBytes, true);
        this.slotBytes = totalBytes / 2;
        this.answerLimit = answerLimit;
    }

    int bufferId() { return bufferId; }

    long slotBytes() { return slotBytes; }

    /**
     * The next slot to write, once the gpu has moved on from it: that is, once it has
     * accepted the frame last submitted, which lies in the other slot. Empty when the gpu
     * has not answered that submit within {@link #GPU_ANSWER_LIMIT} (or had not, the last
     * time this was asked): the caller skips this frame, and {@code whenAnswered} runs,
     * once, on the thread that completes the call, when the gpu answers or its call fails.
     */
    OptionalInt acquire(Runnable whenAnswered) {
        ListenableFuture<?> latest = inFlight[1 - next];
        if (latest != null && !latest.isDone()) {
            if (latest == overdue) return OptionalInt.empty(); // still behind: no second wait
            try {
                latest.get(answerLimit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException behind) {
                overdue = latest;
                latest.addListener(whenAnswered, MoreExecutors.directExecutor());
                return OptionalInt.empty();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt(); // the renderer is shutting down
                return OptionalInt.empty();
            } catch (ExecutionException gpuFailed) {
                // The gpu is gone or refused the frame; either way it reads this slot no more.
            }
        }
        overdue = null;
        int slot = next;
        next = 1 - next;
        return OptionalInt.of(slot);
    }

    ByteBuffer slot(int slot, long frameBytes) {
        return memory.slice(offset(slot), frameBytes);
    }

    long offset(int slot) {
        return slot * slotBytes;
    }

    /**
     * Unmaps the buffer from this process. Only the compositor thread writes slots, and
     * it calls this once it is done with them, so no view of it is used again.
     */
    @Override
    public void close() {
        memory.close();
    }

    /** Remembers the submit that names {@code slot}, so the slot is not reused before it ends. */
    void submitted(int slot, ListenableFuture<?> submit) {
        inFlight[slot] = submit;
    }
}
