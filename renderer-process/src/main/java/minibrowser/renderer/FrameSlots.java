package minibrowser.renderer;

import com.google.common.util.concurrent.ListenableFuture;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import minibrowser.common.ipc.SharedBuffer;

/**
 * Double buffering in shared memory: one memory-mapped file (made by the browser)
 * holding two frame slots. The compositor writes a frame into a slot the gpu is
 * not reading, then tells the gpu "slot S holds frame N". The gpu does not copy the
 * frame out: it reads it where it lies until a later frame replaces it. So a slot is
 * written again only after the gpu has accepted the frame in the other slot (it
 * answered that call), and the gpu never sees a half-written frame.
 *
 * <p>When the compositor moves to a larger buffer (or a new gpu) it {@link #close closes}
 * this one: the renderer's mapping goes at once. The gpu has a mapping of its own, which
 * it keeps while its surface reads from it, and drops when the browser releases the buffer.
 */
final class FrameSlots implements AutoCloseable {
    private final int bufferId;
    private final SharedBuffer memory;
    private final long slotBytes;
    private final ListenableFuture<?>[] inFlight = new ListenableFuture<?>[2];
    private int next;

    FrameSlots(int bufferId, Path path, long totalBytes) throws IOException {
        this.bufferId = bufferId;
        this.memory = SharedBuffer.open(path, totalBytes, true);
        this.slotBytes = totalBytes / 2;
    }

    int bufferId() { return bufferId; }

    long slotBytes() { return slotBytes; }

    /**
     * The next slot to write, once the gpu has moved on from it: that is, once it has
     * accepted the frame last submitted, which lies in the other slot.
     */
    int acquire() {
        int slot = next;
        next = 1 - next;
        ListenableFuture<?> latest = inFlight[1 - slot];
        if (latest != null) {
            try {
                latest.get();
            } catch (Exception gpuFailed) {
                // The gpu is gone or refused the frame; either way it reads this slot no more.
            }
        }
        return slot;
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
